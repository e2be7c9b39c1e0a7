import { createHash } from 'node:crypto';
import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { prepared } from '../database/prepared-statements';

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

/** A fixed key for the advisory lock that lets one sealer at a time (across API instances) extend the chain. */
const SEAL_LOCK = 7_021_621;

/**
 * Query runners of transactions that wrote an audit event: the sealer, told of every commit,
 * wakes up only for these. Weak: a released runner is forgotten with it.
 */
export const runnersWithAuditEvents = new WeakSet<object>();

const INSERT_EVENT_SQL = prepared(
  `INSERT INTO audit_event (at, actor_id, actor_email, actor_role, action, entity_type, entity_id, before, after, request_id)
   VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
);

/**
 * Writes one audit event inside the caller's transaction: one INSERT, no lock, no read of the
 * chain. A trigger queues the event in audit_unsealed in the same transaction; the sealer
 * (AuditSealer) chains it after COMMIT, so concurrent writers never wait on one another here.
 */
export async function appendAuditEvent(manager: EntityManager, fields: Omit<ChainedFields, 'id' | 'at'>): Promise<void> {
  // Millisecond precision: what JavaScript (and so the hash) sees is exactly what is stored.
  const at = new Date();
  const json = (v: unknown) => (v === null || v === undefined ? null : JSON.stringify(v));
  await manager.query(
    INSERT_EVENT_SQL,
    [at, fields.actorId, fields.actorEmail, fields.actorRole, fields.action, fields.entityType, fields.entityId, json(fields.before), json(fields.after), fields.requestId],
  );
  if (manager.queryRunner) runnersWithAuditEvents.add(manager.queryRunner);
}

const EVENT_COLUMNS = 'e.id::text AS id, e.at, e.actor_id, e.actor_email, e.actor_role, e.action, e.entity_type, e.entity_id, e.before, e.after, e.request_id';

/**
 * The first $1 queued events, in id order, read by key: a join of the queue with audit_event let
 * the planner merge it with audit_event's whole primary key (the queue's statistics lag its
 * churn), reading every event ever written for each batch (65 ms at M, growing with the table).
 */
export const PENDING_EVENTS_SQL = `SELECT ${EVENT_COLUMNS} FROM audit_event e
  WHERE e.id = ANY (ARRAY(SELECT u.event_id FROM audit_unsealed u ORDER BY u.event_id LIMIT $1))
  ORDER BY e.id`;

/** The hashed fields of an audit_event row as read back from the database. */
function chainedFieldsOf(r: Record<string, unknown>): ChainedFields {
  return {
    id: String(r['id']),
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
  };
}

export interface SealResult {
  /** Events sealed by this call. */
  sealed: number;
  /** Another sealer (this or another API instance) held the lock: nothing was done. */
  busy: boolean;
  /** The batch was full: more events may be waiting. */
  more: boolean;
}

/**
 * Seals one batch of committed, unsealed events, in one transaction: takes the sealer lock
 * (without waiting), reads the queued events in id order, links each to the last seal, writes
 * the seals in one multi-row INSERT and removes the events from the queue. An event whose
 * transaction commits later, with a lower id, is queued until then and gets a later `seq`:
 * nothing is skipped, nothing is sealed twice (audit_seal's primary key is the event id).
 */
export async function sealPendingBatch(dataSource: DataSource, batchSize = 2000, runner?: QueryRunner): Promise<SealResult> {
  const qr = runner ?? dataSource.createQueryRunner();
  try {
    await qr.startTransaction();
    try {
      const [{ locked }] = (await qr.query('SELECT pg_try_advisory_xact_lock($1) AS locked', [SEAL_LOCK])) as { locked: boolean }[];
      if (!locked) {
        await qr.rollbackTransaction();
        return { sealed: 0, busy: true, more: false };
      }
      const events = (await qr.query(PENDING_EVENTS_SQL, [batchSize])) as Record<string, unknown>[];
      if (events.length === 0) {
        await qr.commitTransaction();
        return { sealed: 0, busy: false, more: false };
      }
      const last = (await qr.query('SELECT seq::text AS seq, hash FROM audit_seal ORDER BY audit_seal.seq DESC LIMIT 1')) as { seq: string; hash: string }[];
      let seq = BigInt(last[0]?.seq ?? '0');
      let prevHash: string | null = last[0]?.hash ?? null;
      const ids: string[] = [];
      const seqs: string[] = [];
      const prevs: (string | null)[] = [];
      const hashes: string[] = [];
      for (const e of events) {
        const hash = eventHash(prevHash, chainedFieldsOf(e));
        seq += BigInt(1);
        ids.push(String(e['id']));
        seqs.push(String(seq));
        prevs.push(prevHash);
        hashes.push(hash);
        prevHash = hash;
      }
      await qr.query(
        `INSERT INTO audit_seal (event_id, seq, prev_hash, hash)
         SELECT * FROM unnest($1::bigint[], $2::bigint[], $3::char(64)[], $4::char(64)[])`,
        [ids, seqs, prevs, hashes],
      );
      await qr.query('DELETE FROM audit_unsealed WHERE event_id = ANY($1::bigint[])', [ids]);
      await qr.commitTransaction();
      return { sealed: ids.length, busy: false, more: events.length === batchSize };
    } catch (error) {
      if (qr.isTransactionActive) await qr.rollbackTransaction().catch(() => undefined);
      throw error;
    }
  } finally {
    if (!runner) await qr.release();
  }
}

/** Seals until the queue is empty (or another sealer holds the lock). */
export async function sealAllPending(dataSource: DataSource, batchSize = 2000): Promise<{ sealed: number; busy: boolean }> {
  let sealed = 0;
  for (;;) {
    const r = await sealPendingBatch(dataSource, batchSize);
    sealed += r.sealed;
    if (r.busy || !r.more) return { sealed, busy: r.busy };
  }
}

export interface ChainVerification {
  ok: boolean;
  /** Seals checked (in seq order) before the first broken link, or all of them. */
  checked: number;
  /** The id of the event at the first seal whose hash or link does not match, if any. */
  firstBrokenId: string | null;
  /** The seq of that seal. */
  firstBrokenSeq: string | null;
  reason: string | null;
  /** Events sealed by this verification before walking the chain. */
  sealedNow: number;
  /** Events without a seal when the walk ended (committed meanwhile, or the sealer was busy elsewhere). */
  unsealed: number;
}

/**
 * Seals what is pending (waiting up to `waitMs` for another instance's sealer), then walks the
 * seals in seq order, in pages, recomputing every hash from the event's stored fields, and
 * names the first broken link; finally counts the events that carry no seal.
 */
export async function verifyAuditChain(dataSource: DataSource, opts: { pageSize?: number; waitMs?: number } = {}): Promise<ChainVerification> {
  const pageSize = opts.pageSize ?? 5000;
  const deadline = Date.now() + (opts.waitMs ?? 5000);
  let sealedNow = 0;
  for (;;) {
    const r = await sealAllPending(dataSource);
    sealedNow += r.sealed;
    if (!r.busy || Date.now() > deadline) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const manager = dataSource.manager;
  const unsealed = async () =>
    Number(
      ((await manager.query('SELECT count(*) AS n FROM audit_event e WHERE NOT EXISTS (SELECT 1 FROM audit_seal s WHERE s.event_id = e.id)')) as { n: string }[])[0].n,
    );
  let prevHash: string | null = null;
  let lastSeq = BigInt(0);
  let checked = 0;
  const broken = async (seq: string, id: string, reason: string): Promise<ChainVerification> => ({
    ok: false,
    checked,
    firstBrokenId: id,
    firstBrokenSeq: seq,
    reason,
    sealedNow,
    unsealed: await unsealed(),
  });
  for (;;) {
    const rows = (await manager.query(
      `SELECT s.seq::text AS seq, s.event_id::text AS event_id, s.prev_hash, s.hash AS seal_hash, ${EVENT_COLUMNS}
         FROM audit_seal s LEFT JOIN audit_event e ON e.id = s.event_id
        WHERE s.seq > $1::bigint ORDER BY s.seq LIMIT $2`,
      [String(lastSeq), pageSize],
    )) as Record<string, unknown>[];
    if (rows.length === 0) return { ok: true, checked, firstBrokenId: null, firstBrokenSeq: null, reason: null, sealedNow, unsealed: await unsealed() };
    for (const r of rows) {
      const seq = String(r['seq']);
      const id = String(r['event_id']);
      if (BigInt(seq) !== lastSeq + BigInt(1)) return broken(seq, id, `a seal is missing before this one (seq ${seq} follows ${lastSeq})`);
      if (r['id'] === null || r['id'] === undefined) return broken(seq, id, 'the sealed event is missing');
      if ((r['prev_hash'] ?? null) !== prevHash) return broken(seq, id, 'the link to the previous seal does not match');
      if (eventHash(prevHash, chainedFieldsOf(r)) !== r['seal_hash']) return broken(seq, id, 'the event or its seal was changed after sealing');
      prevHash = r['seal_hash'] as string;
      lastSeq = BigInt(seq);
      checked += 1;
    }
  }
}
