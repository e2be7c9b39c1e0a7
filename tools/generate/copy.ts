import type { Client } from 'pg';
import type { UnitNames } from './unit';

/**
 * Countries 2…N of the L scale as copies of country 1, made inside PostgreSQL.
 *
 * Every id the generator draws for country `i` (0-based) starts with the 32-bit prefix i + 1
 * (`unitNames` in unit.ts), so a copy derives each id by swapping that prefix: references stay
 * consistent without a lookup table, and each country fills its own contiguous range of every
 * uuid index (appends, not random pages, however large the tables grow). Codes and e-mails get
 * the country's prefix exactly as `generateUnit` writes them; audit events get the next block of
 * ids and are chained (audit_seal) in Node, in id order, by `AuditChainer` (seals.ts). The rollups are
 * copied with the rows they summarise, so they equal a rebuild (checked by the tests).
 *
 * The source rows are read once into temporary tables of the copying session, so a copy reads
 * one country's rows whatever the size of the tables.
 */

type Filter = 'id' | 'plan_id' | 'audit';

/** In foreign-key order. Any other table holding country rows fails the copy test (copy.int-spec). */
export const COPIED_TABLES: readonly (readonly [string, Filter])[] = [
  ['organization', 'id'],
  ['app_user', 'id'],
  ['action_plan', 'id'],
  ['plan_section', 'id'],
  ['reporting_period', 'id'],
  ['measure', 'id'],
  ['assignment', 'id'],
  ['indicator', 'id'],
  ['progress_report', 'id'],
  ['indicator_value', 'id'],
  ['report_event', 'id'],
  ['audit_event', 'audit'],
  ['rollup_assignment_progress', 'plan_id'],
  ['rollup_indicator_value', 'plan_id'],
  ['rollup_organization_compliance', 'plan_id'],
  ['dashboard_version', 'plan_id'],
];

const hex8 = (n: number) => n.toString(16).padStart(8, '0');

/**
 * The copy in two parts of about equal cost, for two sessions at once: PostgreSQL 15 extends a
 * table under a lock, so two sessions inserting into the same tables mostly wait for each other;
 * split by table they do not. Indicator values point to reports, so they come second.
 */
export const COPY_GROUPS: readonly (readonly (readonly [string, Filter])[])[] = [
  COPIED_TABLES.filter(([t]) => t !== 'indicator_value'),
  COPIED_TABLES.filter(([t]) => t === 'indicator_value'),
];

/** The lowest and highest uuid of a country's range. */
export function idRange(prefix: number): [string, string] {
  return [`${hex8(prefix)}-0000-0000-0000-000000000000`, `${hex8(prefix)}-ffff-ffff-ffff-ffffffffffff`];
}

/** Audit events of the source country: ids first…last (contiguous: the generator assigns them). */
export interface AuditBlock {
  first: bigint;
  last: bigint;
}

