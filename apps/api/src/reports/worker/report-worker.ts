import { parentPort } from 'node:worker_threads';
import { buildReportDocument } from '../document/build-document';
import { loadRenderer, renderReport } from '../render/render-report';
import { preloadReportFonts } from '../render/report-fonts';
import { PROGRESS_LAID_OUT, type PrepareRequest, type RenderRequest, type WorkerReply } from './report-worker-protocol';

/**
 * The report worker (a worker_threads thread with a bounded heap, see report-worker-host.ts):
 * lays out the document from the figures the API loaded and renders it, one job at a time,
 * so that neither blocks the API's event loop. Built as its own webpack entry
 * (dist/apps/api/report-worker.js); from source it runs under tools/ts-run.cjs.
 */
const port = parentPort;
if (!port) throw new Error('report-worker.ts runs only as a worker thread');

// Read the fonts once per worker, not once per PDF.
preloadReportFonts();

const reply = (message: WorkerReply, transfer: ArrayBuffer[] = []): void => port.postMessage(message, transfer);

port.on('message', (request: RenderRequest | PrepareRequest) => {
  if (request.type === 'prepare') void loadRenderer(request.format).catch(() => undefined);
  else void handle(request);
});

async function handle({ jobId, data, format }: RenderRequest): Promise<void> {
  let step = 'laying out the document';
  try {
    const document = buildReportDocument(data);
    reply({ type: 'progress', jobId, progress: PROGRESS_LAID_OUT });
    step = `rendering ${format}`;
    const buffer = await renderReport(document, format);
    // Hand the bytes over without copying them.
    const bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    const owned = buffer.byteOffset === 0 && buffer.byteLength === buffer.buffer.byteLength ? bytes : new Uint8Array(bytes);
    reply({ type: 'done', jobId, bytes: owned }, [owned.buffer as ArrayBuffer]);
  } catch (error) {
    reply({ type: 'failed', jobId, step, message: (error as Error).message ?? String(error) });
  }
}
