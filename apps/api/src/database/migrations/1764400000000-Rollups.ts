import type { MigrationInterface, QueryRunner } from 'typeorm';
import { ROLLUP } from '../../completion/rollup.sql';

/**
 * The dashboard's rollups (apps/api/src/completion/rollup.sql.ts), filled from the raw data,
 * and the ICU collation that orders codes as `compareCodes` does (numeric: 3.2 before 3.10).
 *
 * The backfill runs the rollups' current computation into the columns this migration
 * creates; a later migration that changes a rollup's columns rebuilds it itself.
 */
export class Rollups1764400000000 implements MigrationInterface {
  name = 'Rollups1764400000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE COLLATION IF NOT EXISTS natural_code (provider = icu, locale = 'en-u-kn-true')`);
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
    await queryRunner.query(`DROP COLLATION IF EXISTS natural_code`);
  }
}