const lit = (s: string): string => {
  if (!/^[A-Za-z0-9.@%"-]*$/.test(s)) throw new Error(`unexpected characters in ${JSON.stringify(s)}`);
  return `'${s}'`;
};

interface ColumnInfo {
  name: string;
  type: string;
}

async function columnsOf(client: Client, table: string): Promise<ColumnInfo[]> {
  const r = await client.query<{ name: string; type: string }>(
    `SELECT column_name AS name, data_type AS type FROM information_schema.columns
      WHERE table_schema = 'public' AND table_name = $1 AND is_generated = 'NEVER' ORDER BY ordinal_position`,
    [table],
  );
  if (r.rows.length === 0) throw new Error(`table ${table} not found`);
  return r.rows;
}

/** The SELECT expression giving column `c` of the target country from the source row. */
function expression(table: string, c: ColumnInfo, from: UnitNames, to: UnitNames, auditShift: bigint): string {
  const q = `"${c.name}"`;
  const email = `CASE WHEN ${q} LIKE ${lit(`focal.${from.codePrefix.toLowerCase()}%`)} THEN ${lit(`focal.${to.codePrefix.toLowerCase()}`)} || substr(${q}, ${`focal.${from.codePrefix}`.length + 1})
                      ELSE replace(${q}, ${lit(`${from.mailSuffix}@`)}, ${lit(`${to.mailSuffix}@`)}) END`;
  const special: Record<string, string> = {
    'organization.code': `${lit(to.codePrefix)} || substr(${q}, ${from.codePrefix.length + 1})`,
    'action_plan.code': `${lit(to.codePrefix)} || substr(${q}, ${from.codePrefix.length + 1})`,
    'app_user.email': email,
    'audit_event.actor_email': email,
    'audit_event.id': `${q} + ${auditShift.toString()}`,
    'audit_event.entity_id': `CASE WHEN ${q} LIKE ${lit(`${hex8(from.idPrefix)}-%`)} THEN ${lit(hex8(to.idPrefix))} || substr(${q}, 9) ELSE ${q} END`,
    'audit_event.before': `replace(${q}::text, ${lit(`"${hex8(from.idPrefix)}-`)}, ${lit(`"${hex8(to.idPrefix)}-`)})::jsonb`,
    'audit_event.after': `replace(${q}::text, ${lit(`"${hex8(from.idPrefix)}-`)}, ${lit(`"${hex8(to.idPrefix)}-`)})::jsonb`,
  };
  const rule = special[`${table}.${c.name}`];
  if (rule) return rule;
  if (c.type === 'uuid') return `overlay(${q}::text placing ${lit(hex8(to.idPrefix))} from 1 for 8)::uuid`;
  return q;
}

/**
 * A connection that copies countries: `prepare` reads the source country's rows of its tables
 * into temporary tables once; each `copy` writes them for one target country in one transaction.
 */
export class UnitCopier {
  private statements: { table: string; build: (to: UnitNames, auditShift: bigint) => string }[] = [];

  constructor(
    private readonly client: Client,
    private readonly source: UnitNames,
    /** The tables this session copies (in foreign-key order). */
    private readonly tables: readonly (readonly [string, Filter])[] = COPIED_TABLES,
  ) {}

  async prepare(audit: AuditBlock): Promise<void> {
    const [lo, hi] = idRange(this.source.idPrefix);
    for (const [table, filter] of this.tables) {
      const where =
        filter === 'id'
          ? `id BETWEEN ${lit(lo)} AND ${lit(hi)}`
          : filter === 'plan_id'
            ? `plan_id BETWEEN ${lit(lo)} AND ${lit(hi)}`
            : `id BETWEEN ${audit.first.toString()} AND ${audit.last.toString()}`;
      // In key order (ids are ordered by country, then by generation): the copy appends to each index.
      const order = filter === 'plan_id' ? (table === 'dashboard_version' ? 'plan_id' : '1, 2') : 'id';
      await this.client.query(`CREATE TEMP TABLE "src_${table}" AS SELECT * FROM "${table}" WHERE ${where} ORDER BY ${order}`);
      const columns = await columnsOf(this.client, table);
      const names = columns.map((c) => `"${c.name}"`).join(', ');
      const conflict = table === 'dashboard_version' ? ' ON CONFLICT DO NOTHING' : '';
      this.statements.push({
        table,
        build: (to, shift) => `INSERT INTO "${table}" (${names}) SELECT ${columns.map((c) => expression(table, c, this.source, to, shift)).join(', ')} FROM "src_${table}"${conflict}`,
      });
    }
  }

  /** Writes country `to` (rows of this session's tables, in one transaction); returns rows written. */
  async copy(to: UnitNames, auditShift: bigint): Promise<number> {
    let rows = 0;
    await this.client.query('BEGIN');
    try {
      for (const s of this.statements) rows += (await this.client.query(s.build(to, auditShift))).rowCount ?? 0;
      await this.client.query('COMMIT');
    } catch (e) {
      await this.client.query('ROLLBACK').catch(() => undefined);
      throw e;
    }
    return rows;
  }
}
