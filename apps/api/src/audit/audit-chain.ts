import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';

/** JSON with object keys sorted at every level: the same value always gives the same text. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export interface ChainedFields {
  id: string;
  at: Date;
  actorId: string | null;
  actorEmail: string | null;
  actorRole: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
  requestId: string | null;
}

export function eventHash(prevHash: string | null, e: ChainedFields): string {
  const body = canonicalJson({
    id: String(e.id),
    at: new Date(e.at).toISOString(),
    actorId: e.actorId,
    actorEmail: e.actorEmail,
    actorRole: e.actorRole,
    action: e.action,
    entityType: e.entityType,
    entityId: e.entityId,
    before: e.before ?? null,
    after: e.after ?? null,
    requestId: e.requestId,
  });
  return createHash('sha256').update(`${prevHash ?? ''}\n${body}`).digest('hex');
}

/** A fixed key for the transaction-scoped lock that orders appends to the chain. */
const CHAIN_LOCK = 7_021_620;

/**
 * Appends one event to the hash chain inside the caller's transaction. The advisory lock is
 * held until that transaction ends, so appends are strictly ordered and no two events claim
 * the same predecessor.
 */
export async function appendAuditEvent(manager: EntityManager, fields: Omit<ChainedFields, 'id' | 'at'>): Promise<void> {
  await manager.query('SELECT pg_advisory_xact_lock($1)', [CHAIN_LOCK]);
  const [{ id }] = (await manager.query(`SELECT nextval(pg_get_serial_sequence('audit_event', 'id'))::text AS id`)) as { id: string }[];
  const last = (await manager.query('SELECT hash FROM audit_event ORDER BY id DESC LIMIT 1')) as { hash: string | null }[];
  const prevHash = last[0]?.hash ?? null;
  // Millisecond precision: what JavaScript and the hash see is exactly what is stored.
  const at = new Date();
  const event = { ...fields, id, at };
  const before = fields.before === null || fields.before === undefined ? null : (JSON.parse(JSON.stringify(fields.before)) as object);
  const after = fields.after === null || fields.after === undefined ? null : (JSON.parse(JSON.stringify(fields.after)) as object);
  // Raw INSERT: the repository would ignore the id we hashed and draw another from the sequence.
  await manager.query(
    `INSERT INTO audit_event (id, at, actor_id, actor_email, actor_role, action, entity_type, entity_id, before, after, request_id, prev_hash, hash)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
    [
      id,
      at,
      fields.actorId,
      fields.actorEmail,
      fields.actorRole,
      fields.action,
      fields.entityType,
      fields.entityId,
      before === null ? null : JSON.stringify(before),
      after === null ? null : JSON.stringify(after),
      fields.requestId,
      prevHash,
      eventHash(prevHash, { ...event, before, after }),
    ],
  );
}

export interface ChainVerification {
  ok: boolean;
  checked: number;
  /** The id of the first event whose hash or link does not match, if any. */
  firstBrokenId: string | null;
  reason: string | null;
}

/** Walks the chain in id order, in pages, recomputing every hash. */
export async function verifyAuditChain(manager: EntityManager, pageSize = 5000): Promise<ChainVerification> {
  let prevHash: string | null = null;
  let lastId = '0';
  let checked = 0;
  for (;;) {
    const rows = (await manager.query(
      `SELECT id::text AS id, at, actor_id, actor_email, actor_role, action, entity_type, entity_id, before, after, request_id, prev_hash, hash
         FROM audit_event WHERE audit_event.id > $1::bigint ORDER BY audit_event.id LIMIT $2`,
      [lastId, pageSize],
    )) as Record<string, unknown>[];
    if (rows.length === 0) return { ok: true, checked, firstBrokenId: null, reason: null };
    for (const r of rows) {
      const id = String(r['id']);
      if ((r['prev_hash'] ?? null) !== prevHash) {
        return { ok: false, checked, firstBrokenId: id, reason: 'the link to the previous event does not match' };
      }
      const expected = eventHash(prevHash, {
        id,
        at: r['at'] as Date,
        actorId: (r['actor_id'] as string | null) ?? null,
        actorEmail: (r['actor_email'] as string | null) ?? null,
        actorRole: (r['actor_role'] as string | null) ?? null,
        action: String(r['action']),
        entityType: String(r['entity_type']),
        entityId: String(r['entity_id']),
        before: r['before'] ?? null,
        after: r['after'] ?? null,
        requestId: (r['request_id'] as string | null) ?? null,
      });
      if (expected !== r['hash']) return { ok: false, checked, firstBrokenId: id, reason: 'the event was changed after it was written' };
      prevHash = r['hash'] as string;
      lastId = id;
      checked += 1;
    }
  }
}
