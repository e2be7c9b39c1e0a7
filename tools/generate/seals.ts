import type { Client } from 'pg';
import type { BulkWriter } from './bulk';

interface EventRow {
  id: string;
  at: Date;
  actor_id: string | null;
  actor_email: string | null;
  actor_role: string | null;
  action: string;
  entity_type: string;
  entity_id: string;
  before: unknown;
  after: unknown;
  request_id: string | null;
}

type HashFn = (prev: string | null, e: Record<string, unknown>) => string;

/**
 * Seals generated audit events (audit_seal), continuing the chain from its last seal, exactly as
 * the API's sealer would: in id order, each hash over the previous one and the event as stored.
 * The generator seals country 1's events as it writes them (`add`) and the copies' events once
 * they are committed (`seal`).
 */
export class AuditChainer {
  private seq = BigInt(0);
  private prevHash: string | null = null;
  private readonly hash: HashFn;

  constructor(
    private readonly client: Client,
    private readonly seals: BulkWriter,
  ) {
    // The chain's hash function lives with the API's audit module.
    const modulePath = '../../apps/api/src/audit/audit-chain';
    this.hash = (require(modulePath) as { eventHash: HashFn }).eventHash;
  }

  async start(): Promise<void> {
    const last = await this.client.query<{ seq: string; hash: string }>('SELECT seq::text AS seq, hash FROM audit_seal ORDER BY audit_seal.seq DESC LIMIT 1');
    this.seq = BigInt(last.rows[0]?.seq ?? '0');
    this.prevHash = last.rows[0]?.hash ?? null;
  }

  /** Seals one event, given with its fields as stored, after the last one sealed. */
  async add(e: Record<string, unknown> & { id: string }): Promise<void> {
    const hash = this.hash(this.prevHash, e);
    this.seq += BigInt(1);
    await this.seals.add([e.id, this.seq.toString(), this.prevHash, hash]);
    this.prevHash = hash;
  }

  /** Seals the committed events first…last, read back page by page. */
  async seal(first: bigint, last: bigint, page = 20_000): Promise<void> {
    for (let from = first; from <= last; from += BigInt(page)) {
      const to = from + BigInt(page - 1) < last ? from + BigInt(page - 1) : last;
      const r = await this.client.query<EventRow>(
        `SELECT id::text AS id, at, actor_id, actor_email, actor_role, action, entity_type, entity_id, before, after, request_id
           FROM audit_event WHERE id BETWEEN $1 AND $2 ORDER BY audit_event.id`,
        [from.toString(), to.toString()],
      );
      for (const e of r.rows) {
        await this.add({
          id: e.id,
          at: e.at,
          actorId: e.actor_id,
          actorEmail: e.actor_email,
          actorRole: e.actor_role,
          action: e.action,
          entityType: e.entity_type,
          entityId: e.entity_id,
          before: e.before,
          after: e.after,
          requestId: e.request_id,
        });
      }
    }
    await this.seals.close();
  }
}
