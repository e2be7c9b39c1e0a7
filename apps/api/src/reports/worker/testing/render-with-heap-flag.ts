import { ReportWorkerHost } from '../report-worker-host';
import { syntheticReportData } from '../../testing/synthetic-report-data';

/**
 * Run by report-worker-host.spec.ts in a child process started with --max-old-space-size:
 * renders a PDF in a worker limited to the heap given as the first argument and prints
 * RESULT and what happened.
 */
const host = new ReportWorkerHost({ heapMb: Number(process.argv[2]), idleMs: 0 });
// The host unrefs its worker (the API's server keeps the process alive); here nothing else
// would, and the process could end before the worker's error or exit event arrives.
const keepAlive = setInterval(() => undefined, 1000);
host
  .render(syntheticReportData({ measures: 60 }), 'PDF')
  .then(
    (bytes) => console.log(`RESULT rendered ${bytes.length} bytes`),
    (error: Error) => console.log(`RESULT ${error.message}`),
  )
  .finally(() => {
    clearInterval(keepAlive);
    void host.stop();
  });
