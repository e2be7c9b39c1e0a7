import { startTestApp, type TestApp } from '../test/test-app';

describe('scratch', () => {
  let app: TestApp;
  beforeAll(async () => { app = await startTestApp(); });
  afterAll(() => app?.close());
  it('runs', async () => {
    const token = await app.login('auditor@demo.local');
    const [plan] = await app.sql<{ id: string }>('SELECT id FROM action_plan');
    const [period] = await app.sql<{ id: string }>(`SELECT id FROM reporting_period WHERE label = '2016'`);
    const r = await app.gql(`query($p: ID!, $q: ID!) { planCompletion(planId: $p, periodId: $q) { asOf percent measureCount cancelledCount byStatus { status count } byRag { rag count } bySection { code percent measureCount children { code } } byOrganization { code percent assignmentCount } measures { code completion rag expectedProgress implementationStatus overdue cancelled } }
      reportingCompliance(planId: $p, periodId: $q) { total { expected onTime late missing timelinessPercent } byOrganization { code expected onTime late missing timelinessPercent } }
      indicatorSummary(planId: $p, periodId: $q, suppressSmallCounts: true) { indicator { code combineRule } measureCode value target percentOfTarget previousPeriodLabel previousValue change changePercent breakdown { options value suppressed } } }`, { p: plan.id, q: period.id }, token);
    require("fs").writeFileSync("/tmp/scratch/out.json", JSON.stringify(r));
  });
});
