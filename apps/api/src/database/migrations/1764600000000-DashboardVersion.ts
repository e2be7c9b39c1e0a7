import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Which plans each table's changed rows belong to (an expression over a changed row), for the
 * dashboard's data version. `*`: every plan (an organisation's names show in every plan).
 */
const PLAN_OF: [table: string, planOf: string][] = [
  ['action_plan', 'id'],
  ['plan_section', 'plan_id'],
  ['measure', 'plan_id'],
  ['reporting_period', 'plan_id'],
  ['assignment', '(SELECT m.plan_id FROM measure m WHERE m.id = changed.measure_id)'],
  ['indicator', '(SELECT m.plan_id FROM measure m WHERE m.id = changed.measure_id)'],
  ['rollup_assignment_progress', 'plan_id'],
  ['rollup_organization_compliance', 'plan_id'],
  ['rollup_indicator_value', 'plan_id'],
  ['organization', '*'],
];

/**
 * `dashboard_version`: a counter per plan that moves in the transaction of every change of
 * what the dashboard queries read (apps/api/src/completion/dashboard-cache.ts keys its
 * answers by it). Kept by statement-level triggers on the tables those queries read: the
 * rollups (so every RollupService refresh, reconciliation and rebuild counts) and the tables
 * read live (plan, sections, measures with weights, titles and dates, periods and their
 * status, assignments, indicators and targets, organisations' names). Raw reports and
 * indicator values are not among them: what the dashboard reads of them changes only by an
 * acceptance or a reopening, which refreshes the rollups. The triggers fire in replica mode
 * too (the data generator's bulk load).
 */
export class DashboardVersion1764600000000 implements MigrationInterface {
  name = 'DashboardVersion1764600000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "dashboard_version" (
                "plan_id" uuid NOT NULL,
                "version" bigint NOT NULL DEFAULT 0,
                CONSTRAINT "pk_dashboard_version" PRIMARY KEY ("plan_id")
            )
        `);
    await queryRunner.query(`
            ALTER TABLE "dashboard_version"
            ADD CONSTRAINT "fk_dashboard_version_plan" FOREIGN KEY ("plan_id") REFERENCES "action_plan"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    // TG_ARGV[0]: the plan of a changed row (see PLAN_OF). Plans in a fixed order (two
    // transactions bumping the same plans lock their rows alike); a plan deleted in the same
    // statement (or cascade) has nothing to bump.
    await queryRunner.query(`
            CREATE FUNCTION bump_dashboard_version() RETURNS trigger LANGUAGE plpgsql AS $$
            DECLARE
                plan_of text := TG_ARGV[0];
                changed text;
            BEGIN
                IF plan_of = '*' OR TG_OP = 'TRUNCATE' THEN
                    INSERT INTO dashboard_version (plan_id, version)
                    SELECT id, 1 FROM action_plan ORDER BY id
                    ON CONFLICT (plan_id) DO UPDATE SET version = dashboard_version.version + 1;
                    RETURN NULL;
                END IF;
                changed := CASE TG_OP
                    WHEN 'INSERT' THEN 'SELECT * FROM new_rows'
                    WHEN 'DELETE' THEN 'SELECT * FROM old_rows'
                    ELSE 'SELECT * FROM new_rows UNION ALL SELECT * FROM old_rows' END;
                EXECUTE format(
                    'INSERT INTO dashboard_version (plan_id, version)
                     SELECT plan.id, 1 FROM action_plan plan
                     WHERE plan.id IN (SELECT %s FROM (%s) changed)
                     ORDER BY plan.id
                     ON CONFLICT (plan_id) DO UPDATE SET version = dashboard_version.version + 1',
                    plan_of, changed);
                RETURN NULL;
            END $$
        `);
    for (const [table, planOf] of PLAN_OF) {
      const arg = `'${planOf.replace(/'/g, "''")}'`;
      const triggers =
        planOf === '*'
          ? [[`${table}_dashboard_version`, 'INSERT OR UPDATE OR DELETE OR TRUNCATE', '']]
          : [
              [`${table}_dashboard_version_insert`, 'INSERT', 'REFERENCING NEW TABLE AS new_rows'],
              [`${table}_dashboard_version_update`, 'UPDATE', 'REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows'],
              [`${table}_dashboard_version_delete`, 'DELETE', 'REFERENCING OLD TABLE AS old_rows'],
              [`${table}_dashboard_version_truncate`, 'TRUNCATE', ''],
            ];
      for (const [name, events, referencing] of triggers) {
        await queryRunner.query(
          `CREATE TRIGGER "${name}" AFTER ${events} ON "${table}" ${referencing} FOR EACH STATEMENT EXECUTE FUNCTION bump_dashboard_version(${arg})`,
        );
        await queryRunner.query(`ALTER TABLE "${table}" ENABLE ALWAYS TRIGGER "${name}"`);
      }
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const [table, planOf] of PLAN_OF) {
      const names =
        planOf === '*' ? [`${table}_dashboard_version`] : ['insert', 'update', 'delete', 'truncate'].map((event) => `${table}_dashboard_version_${event}`);
      for (const name of names) await queryRunner.query(`DROP TRIGGER "${name}" ON "${table}"`);
    }
    await queryRunner.query(`DROP FUNCTION bump_dashboard_version()`);
    await queryRunner.query(`DROP TABLE "dashboard_version"`);
  }
}
