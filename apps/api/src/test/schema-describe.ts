import { Client } from 'pg';

/** The schema as PostgreSQL describes it: tables, columns, indexes, constraints, triggers. */
export async function describeSchema(url: string): Promise<string[]> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    const columns = await c.query(
      `SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default, character_maximum_length, numeric_precision, numeric_scale
         FROM information_schema.columns WHERE table_schema = 'public' ORDER BY table_name, column_name`,
    );
    const indexes = await c.query(`SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY tablename, indexname`);
    const constraints = await c.query(
      `SELECT conrelid::regclass::text AS tbl, conname, pg_get_constraintdef(oid) AS def FROM pg_constraint
        WHERE connamespace = 'public'::regnamespace AND contype <> 'n' ORDER BY 1, 2`, // PG 18 lists NOT NULL here; columns already say it
    );
    const triggers = await c.query(`SELECT event_object_table, trigger_name, event_manipulation, action_timing FROM information_schema.triggers ORDER BY 1, 2, 3`);
    return [
      ...columns.rows.map((r) => `column ${JSON.stringify(r)}`),
      ...indexes.rows.map((r) => `index ${JSON.stringify(r)}`),
      ...constraints.rows.map((r) => `constraint ${JSON.stringify(r)}`),
      ...triggers.rows.map((r) => `trigger ${JSON.stringify(r)}`),
    ];
  } finally {
    await c.end();
  }
}
