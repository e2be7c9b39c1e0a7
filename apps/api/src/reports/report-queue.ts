import { Logger } from '@nestjs/common';

/**
 * Runs report generations one at a time, off the request path.
 *
 * In-process, not a worker_threads worker, on purpose: the API ships as one webpack bundle
 * (dist/apps/api/main.js, apps/api/webpack.config.js has a single entry) and runs unbundled
 * under ts-jest in the integration tests, so a worker script would need a second build entry
 * and a TypeScript loader for the tests. The costly parts of a generation are the SQL
 * aggregation (done by the database, awaited) and rendering, which for a national plan takes
 * a few hundred milliseconds; the job yields to the event loop (setImmediate) between its
 * steps, so requests keep being served while a report is made. If rendering ever becomes
 * heavy, `run` is the seam to move into a worker: it takes an id and reads everything else
 * from the database.
 */
export class ReportQueue {
  private readonly logger = new Logger('ReportQueue');
  private readonly waiting: string[] = [];
  private current: Promise<void> | null = null;
  private stopped = false;

  constructor(private readonly run: (id: string) => Promise<void>) {}

  enqueue(id: string): void {
    if (this.stopped || this.waiting.includes(id)) return;
    this.waiting.push(id);
    if (!this.current) this.current = this.drain();
  }

  /** Lets the job in progress finish; the waiting ones stay PENDING and resume on the next start. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.waiting.length = 0;
    await this.current;
  }

  /** Resolves once nothing is queued or running (for tests and shutdown). */
  async idle(): Promise<void> {
    while (this.current) await this.current;
  }

  private async drain(): Promise<void> {
    for (let id = this.waiting.shift(); id !== undefined && !this.stopped; id = this.waiting.shift()) {
      await yieldToEventLoop();
      try {
        await this.run(id);
      } catch (error) {
        // `run` records failures on the row itself; this only catches a failure to record one.
        this.logger.error(`Report ${id}: ${(error as Error).message}`);
      }
    }
    this.current = null;
  }
}

export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
