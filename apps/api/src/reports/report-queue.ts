import { Logger } from '@nestjs/common';

/**
 * Runs report generations one at a time, off the request path. A generation loads its
 * figures on the API thread (SQL awaited from the database) and has them laid out and
 * rendered in the report worker thread (worker/report-worker-host.ts), so the event loop stays
 * free for requests; one at a time keeps one worker and one report's memory at most.
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
