import type { PGlite } from '@electric-sql/pglite';

/**
 * The order in which the embedded database's socket server hands wire-protocol messages of
 * several client connections to the one PGlite backend.
 *
 * pglite-socket 0.2.17 (the latest) interleaves connections message by message whenever no
 * transaction is open. node-postgres sends a query as Parse, Bind, Describe, Execute, Sync,
 * and all of them use the unnamed statement and portal, so another connection's Parse between
 * them replaces the statement: "unnamed prepared statement does not exist", "portal does not
 * exist", or rows of the other query. Its queue also stops for good after one failed
 * message. This queue fixes both: a connection holds the backend from its first message until
 * its sequence ends (Sync or a simple Query) outside a transaction; inside one, until the
 * transaction ends. It has the interface the server expects of its queue.
 */
interface Item {
  handlerId: number;
  message: Uint8Array;
  onData: (data: Uint8Array) => void;
  resolve: (bytes: number) => void;
  reject: (error: unknown) => void;
}

const SYNC = 0x53; // 'S'
const QUERY = 0x51; // 'Q'
const TERMINATE = 0x58; // 'X'

export class ProtocolQueue {
  private queue: Item[] = [];
  private processing = false;
  /** The connection that holds the backend, or null when any may take it. */
  private owner: number | null = null;

  constructor(private readonly db: PGlite) {}

  enqueue(handlerId: number, message: Uint8Array, onData: (data: Uint8Array) => void): Promise<number> {
    return new Promise<number>((resolve, reject) => {
      this.queue.push({ handlerId, message, onData, resolve, reject });
      void this.process();
    });
  }

  getQueueLength(): number {
    return this.queue.length;
  }

  /** A connection went away: drop what it queued. */
  clearQueueForHandler(handlerId: number): void {
    this.queue = this.queue.filter((item) => {
      if (item.handlerId !== handlerId) return true;
      item.reject(new Error('Handler disconnected'));
      return false;
    });
  }

  /** …and give the backend back, rolling back the transaction it left open. */
  async clearTransactionIfNeeded(handlerId: number): Promise<void> {
    if (this.owner !== handlerId) return;
    if (this.db.isInTransaction()) await this.db.runExclusive(() => this.db.exec('ROLLBACK'));
    this.owner = null;
    void this.process();
  }

  private async process(): Promise<void> {
    if (this.processing) return;
    this.processing = true;
    try {
      while (this.queue.length > 0) {
        const index = this.owner === null ? 0 : this.queue.findIndex((item) => item.handlerId === this.owner);
        // The owner's next message has not arrived yet: the others wait for it.
        if (index === -1) break;
        const [item] = this.queue.splice(index, 1);
        const type = item.message[0];
        let bytes = 0;
        let failure: unknown = null;
        try {
          await this.db.runExclusive(() =>
            this.db.execProtocolRawStream(item.message, {
              onRawData: (data: Uint8Array) => {
                bytes += data.length;
                item.onData(data);
              },
            }),
          );
        } catch (error) {
          failure = error;
        }
        // A start-up message (its first byte is that of a length, 0) or Terminate ends nothing
        // but needs no continuation either.
        const endsSequence = type === SYNC || type === QUERY || type === TERMINATE || type === 0;
        this.owner = this.db.isInTransaction() || !endsSequence ? item.handlerId : null;
        if (failure === null) item.resolve(bytes);
        else {
          if (!this.db.isInTransaction()) this.owner = null;
          item.reject(failure);
        }
      }
    } finally {
      this.processing = false;
    }
  }
}
