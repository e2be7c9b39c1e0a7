import { createHash } from 'node:crypto';

/**
 * Every row of every table, hashed, to prove what a run changed. Keys are the `id` column where
 * the table has one (else the row's hash); each row also carries the id-like values it refers to
 * (uuid columns and `entity_id`), so a change can be traced to the entity an accepted request wrote.
 */
export interface RowInfo {
  hash: string;
  refs: string[];
  row: Record<string, unknown>;
}

export type Snapshot = Map<string, Map<string, RowInfo>>;

export type SqlRunner = <T = Record<string, unknown>>(text: string, params?: unknown[]) => Promise<T[]>;

/** Columns that sign-in bookkeeping may change on a rejected request (failed attempts, lock-outs, last sign-in). */
export const BOOKKEEPING_COLUMN = /login|failed|lock|attempt|last_seen|last_sign|session|token/i;

export async function snapshot(sql: SqlRunner): Promise<Snapshot> {
  const tables = (await sql<{ tablename: string }>(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`)).map((t) => t.tablename);
  const out: Snapshot = new Map();
  for (const table of tables) {
    const rows = await sql<{ j: string }>(`SELECT row_to_json(t)::text AS j FROM "${table}" t`);
    const map = new Map<string, RowInfo>();
    for (const { j } of rows) {
      const row = JSON.parse(j) as Record<string, unknown>;
      const hashed = Object.fromEntries(Object.entries(row).filter(([k]) => !(table === 'app_user' && BOOKKEEPING_COLUMN.test(k))));
      const hash = createHash('sha256').update(JSON.stringify(hashed)).digest('hex');
      const refs = Object.entries(row)
        .filter(([k, v]) => typeof v === 'string' && (k === 'id' || k.endsWith('_id') || /^[0-9a-f]{8}-[0-9a-f]{4}-/.test(v)))
        .map(([, v]) => String(v));
      const key = row['id'] !== undefined ? String(row['id']) : hash;
      map.set(key, { hash, refs, row });
    }
    out.set(table, map);
  }
  return out;
}

export interface RowChange {
  table: string;
  key: string;
  change: 'added' | 'removed' | 'changed';
  refs: string[];
  row: Record<string, unknown>;
}

export function diff(before: Snapshot, after: Snapshot): RowChange[] {
  const changes: RowChange[] = [];
  for (const [table, rowsAfter] of after) {
    const rowsBefore = before.get(table) ?? new Map<string, RowInfo>();
    for (const [key, info] of rowsAfter) {
      const old = rowsBefore.get(key);
      if (!old) changes.push({ table, key, change: 'added', refs: info.refs, row: info.row });
      else if (old.hash !== info.hash) changes.push({ table, key, change: 'changed', refs: [...new Set([...old.refs, ...info.refs])], row: info.row });
    }
    for (const [key, info] of rowsBefore) {
      if (!rowsAfter.has(key)) changes.push({ table, key, change: 'removed', refs: info.refs, row: info.row });
    }
  }
  for (const [table, rowsBefore] of before) {
    if (!after.has(table)) for (const [key, info] of rowsBefore) changes.push({ table, key, change: 'removed', refs: info.refs, row: info.row });
  }
  return changes;
}
