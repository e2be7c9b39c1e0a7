import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { Worker } from 'node:worker_threads';
import { Logger } from '@nestjs/common';
import type { ReportData } from '../document/report-data';
import type { RenderFormat } from '../render/render-formats';
import type { PrepareRequest, RenderRequest, WorkerReply } from './report-worker-protocol';

export interface ReportWorkerOptions {
  /** V8 old-generation limit of the worker (resourceLimits.maxOldGenerationSizeMb). */
  heapMb: number;
  /** An idle worker is ended after this long, giving its memory back (fonts are read again by the next one). */
  idleMs: number;
}

/** Where the worker's code is, for the three ways the API runs. */
export function reportWorkerEntry(): { filename: string; eval: boolean } {
  // The production bundle: webpack's second entry, next to main.js (__dirname is dist/apps/api).
  const bundled = join(__dirname, 'report-worker.js');
  if (existsSync(bundled)) return { filename: bundled, eval: false };
  // From source (ts-jest, ts-node): the TypeScript entry, compiled on the fly by tools/ts-run.cjs.
  const source = join(__dirname, 'report-worker.ts');
  const register = resolve(__dirname, '../../../../../tools/ts-run.cjs');
  if (existsSync(source) && existsSync(register)) {
    return { filename: `require(${JSON.stringify(register)});\nrequire(${JSON.stringify(source)});`, eval: true };
  }
  throw new Error(`The report worker was not found (looked for ${bundled} and ${source}).`);
}

const YOUNG_GENERATION_MB = 8;

/** Whether the process was started with a V8 heap size flag (on the command line or in NODE_OPTIONS). */
const HEAP_FLAG_GIVEN = [...process.execArgv, process.env['NODE_OPTIONS'] ?? ''].some((arg) => /--max[-_]old[-_]space[-_]size/.test(arg));

/** How long a prepared worker waits for its job. */
const PREPARED_MS = 120_000;

interface Pending {
  jobId: number;
  resolve(bytes: Buffer): void;
  reject(error: Error): void;
  onProgress(progress: number): void;
}

/**
 * Runs report layout and rendering in one worker thread with a bounded heap, one job at a
 * time (ReportQueue feeds it). A crash or an out-of-memory of the worker rejects the job in
 * progress with the reason and ends that worker; the next job starts a fresh one. The API
 * thread never runs pdfkit, exceljs or docx.
 */
export class ReportWorkerHost {
  private readonly logger = new Logger('ReportWorker');
  private worker: Worker | null = null;
  private pending: Pending | null = null;
  private idleTimer: NodeJS.Timeout | null = null;
  private nextJobId = 1;

  constructor(private readonly options: ReportWorkerOptions) {}

  /**
   * Starts the worker and has it load the renderer of `format` while the API loads the
   * figures, so that neither start-up adds to the report's time. Without a render within
   * `PREPARED_MS` (the figures failed to load) the worker ends again.
   */
  prepare(format: RenderFormat): void {
    if (this.pending) return;
    this.clearIdleTimer();
    try {
      const worker = this.worker ?? this.start();
      const request: PrepareRequest = { type: 'prepare', format };
      worker.postMessage(request);
    } catch (error) {
      this.logger.warn(`The report worker could not start: ${(error as Error).message}`);
    }
    this.armIdleTimer(Math.max(this.options.idleMs, PREPARED_MS));
  }

  render(data: ReportData, format: RenderFormat, onProgress: (progress: number) => void = () => undefined): Promise<Buffer> {
    if (this.pending) return Promise.reject(new Error('The report worker is busy (one job at a time).'));
    this.clearIdleTimer();
    const worker = this.worker ?? this.start();
    const jobId = this.nextJobId++;
    return new Promise<Buffer>((resolvePromise, rejectPromise) => {
      this.pending = { jobId, resolve: resolvePromise, reject: rejectPromise, onProgress };
      const request: RenderRequest = { type: 'render', jobId, data, format };
      try {
        worker.postMessage(request);
      } catch (error) {
        this.settle(jobId, error as Error);
      }
    });
  }

  /** Ends the worker (shutdown); a job in progress fails. */
  async stop(): Promise<void> {
    this.clearIdleTimer();
    const worker = this.worker;
    this.worker = null;
    if (worker) await worker.terminate();
    if (this.pending) this.settle(this.pending.jobId, new Error('the API is shutting down'));
  }

  /** Whether a worker thread is alive now (tests). */
  get running(): boolean {
    return this.worker !== null;
  }

  private start(): Worker {
    const entry = reportWorkerEntry();
    if (HEAP_FLAG_GIVEN) {
      // A --max-old-space-size given to the process (npm start gives one) is a V8 flag and
      // overrides every worker's resourceLimits; set to the worker's limit now, it applies to
      // the isolate created next (the API's own heap was sized at start and keeps its limit).
      setFlagsFromString(`--max-old-space-size=${this.options.heapMb}`);
    }
    const worker = new Worker(entry.filename, {
      eval: entry.eval,
      // A small young generation: the renderers make many short-lived objects, and V8's default
      // semi-spaces added tens of megabytes to the API's peak RSS (M plan: 330–380 → 270–290 MB).
      resourceLimits: { maxOldGenerationSizeMb: this.options.heapMb, maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
    });
    worker.unref();
    worker.on('message', (message: WorkerReply) => this.onMessage(worker, message));
    worker.on('error', (error: Error & { code?: string }) => {
      const reason =
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? `the report worker ran out of memory (heap limit ${this.options.heapMb} MB)`
          : `the report worker crashed: ${error.message}`;
      this.logger.warn(reason);
      this.discard(worker, new Error(reason));
    });
    worker.on('exit', (code) => {
      this.discard(worker, new Error(`the report worker stopped unexpectedly (exit code ${code})`));
    });
    this.worker = worker;
    return worker;
  }

  private onMessage(worker: Worker, message: WorkerReply): void {
    if (worker !== this.worker || !this.pending || message.jobId !== this.pending.jobId) return;
    switch (message.type) {
      case 'progress':
        this.pending.onProgress(message.progress);
        break;
      case 'done':
        this.settle(message.jobId, null, Buffer.from(message.bytes.buffer, message.bytes.byteOffset, message.bytes.byteLength));
        break;
      case 'failed':
        this.settle(message.jobId, new Error(message.message));
        break;
    }
  }

  /** A worker that failed or exited is dropped; the job it had fails with `error`. */
  private discard(worker: Worker, error: Error): void {
    if (this.worker !== worker) return;
    this.worker = null;
    void worker.terminate().catch(() => undefined);
    if (this.pending) this.settle(this.pending.jobId, error);
  }

  private settle(jobId: number, error: Error | null, bytes?: Buffer): void {
    const pending = this.pending;
    if (!pending || pending.jobId !== jobId) return;
    this.pending = null;
    if (error) pending.reject(error);
    else pending.resolve(bytes as Buffer);
    this.armIdleTimer();
  }

  private armIdleTimer(delayMs = this.options.idleMs): void {
    this.clearIdleTimer();
    if (!this.worker) return;
    this.idleTimer = setTimeout(() => {
      this.idleTimer = null;
      const worker = this.worker;
      if (worker && !this.pending) {
        this.worker = null;
        void worker.terminate().catch(() => undefined);
      }
    }, delayMs);
    this.idleTimer.unref();
  }

  private clearIdleTimer(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
  }
}
