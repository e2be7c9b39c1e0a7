import type { Client } from 'pg';

/**
 * Bulk writer: rows are buffered and written as one `INSERT … SELECT FROM unnest($1::t[], …)`
 * per batch — one statement and one parse per few thousand rows, close to COPY speed with
 * nothing but `pg`. At most one batch is in flight, so memory stays flat whatever the scale.
 */
export type PgType = 'uuid' | 'text' | 'int' | 'bigint' | 'numeric' | 'bool' | 'date' | 'timestamptz' | 'jsonb' | 'text[]';

export interface Column {
  name: string;
  type: PgType;
}

/** One statement at a time per connection, in the order they were sent (FIFO). */
const queues = new WeakMap<Client, Promise<unknown>>();
function enqueue(client: Client, run: () => Promise<unknown>): Promise<unknown> {
  const next = (queues.get(client) ?? Promise.resolve()).catch(() => undefined).then(run);
  queues.set(client, next);
  return next;
}

export class BulkWriter {
  private rows: unknown[][] = [];
  private inFlight: Promise<unknown> = Promise.resolve();
  private readonly sql: string;
  /** Tables this one points to: their buffered rows are sent first (one connection, FIFO). */
  private readonly parents: BulkWriter[] = [];
  written = 0;

  constructor(
    private readonly client: Client,
    readonly table: string,
    private readonly columns: readonly Column[],
    private readonly batchSize = 5000,
    private readonly onWritten: (table: string, rows: number) => void = () => undefined,
  ) {
    // jsonb and text[] travel as text and are converted in SQL (unnest would flatten arrays).
    const params = columns.map((c, i) => `$${i + 1}::${c.type === 'jsonb' || c.type === 'text[]' ? 'text' : c.type}[]`);
    const select = columns.map((c) => {
      if (c.type === 'jsonb') return `"${c.name}"::jsonb`;
      if (c.type === 'text[]') return `ARRAY(SELECT jsonb_array_elements_text("${c.name}"::jsonb))`;
      return `"${c.name}"`;
    });
    const names = columns.map((c) => `"${c.name}"`).join(', ');
    this.sql = `INSERT INTO "${table}" (${names}) SELECT ${select.join(', ')} FROM unnest(${params.join(', ')}) AS u(${names})`;
  }

  dependsOn(...parents: BulkWriter[]): this {
    this.parents.push(...parents);
    return this;
  }

  async add(row: unknown[]): Promise<void> {
    this.rows.push(row);
    if (this.rows.length >= this.batchSize) await this.flush();
  }

  /** Sends the buffered rows; waits for the previous batch first (backpressure). */
  async flush(): Promise<void> {
    await this.inFlight;
    if (this.rows.length === 0) return;
    for (const parent of this.parents) await parent.flush();
    const rows = this.rows;
    this.rows = [];
    const params = this.columns.map((c, i) =>
      rows.map((r) => {
        const v = r[i];
        if (v === null || v === undefined) return null;
        if (c.type === 'jsonb' || c.type === 'text[]') return typeof v === 'string' ? v : JSON.stringify(v);
        if (v instanceof Date) return v.toISOString();
        return v;
      }),
    );
    this.inFlight = enqueue(this.client, () => this.client.query(this.sql, params)).then(() => {
      this.written += rows.length;
      this.onWritten(this.table, rows.length);
    });
    // The error surfaces at the next flush or close; until then it is not "unhandled".
    this.inFlight.catch(() => undefined);
  }

  async close(): Promise<void> {
    await this.flush();
    await this.inFlight;
  }
}
