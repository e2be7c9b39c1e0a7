/**
 * Times the report pipeline without the database: building the document from ReportData and
 * rendering it, per format, on a synthetic plan of the bench's M size (600 measures, ~6,000
 * indicators). Shows the renderers' share of a report's time apart from the data queries.
 * CPU time is printed beside wall time: on a machine shared with other work it varies less.
 *
 *   node -r ./tools/ts-run.cjs tools/bench/render-reports.ts [--measures 600] [--runs 2] [--only PDF,XLSX]
 */
import { performance } from 'node:perf_hooks';
import { ReportKind } from '@nap/domain';
import { buildReportDocument } from '../../apps/api/src/reports/document/build-document';
import { renderReport, type RenderFormat } from '../../apps/api/src/reports/render';
import { syntheticReportData } from '../../apps/api/src/reports/testing/synthetic-report-data';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

async function main(): Promise<void> {
  const measures = Number(arg('measures', '600'));
  const runs = Number(arg('runs', '2'));
  const only = arg('only', 'PDF,XLSX,DOCX,CSV').split(',');
  const jobs: { kind: ReportKind; format: RenderFormat }[] = [
    { kind: ReportKind.PLAN_COMPLETION, format: 'PDF' },
    { kind: ReportKind.PLAN_COMPLETION, format: 'XLSX' },
    { kind: ReportKind.ANNUAL_REPORT, format: 'DOCX' },
    { kind: ReportKind.PLAN_COMPLETION, format: 'CSV' },
  ];
  for (const job of jobs.filter((j) => only.includes(j.format))) {
    const data = syntheticReportData({ kind: job.kind, measures });
    for (let run = 1; run <= runs; run++) {
      const t0 = performance.now();
      const document = buildReportDocument(data);
      const t1 = performance.now();
      const cpu = process.cpuUsage();
      const bytes = await renderReport(document, job.format);
      const t2 = performance.now();
      const used = process.cpuUsage(cpu);
      const rows = document.blocks.reduce((n, b) => n + (b.kind === 'table' ? b.rows.length : 0), 0);
      console.log(
        `${job.kind} ${job.format} run ${run}: build ${Math.round(t1 - t0)} ms, render ${Math.round(t2 - t1)} ms (CPU ${Math.round((used.user + used.system) / 1000)} ms), ` +
          `${rows} table rows, ${(bytes.length / 1024).toFixed(0)} KB, heap ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MB, ` +
          `rss ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB`,
      );
    }
  }
}

void main();
