import { APP_CONFIG } from '../common/tokens';
import type { AppConfig } from '../config/app-config';
import { startTestApp, type TestApp } from '../test/test-app';
import { ReportsService } from './reports.service';

/**
 * The report worker's failures stay inside the worker: with a heap limit far too small for
 * the renderers the worker runs out of memory, the job is FAILED with that reason, and the
 * API (the same process) goes on serving.
 */
describe('report worker failure (real HTTP, 4 MB worker heap)', () => {
  let app: TestApp;
  let coordinator: string;
  let planId: string;
  let periodId: string;

  beforeAll(async () => {
    app = await startTestApp({ env: { REPORT_WORKER_HEAP_MB: '4' } });
    coordinator = await app.login('coordinator@demo.local');
    [{ id: planId }] = await app.sql<{ id: string }>(`SELECT id FROM action_plan WHERE code = 'NAP-THB-2014-2016'`);
    [{ id: periodId }] = await app.sql<{ id: string }>(`SELECT id FROM reporting_period WHERE plan_id = $1 AND label = '2016'`, [planId]);
  }, 180_000);
  afterAll(() => app?.close());

  async function generateAndWait(format: string) {
    const res = await app.gql<{ generateReport: { id: string } }>(
      `mutation($i: GenerateReportInput!) { generateReport(input: $i) { id } }`,
      { i: { planId, periodId, kind: 'PLAN_COMPLETION', format, language: 'AZ' } },
      coordinator,
    );
    const id = res.data?.generateReport.id;
    if (!id) throw new Error(JSON.stringify(res.errors));
    for (let attempt = 0; attempt < 600; attempt += 1) {
      const poll = await app.gql<{ generatedReport: { status: string; error: string | null; url: string | null } }>(
        `query($id: ID!) { generatedReport(id: $id) { status error url } }`,
        { id },
        coordinator,
      );
      const report = poll.data?.generatedReport;
      if (report && (report.status === 'DONE' || report.status === 'FAILED')) return report;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('did not finish');
  }

  it('an out-of-memory worker fails the job with the reason; the API keeps serving and the next job gets a new worker', async () => {
    expect(app.running.app.get<AppConfig>(APP_CONFIG).reportWorkerHeapMb).toBe(4);
    const first = await generateAndWait('PDF');
    expect(first).toMatchObject({ status: 'FAILED', url: null });
    expect(first.error).toMatch(/^Failed while laying out and rendering PDF: the report worker ran out of memory \(heap limit 4 MB\)/);

    const ping = await app.gql<{ systemInfo: { name: string } }>(`{ systemInfo { name } }`, {}, coordinator);
    expect(ping.status).toBe(200);
    expect(ping.data?.systemInfo.name).toBeTruthy();
    expect((await fetch(`${app.url}/health`)).status).toBe(200);
    expect(app.running.app.get(ReportsService).worker.running).toBe(false);

    const second = await generateAndWait('XLSX');
    expect(second.status).toBe('FAILED');
    expect(second.error).toContain('ran out of memory');
    // The API's own data paths still work after two dead workers.
    const plans = await app.gql<{ plans: { code: string }[] }>(`{ plans { code } }`, {}, coordinator);
    expect(plans.errors).toBeUndefined();
    expect(plans.data?.plans.map((p) => p.code)).toContain('NAP-THB-2014-2016');
  });
});
