import type { MigrationInterface, QueryRunner } from 'typeorm';
import { ROLLUP } from '../../completion/rollup.sql';

/**
 * The dashboard's rollups (apps/api/src/completion/rollup.sql.ts), filled from the raw data,
 * and a sort key of measure codes for paging indicators in the order of `compareCodes`.
 *
 * The backfill runs the rollups' current computation into the columns this migration
 * creates; a later migration that changes a rollup's columns rebuilds it itself.
 */
export class Rollups1764400000000 implements MigrationInterface {
  name = 'Rollups1764400000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Codes in the order of `compareCodes` (Intl numeric collation: 3.2 before 3.10) as a
    // byte-comparable key: every run of digits left-padded to 20, letters folded to lower case
    // (ICU's numeric collation is not honoured by the embedded database). Kept on the measure
    // by a trigger that fires in replica mode too (the data generator's bulk load).
    await queryRunner.query(`
            CREATE FUNCTION natural_sort_key(code text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
                SELECT lower(regexp_replace(regexp_replace(code, '([0-9]+)', '00000000000000000000\\1', 'g'), '0*([0-9]{20})', '\\1', 'g'))
            $$
        `);
    await queryRunner.query(`ALTER TABLE "measure" ADD "code_key" text NOT NULL DEFAULT ''`);
    await queryRunner.query(`
            CREATE FUNCTION measure_code_key() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                NEW.code_key := natural_sort_key(NEW.code);
                RETURN NEW;
            END $$
        `);
    await queryRunner.query(`CREATE TRIGGER measure_code_key BEFORE INSERT OR UPDATE OF code ON "measure" FOR EACH ROW EXECUTE FUNCTION measure_code_key()`);
    await queryRunner.query(`ALTER TABLE "measure" ENABLE ALWAYS TRIGGER measure_code_key`);
    await queryRunner.query(`UPDATE "measure" SET code_key = natural_sort_key(code)`);
    await queryRunner.query(`
            CREATE TABLE "rollup_assignment_progress" (
                "period_id" uuid NOT NULL,
                "assignment_id" uuid NOT NULL,
                "plan_id" uuid NOT NULL,
                "implementation_status" character varying(16) NOT NULL,
                "percent_complete" numeric(5, 2) NOT NULL,
                CONSTRAINT "pk_rollup_assignment_progress" PRIMARY KEY ("period_id", "assignment_id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_rollup_assignment_progress_assignment" ON "rollup_assignment_progress" ("assignment_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "rollup_organization_compliance" (
                "period_id" uuid NOT NULL,
                "organization_id" uuid NOT NULL,
                "plan_id" uuid NOT NULL,
                "expected" integer NOT NULL,
                "on_time" integer NOT NULL,
                "late" integer NOT NULL,
                "missing" integer NOT NULL,
                "accepted" integer NOT NULL,
                "awaiting_review" integer NOT NULL,
                CONSTRAINT "pk_rollup_organization_compliance" PRIMARY KEY ("period_id", "organization_id")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "rollup_indicator_value" (
                "period_id" uuid NOT NULL,
                "indicator_id" uuid NOT NULL,
                "plan_id" uuid NOT NULL,
                "measure_id" uuid NOT NULL,
                "value" numeric,
                "breakdown" jsonb NOT NULL,
                CONSTRAINT "pk_rollup_indicator_value" PRIMARY KEY ("period_id", "indicator_id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_rollup_indicator_value_measure" ON "rollup_indicator_value" ("measure_id", "period_id")
        `);
    const foreignKeys: [string, string, string, string][] = [
      ['rollup_assignment_progress', 'fk_rollup_assignment_progress_period', 'period_id', 'reporting_period'],
      ['rollup_assignment_progress', 'fk_rollup_assignment_progress_assignment', 'assignment_id', 'assignment'],
      ['rollup_organization_compliance', 'fk_rollup_organization_compliance_period', 'period_id', 'reporting_period'],
      ['rollup_organization_compliance', 'fk_rollup_organization_compliance_organization', 'organization_id', 'organization'],
      ['rollup_indicator_value', 'fk_rollup_indicator_value_period', 'period_id', 'reporting_period'],
      ['rollup_indicator_value', 'fk_rollup_indicator_value_indicator', 'indicator_id', 'indicator'],
    ];
    for (const [table, name, column, target] of foreignKeys) {
      await queryRunner.query(`
            ALTER TABLE "${table}"
            ADD CONSTRAINT "${name}" FOREIGN KEY ("${column}") REFERENCES "${target}"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    }
    const backfill: [string, string, string][] = [
      ['rollup_assignment_progress', 'period_id, assignment_id, plan_id, implementation_status, percent_complete', ROLLUP.progress.compute],
      [
        'rollup_organization_compliance',
        'period_id, organization_id, plan_id, expected, on_time, late, missing, accepted, awaiting_review',
        ROLLUP.compliance.compute,
      ],
      ['rollup_indicator_value', 'period_id, indicator_id, plan_id, measure_id, value, breakdown', ROLLUP.indicators.compute],
    ];
    for (const [table, columns, compute] of backfill) {
      await queryRunner.query(`INSERT INTO "${table}" (${columns}) SELECT ${columns} FROM (${compute}) fresh`, [null, null, null]);
      await queryRunner.query(`ANALYZE "${table}"`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "rollup_indicator_value"`);
    await queryRunner.query(`DROP TABLE "rollup_organization_compliance"`);
    await queryRunner.query(`DROP TABLE "rollup_assignment_progress"`);
    await queryRunner.query(`DROP TRIGGER measure_code_key ON "measure"`);
    await queryRunner.query(`DROP FUNCTION measure_code_key()`);
    await queryRunner.query(`ALTER TABLE "measure" DROP COLUMN "code_key"`);
    await queryRunner.query(`DROP FUNCTION natural_sort_key(text)`);
  }
}
