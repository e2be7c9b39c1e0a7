import type { ReportData } from '../document/report-data';
import type { RenderFormat } from '../render/render-formats';

/** Messages between the API thread (report-worker-host.ts) and the report worker (report-worker.ts). */
/** Load the renderer of `format` now (while the API is still loading the figures). */
export interface PrepareRequest {
  type: 'prepare';
  format: RenderFormat;
}

export interface RenderRequest {
  type: 'render';
  jobId: number;
  data: ReportData;
  format: RenderFormat;
}

export type WorkerReply =
  | { type: 'progress'; jobId: number; progress: number }
  | { type: 'done'; jobId: number; bytes: Uint8Array }
  | { type: 'failed'; jobId: number; step: string; message: string };

/** Progress written to the job row when the worker has laid out the document (55) and rendered it (85). */
export const PROGRESS_LAID_OUT = 55;
export const PROGRESS_RENDERED = 85;
