import { startTestApp, type TestApp } from '../test/test-app';
import { CompletionService, type IndicatorFigures, type PlanCompliance, type PlanFigures } from './completion.service';
import { DashboardCache } from './dashboard-cache';

/**
 * The dashboard's kept answers (dashboard-cache.ts) over real HTTP, with two API instances on
 * one database: after every kind of change made through one instance, both answer what a
 * fresh computation (CompletionService, uncached) gives, and what they had kept before the
 * change is no longer served. A kept answer costs one statement (the version).
 */
describe('dashboard answers kept per data version, across two API instances', () => {
  let a: TestApp;
  let b: TestApp;
  let service: CompletionService;
  let planId: string;
  let sectionId: string;
  let moeId: string;
  let measureId: string;
  const periods: Record<string, string> = {};
  const tokens: Record<'a' | 'b', Record<'coordinator' | 'auditor' | 'moe', string>> = { a: {} as never, b: {} as never };

  const DASHBOARD = `query($p: ID!, $q: ID!, $s: Boolean) {
    planCompletion(planId: $p, periodId: $q) {
      percent measureCount cancelledCount unassignedCount
      byOrganization { id nameEn percent assignmentCount }
      measures { measureId code titleEn weight completion expectedProgress rag implementationStatus overdue assignmentCount }
    }
    reportingCompliance(planId: $p, periodId: $q) {
      total { expected onTime late missing submitted accepted awaitingReview }
      byOrganization { organizationId expected onTime late missing accepted awaitingReview }
    }
    indicatorSummary(planId: $p, periodId: $q, suppressSmallCounts: $s) {
      indicator { id } value target previousPeriodLabel previousValue breakdown { options value suppressed }
    }
  }`;
  type Answer = ReturnType<typeof fresh> extends Promise<infer T> ? T : never;

  const planShape = (f: PlanFigures) => ({
    percent: f.percent,
    measureCount: f.measureCount,
    cancelledCount: f.cancelledCount,
    unassignedCount: f.unassignedCount,
    byOrganization: f.byOrganization.map((o) => ({ id: o.id, nameEn: o.nameEn, percent: o.percent, assignmentCount: o.assignmentCount })),
    measures: f.measures.map((m) => ({
      measureId: m.measureId,
      code: m.code,
      titleEn: m.titleEn,
      weight: m.weight,
      completion: m.completion,
      expectedProgress: m.expectedProgress,
      rag: m.rag,
      implementationStatus: m.implementationStatus,
      overdue: m.overdue,
      assignmentCount: m.assignmentCount,
    })),
  });
  const complianceShape = (c: PlanCompliance) => {
    const { expected, onTime, late, missing, submitted, accepted, awaitingReview } = c.total;
    return {
      total: { expected, onTime, late, missing, submitted, accepted, awaitingReview },
      byOrganization: c.byOrganization.map((o) => ({
        organizationId: o.organizationId,
        expected: o.expected,
        onTime: o.onTime,
        late: o.late,
        missing: o.missing,
        accepted: o.accepted,
        awaitingReview: o.awaitingReview,
      })),
    };
  };
  const indicatorShape = (list: IndicatorFigures[]) =>
    list.map((s) => ({
      indicator: { id: s.indicator.id },
      value: s.value,
      target: s.target,
      previousPeriodLabel: s.previousPeriodLabel,
      previousValue: s.previousValue,
      breakdown: s.breakdown,
    }));

  /** What the dashboard should show now: the uncached computation. */
  const fresh = async (periodId: string, suppress = false) => ({
    planCompletion: planShape(await service.planCompletion({ planId, periodId })),
    reportingCompliance: complianceShape(await service.reportingCompliance({ planId, periodId })),
    indicatorSummary: indicatorShape(await service.indicatorSummary({ planId, periodId }, suppress)),
  });

  const dashboard = async (app: TestApp, token: string, periodId: string, suppress = false) => {
    const res = await app.gql<Answer>(DASHBOARD, { p: planId, q: periodId, s: suppress }, token);
    expect(res.errors).toBeUndefined();
    return { answer: res.data as Answer, sql: res.sqlStatements };
  };

  /** Both instances answer as a fresh computation does, and the second request of each is served kept (one statement). */
  const expectCurrent = async (step: string, periodId: string): Promise<Answer> => {
    const expected = await fresh(periodId);
    for (const [name, app] of [['a', a], ['b', b]] as const) {
      const first = await dashboard(app, tokens[name].auditor, periodId);
      expect({ step, instance: name, answer: first.answer }).toEqual({ step, instance: name, answer: expected });
      const again = await dashboard(app, tokens[name].auditor, periodId);
      expect({ step, instance: name, answer: again.answer, sql: again.sql }).toEqual({ step, instance: name, answer: expected, sql: 1 });
    }
    return expected;
  };

  const ok = async <T>(app: TestApp, query: string, variables: Record<string, unknown>, token: string): Promise<T> => {
    const res = await app.gql<T>(query, variables, token);
    expect(res.errors).toBeUndefined();
    return res.data as T;
  };
  const version = async () => (await a.sql<{ version: string }>('SELECT version FROM dashboard_version WHERE plan_id = $1', [planId]))[0]?.version ?? '0';

  beforeAll(async () => {
    a = await startTestApp();
    b = await startTestApp({ env: { DATABASE_URL: a.databaseUrl } });
    service = a.running.app.get(CompletionService);
    for (const [name, app] of [['a', a], ['b', b]] as const) {
      tokens[name] = {
        coordinator: await app.login('coordinator@demo.local'),
        auditor: await app.login('auditor@demo.local'),
        moe: await app.login('focal.moe@demo.local'),
      };
    }
    [{ id: planId }] = await a.sql<{ id: string }>(`SELECT id FROM action_plan WHERE code = 'NAP-THB-2014-2016'`);
    [{ id: moeId }] = await a.sql<{ id: string }>(`SELECT id FROM organization WHERE code = 'MOE'`);
    [{ id: sectionId }] = await a.sql<{ id: string }>(`SELECT id FROM plan_section WHERE plan_id = $1 AND code = '2'`, [planId]);
    for (const { id, label } of await a.sql<{ id: string; label: string }>(`SELECT id, label FROM reporting_period WHERE plan_id = $1`, [planId])) {
      periods[label] = id;
    }
  }, 120_000);
  afterAll(async () => {
    await b?.close();
    await a?.close();
  });

  it('serves a kept answer in one statement, the same on every request, and keeps answers apart by arguments, suppression and scope', async () => {
    const first = await dashboard(a, tokens.a.auditor, periods['2016']);
    expect(first.sql).toBeGreaterThan(1);
    for (let i = 0; i < 3; i += 1) {
      const kept = await dashboard(a, tokens.a.auditor, periods['2016']);
      expect({ sql: kept.sql, answer: kept.answer }).toEqual({ sql: 1, answer: first.answer });
    }
    // suppression is part of the key: "1 man" and "1 foreign victim" hidden only when asked
    const suppressed = await dashboard(a, tokens.a.auditor, periods['2016'], true);
    expect(suppressed.sql).toBeGreaterThan(1);
    expect(suppressed.answer.indicatorSummary).toEqual((await fresh(periods['2016'], true)).indicatorSummary);
    expect(suppressed.answer.indicatorSummary).not.toEqual(first.answer.indicatorSummary);
    expect((await dashboard(a, tokens.a.auditor, periods['2016'])).answer.indicatorSummary).toEqual(first.answer.indicatorSummary);
    // a focal point's compliance is narrowed to its organisation, the auditor's is not
    const focal = await dashboard(a, tokens.a.moe, periods['2016']);
    expect(focal.answer.reportingCompliance.byOrganization.map((o) => o.organizationId)).toEqual([moeId]);
    const auditorAgain = await dashboard(a, tokens.a.auditor, periods['2016']);
    expect(auditorAgain.answer.reportingCompliance).toEqual(first.answer.reportingCompliance);
    expect(auditorAgain.answer.reportingCompliance.byOrganization.length).toBeGreaterThan(1);
    expect((await dashboard(a, tokens.a.moe, periods['2016'])).answer.reportingCompliance).toEqual(focal.answer.reportingCompliance);
    // the same document from another organisation's focal point is its own answer
    const [{ id: mohId }] = await a.sql<{ id: string }>(`SELECT id FROM organization WHERE code = 'MOH'`);
    const moh = await a.login('focal.moh@demo.local');
    for (let i = 0; i < 2; i += 1) {
      const other = await dashboard(a, moh, periods['2016']);
      expect(other.answer.reportingCompliance.byOrganization.map((o) => o.organizationId)).toEqual([mohId]);
    }
    // a document with another root field beside the dashboard's takes the ordinary path
    const mixed = await a.gql<{ me: { id: string }; planCompletion: { percent: number } }>(
      `query($p: ID!, $q: ID!) { me { id } planCompletion(planId: $p, periodId: $q) { percent } }`,
      { p: planId, q: periods['2016'] },
      tokens.a.moe,
    );
    expect(mixed.errors).toBeUndefined();
    expect(mixed.data?.planCompletion.percent).toBe(first.answer.planCompletion.percent);
    // unauthenticated: refused, never a kept response
    const anonymous = await a.gql(DASHBOARD, { p: planId, q: periods['2016'], s: false }, null);
    expect(anonymous.data).toBeNull();
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(a.running.app.get(DashboardCache).stats.hits).toBeGreaterThan(0);
  });

  it('writes a kept response byte for byte as the computed one, and as Apollo would have', async () => {
    const raw = async (periodId: string) => {
      const res = await fetch(`${a.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens.a.coordinator}` },
        body: JSON.stringify({ query: DASHBOARD, variables: { p: planId, q: periodId, s: true } }),
      });
      return { text: await res.text(), sql: Number(res.headers.get('x-sql-statements')), type: res.headers.get('content-type'), etag: res.headers.get('etag') };
    };
    const computed = await raw(periods['2015']);
    const kept = await raw(periods['2015']);
    expect(computed.sql).toBeGreaterThan(1);
    expect(kept).toEqual({ ...computed, sql: 1 });
    expect(kept.etag).toBeNull(); // no body hashing for answers nobody revalidates
    expect(computed.text).toBe(`${JSON.stringify({ data: JSON.parse(computed.text).data })}\n`);
  });

  it('every change made through one instance is seen through both, never a kept answer of before', async () => {
    const SAVE = `mutation($input: SaveProgressReportInput!) { saveProgressReport(input: $input) { id version } }`;
    const act = (app: TestApp, token: string, action: 'submit' | 'accept' | 'return' | 'reopen', id: string) => {
      const extra = action === 'return' ? ', comment: "Yoxlayın, rəqəmlər uyğun gəlmir"' : action === 'reopen' ? ', reason: "Yeni məlumat"' : '';
      return ok(app, `mutation($id: ID!) { ${action}ProgressReport(id: $id${extra}) { id status } }`, { id }, token);
    };
    const openPeriod = async (app: TestApp, label: string) => {
      const data = await ok<{ openReportingPeriod: { id: string } }>(
        app,
        `mutation($i: OpenReportingPeriodInput!) { openReportingPeriod(input: $i) { id } }`,
        { i: { planId, label, startDate: `${label}-01-01`, endDate: `${label}-12-31`, dueDate: '2099-12-31' } },
        app === a ? tokens.a.coordinator : tokens.b.coordinator,
      );
      periods[label] = data.openReportingPeriod.id;
    };
    /** The change is visible in a fresh computation (the test means something) and both instances show it. */
    const step = async (name: string, periodId: string, change: () => Promise<unknown>) => {
      const before = await expectCurrent(`before ${name}`, periodId);
      const versionBefore = await version();
      await change();
      expect({ name, moved: BigInt(await version()) > BigInt(versionBefore) }).toEqual({ name, moved: true });
      const after = await expectCurrent(name, periodId);
      expect({ name, changed: JSON.stringify(after) !== JSON.stringify(before) }).toEqual({ name, changed: true });
      return after;
    };

    await step('createMeasure (through b)', periods['2016'], async () => {
      measureId = (
        await ok<{ createMeasure: { id: string } }>(
          b,
          `mutation($i: CreateMeasureInput!) { createMeasure(input: $i) { id } }`,
          { i: { sectionId, code: '2.97', titleAz: 'Məktəblərdə maarifləndirmə', titleEn: 'Awareness in schools', startDate: '2016-01-01', dueDate: '2016-12-31', weight: 2 } },
          tokens.b.coordinator,
        )
      ).createMeasure.id;
    });
    await step('assignMeasure (through a)', periods['2016'], () =>
      ok(a, `mutation($m: ID!, $o: ID!) { assignMeasure(measureId: $m, organizationId: $o, role: LEAD) { id } }`, { m: measureId, o: moeId }, tokens.a.coordinator),
    );
    await step('updateMeasure weight and title (through b)', periods['2016'], async () => {
      const [{ version: v }] = await a.sql<{ version: number }>('SELECT version FROM measure WHERE id = $1', [measureId]);
      await ok(b, `mutation($i: UpdateMeasureInput!) { updateMeasure(input: $i) { id } }`, { i: { id: measureId, version: v, weight: 3.5, titleEn: 'Awareness in all schools' } }, tokens.b.coordinator);
    });
    const indicatorId = { id: '' };
    await step('createIndicator (through a)', periods['2016'], async () => {
      indicatorId.id = (
        await ok<{ createIndicator: { id: string } }>(
          a,
          `mutation($i: CreateIndicatorInput!) { createIndicator(input: $i) { id } }`,
          { i: { measureId, nameAz: 'Şagirdlər', nameEn: 'Pupils', unit: 'COUNT', combineRule: 'SUM', target: 900, dimensions: [{ code: 'sex', options: ['female', 'male'] }] } },
          tokens.a.coordinator,
        )
      ).createIndicator.id;
    });

    // 2018 is opened first (no previous year yet), then 2017 becomes its previous period
    await openPeriod(a, '2018');
    await step('openReportingPeriod of the previous year (through b)', periods['2018'], () => openPeriod(b, '2017'));
    expect((await dashboard(a, tokens.a.auditor, periods['2018'])).answer.indicatorSummary[0].previousPeriodLabel).toBe('2017');

    const input = (percentComplete: number, female: number) => ({
      measureId,
      periodId: periods['2017'],
      organizationId: moeId,
      implementationStatus: 'IN_PROGRESS',
      percentComplete,
      indicatorValues: [{ indicatorId: indicatorId.id, value: female + 10, breakdown: [{ options: ['sex:female'], value: female }, { options: ['sex:male'], value: 10 }] }],
    });
    const report = (await ok<{ saveProgressReport: { id: string; version: number } }>(b, SAVE, { input: input(40, 300) }, tokens.b.moe)).saveProgressReport;
    await step('submitProgressReport (through b)', periods['2017'], () => act(b, tokens.b.moe, 'submit', report.id));
    await step('returnProgressReport (through a)', periods['2017'], () => act(a, tokens.a.coordinator, 'return', report.id));
    const [{ version: reportVersion }] = await a.sql<{ version: number }>('SELECT version FROM progress_report WHERE id = $1', [report.id]);
    await ok(a, SAVE, { input: { ...input(45, 320), version: reportVersion } }, tokens.a.moe);
    await act(a, tokens.a.moe, 'submit', report.id);
    const accepted = await step('acceptProgressReport (through b)', periods['2017'], () => act(b, tokens.b.coordinator, 'accept', report.id));
    expect(accepted.planCompletion.measures.find((m) => m.measureId === measureId)?.completion).toBe(45);
    expect(accepted.indicatorSummary.find((s) => s.indicator.id === indicatorId.id)?.value).toBe(330);
    // 2018 was kept before the acceptance: its previous-year figures are the accepted ones now
    const in2018 = await expectCurrent('acceptance as the previous year of 2018', periods['2018']);
    expect(in2018.indicatorSummary.find((s) => s.indicator.id === indicatorId.id)?.previousValue).toBe(330);
    const reopened = await step('reopenProgressReport (through a)', periods['2017'], () => act(a, tokens.a.coordinator, 'reopen', report.id));
    expect(reopened.planCompletion.measures.find((m) => m.measureId === measureId)?.completion).toBe(0);
    const [{ id: partnerId }] = await a.sql<{ id: string }>(`SELECT id FROM organization WHERE code = 'MLSPP'`);
    await step('assignMeasure as partner (through b)', periods['2017'], () =>
      ok(b, `mutation($m: ID!, $o: ID!) { assignMeasure(measureId: $m, organizationId: $o, role: PARTNER) { id } }`, { m: measureId, o: partnerId }, tokens.b.coordinator),
    );
    await step('unassignMeasure (through a)', periods['2017'], () =>
      ok(a, `mutation($m: ID!, $o: ID!) { unassignMeasure(measureId: $m, organizationId: $o) { id } }`, { m: measureId, o: partnerId }, tokens.a.coordinator),
    );
    const versionBeforeClose = await version();
    await ok(a, `mutation($id: ID!) { closeReportingPeriod(id: $id) { id } }`, { id: periods['2017'] }, tokens.a.coordinator);
    expect(BigInt(await version())).toBeGreaterThan(BigInt(versionBeforeClose));
    await expectCurrent('closeReportingPeriod', periods['2017']);
  }, 180_000);
});
