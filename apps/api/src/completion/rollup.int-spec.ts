import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { cellKey } from '@nap/domain';
import { errorCode, startTestApp, type TestApp } from '../test/test-app';
import { CompletionService, type PlanFigures } from './completion.service';
import { reconcileRollups, type RollupDifference } from './rollup';
import { expectedCompliance, expectedIndicators, expectedPlanCompletion, readRawPlan } from './testing/domain-figures';

const run = promisify(execFile);
const ROOT = resolve(__dirname, '../../../..');

/**
 * The rollups stay equal to a fresh computation from the raw data through a realistic
 * workflow (every step is checked by a dry-run reconciliation), the dashboard's figures then
 * agree with @nap/domain's, a tampered rollup is named and fixed by `npm run
 * rollups:reconcile`, and indicatorSummary / indicatorSummaryPage page.
 */
describe('dashboard rollups', () => {
  let app: TestApp;
  let service: CompletionService;
  let coordinator: string;
  let moe: string;
  let moh: string;
  let planId: string;
  let moeId: string;
  let mohId: string;
  let measureId: string;
  let countId: string;
  let shareId: string;
  const periods: Record<string, string> = {};

  const differences = async (): Promise<RollupDifference[]> => {
    await app.sql('BEGIN');
    try {
      return await reconcileRollups((sql, params) => app.sql(sql, params as unknown[]), { dryRun: true });
    } finally {
      await app.sql('ROLLBACK');
    }
  };
  const expectReconciled = async (step: string) => expect({ step, differences: await differences() }).toEqual({ step, differences: [] });

  const ok = async <T>(query: string, variables: Record<string, unknown>, token: string): Promise<T> => {
    const res = await app.gql<T>(query, variables, token);
    expect(res.errors).toBeUndefined();
    return res.data as T;
  };
  const SAVE = `mutation($input: SaveProgressReportInput!) { saveProgressReport(input: $input) { id version } }`;
  const save = async (token: string, input: Record<string, unknown>) =>
    (await ok<{ saveProgressReport: { id: string; version: number } }>(SAVE, { input }, token)).saveProgressReport;
  const act = (action: 'submit' | 'accept' | 'return' | 'reopen', id: string, token: string) => {
    const extra = action === 'return' ? ', comment: "Yoxlayın"' : action === 'reopen' ? ', reason: "Yeni məlumat"' : '';
    return ok(`mutation($id: ID!) { ${action}ProgressReport(id: $id${extra}) { id status } }`, { id }, token);
  };
  const report = (organizationId: string, periodId: string, percentComplete: number, values: [number, number, number], status = 'IN_PROGRESS') => ({
    measureId,
    periodId,
    organizationId,
    implementationStatus: status,
    percentComplete,
    indicatorValues: [
      { indicatorId: countId, value: values[0] + values[1], breakdown: [{ options: ['sex:female'], value: values[0] }, { options: ['sex:male'], value: values[1] }] },
      { indicatorId: shareId, value: values[2] },
    ],
  });
  const versionOf = async (id: string) => (await app.sql<{ version: number }>('SELECT version FROM progress_report WHERE id = $1', [id]))[0].version;
  const openPeriod = async (label: string, dueDate: string) => {
    const data = await ok<{ openReportingPeriod: { id: string } }>(
      `mutation($i: OpenReportingPeriodInput!) { openReportingPeriod(input: $i) { id } }`,
      { i: { planId, label, startDate: `${label}-01-01`, endDate: `${label}-12-31`, dueDate } },
      coordinator,
    );
    periods[label] = data.openReportingPeriod.id;
  };

  beforeAll(async () => {
    app = await startTestApp();
    service = app.running.app.get(CompletionService);
    [coordinator, moe, moh] = await Promise.all([app.login('coordinator@demo.local'), app.login('focal.moe@demo.local'), app.login('focal.moh@demo.local')]);
    [{ id: planId }] = await app.sql<{ id: string }>(`SELECT id FROM action_plan WHERE code = 'NAP-THB-2014-2016'`);
    [{ id: moeId }] = await app.sql<{ id: string }>(`SELECT id FROM organization WHERE code = 'MOE'`);
    [{ id: mohId }] = await app.sql<{ id: string }>(`SELECT id FROM organization WHERE code = 'MOH'`);
    const [{ id: sectionId }] = await app.sql<{ id: string }>(`SELECT id FROM plan_section WHERE plan_id = $1 AND code = '2'`, [planId]);
    measureId = (
      await ok<{ createMeasure: { id: string } }>(
        `mutation($i: CreateMeasureInput!) { createMeasure(input: $i) { id } }`,
        { i: { sectionId, code: '2.98', titleAz: 'Məktəblərdə maarifləndirmə', titleEn: 'Awareness in schools', startDate: '2016-01-01', dueDate: '2016-12-31', weight: 2 } },
        coordinator,
      )
    ).createMeasure.id;
    const indicator = async (i: Record<string, unknown>) =>
      (await ok<{ createIndicator: { id: string } }>(`mutation($i: CreateIndicatorInput!) { createIndicator(input: $i) { id } }`, { i: { measureId, ...i } }, coordinator))
        .createIndicator.id;
    countId = await indicator({ nameAz: 'Şagirdlər', nameEn: 'Pupils', unit: 'COUNT', combineRule: 'SUM', target: 900, dimensions: [{ code: 'sex', options: ['female', 'male'] }] });
    shareId = await indicator({ nameAz: 'Əhatə', nameEn: 'Coverage', unit: 'PERCENT', combineRule: 'AVERAGE', target: 80 });
  }, 120_000);
  afterAll(() => app?.close());

  it('the seeded demo plan starts reconciled', async () => {
    await expectReconciled('seed');
  });

  it('stay equal to a rebuild through assignments, dates, periods, submissions, reviews, reopening, cancellation and closing', async () => {
    const assign = (organizationId: string, role: string) =>
      ok(`mutation($m: ID!, $o: ID!, $r: AssignmentRole!) { assignMeasure(measureId: $m, organizationId: $o, role: $r) { id } }`, { m: measureId, o: organizationId, r: role }, coordinator);
    await assign(moeId, 'LEAD');
    await assign(mohId, 'PARTNER');
    await expectReconciled('assign');
    // 2017 is past its due date (every submission late), 2018 is not.
    await openPeriod('2017', '2017-01-31');
    await openPeriod('2018', '2099-12-31');
    await expectReconciled('open periods');
    const [{ version }] = await app.sql<{ version: number }>('SELECT version FROM measure WHERE id = $1', [measureId]);
    await ok(`mutation($i: UpdateMeasureInput!) { updateMeasure(input: $i) { id } }`, { i: { id: measureId, version, dueDate: '2019-12-31' } }, coordinator);
    await expectReconciled('measure runs to 2019');

    const moe2017 = await save(moe, report(moeId, periods['2017'], 40, [300, 250, 60]));
    await expectReconciled('draft saved');
    await act('submit', moe2017.id, moe);
    await expectReconciled('late submission');
    await act('return', moe2017.id, coordinator);
    await expectReconciled('returned');
    await save(moe, { ...report(moeId, periods['2017'], 45, [310, 250, 62]), version: await versionOf(moe2017.id) });
    await act('submit', moe2017.id, moe);
    await act('accept', moe2017.id, coordinator);
    await expectReconciled('accepted');

    const moh2017 = await save(moh, report(mohId, periods['2017'], 30, [20, 25, 70]));
    await act('submit', moh2017.id, moh);
    await act('accept', moh2017.id, coordinator);
    await expectReconciled('partner accepted');

    await act('reopen', moe2017.id, coordinator);
    await expectReconciled('reopened');
    await save(moe, { ...report(moeId, periods['2017'], 60, [320, 260, 64]), version: await versionOf(moe2017.id) });
    await act('submit', moe2017.id, moe);
    await act('accept', moe2017.id, coordinator);
    await expectReconciled('accepted again');

    // On time in 2018, and the lead cancels the measure: 2019 expects nothing more of it.
    const moe2018 = await save(moe, report(moeId, periods['2018'], 60, [100, 90, 50], 'CANCELLED'));
    await act('submit', moe2018.id, moe);
    await expectReconciled('on-time submission');
    await act('accept', moe2018.id, coordinator);
    await expectReconciled('cancelled');
    await ok(`mutation($id: ID!) { closeReportingPeriod(id: $id) { id } }`, { id: periods['2017'] }, coordinator);
    await openPeriod('2019', '2019-01-31');
    await expectReconciled('period closed and next opened');

    const [{ id: extraId }] = await app.sql<{ id: string }>(`SELECT id FROM organization WHERE code = 'MLSPP'`);
    await assign(extraId, 'PARTNER');
    await expectReconciled('new partner');
    await ok(`mutation($m: ID!, $o: ID!) { unassignMeasure(measureId: $m, organizationId: $o) { id } }`, { m: measureId, o: extraId }, coordinator);
    await expectReconciled('partner unassigned');

    // What the dashboard shows is what @nap/domain computes from the raw rows.
    const raw = await readRawPlan(app.sql, planId);
    for (const label of ['2017', '2018', '2019']) {
      const periodId = periods[label];
      const figures: PlanFigures = await service.planCompletion({ planId, periodId });
      const expected = expectedPlanCompletion(raw, periodId);
      const counts = (list: { count: number }[], key: 'status' | 'rag') =>
        Object.fromEntries(list.filter((c) => c.count > 0).map((c) => [(c as unknown as Record<string, string>)[key], c.count]));
      expect({ label, percent: figures.percent, byStatus: counts(figures.byStatus, 'status'), byRag: counts(figures.byRag, 'rag') }).toEqual({
        label,
        percent: expected.percent,
        byStatus: expected.byStatus,
        byRag: expected.byRag,
      });
      for (const m of figures.measures) {
        const e = expected.measures.get(m.measureId);
        expect({ code: m.code, completion: m.completion, rag: m.rag, cancelled: m.cancelled }).toEqual({ code: m.code, completion: e?.completion, rag: e?.rag, cancelled: e?.cancelled });
      }
      const compliance = await service.reportingCompliance({ planId, periodId });
      expect(
        new Map(compliance.byOrganization.map((o) => [o.organizationId, { expected: o.expected, onTime: o.onTime, late: o.late, missing: o.missing, timelinessPercent: o.timelinessPercent }])),
      ).toEqual(expectedCompliance(raw, periodId));
    }
    const ours = (await service.planCompletion({ planId, periodId: periods['2018'] })).measures.find((m) => m.measureId === measureId);
    expect(ours).toMatchObject({ cancelled: true, implementationStatus: 'CANCELLED' });
    const late2017 = (await service.reportingCompliance({ planId, periodId: periods['2017'], organizationId: moeId })).total;
    expect(late2017).toMatchObject({ late: 1, onTime: 0, accepted: 1 });
    expect((await service.reportingCompliance({ planId, periodId: periods['2018'], organizationId: moeId })).total).toMatchObject({ onTime: 1, late: 0 });

    const indicators = await service.indicatorSummary({ planId, periodId: periods['2018'] });
    const expectedIndicatorFigures = expectedIndicators(raw, periods['2018'], periods['2017']);
    for (const summary of indicators) {
      expect({
        code: summary.indicator.code,
        value: summary.value,
        previousValue: summary.previousValue,
        change: summary.change,
        changePercent: summary.changePercent,
        percentOfTarget: summary.percentOfTarget,
        breakdown: new Map(summary.breakdown.map((cell) => [cellKey(cell.options), cell.value])),
      }).toEqual({ code: summary.indicator.code, ...expectedIndicatorFigures.get(summary.indicator.id) });
    }
    // 2017: MOE 320 + 260 and MOH 20 + 25 summed; the coverage averaged
    const pupils = (await service.indicatorSummary({ planId, periodId: periods['2017'] })).find((s) => s.indicator.id === countId);
    expect(pupils).toMatchObject({ value: 625, breakdown: [{ options: ['sex:female'], value: 340 }, { options: ['sex:male'], value: 285 }] });
    const coverage = (await service.indicatorSummary({ planId, periodId: periods['2017'], organizationId: mohId })).find((s) => s.indicator.id === shareId);
    expect(coverage?.value).toBe(70);
  }, 180_000);

  it('stay equal under concurrent submissions and reviews of one organisation', async () => {
    const assignments = await app.sql<{ measure_id: string }>(
      `SELECT a.measure_id FROM assignment a JOIN measure m ON m.id = a.measure_id
       WHERE m.plan_id = $1 AND a.organization_id = $2 AND a.measure_id <> $3 ORDER BY m.code LIMIT 6`,
      [planId, moeId, measureId],
    );
    expect(assignments.length).toBeGreaterThan(2);
    const ids: string[] = [];
    for (const a of assignments) {
      ids.push((await save(moe, { measureId: a.measure_id, periodId: periods['2018'], organizationId: moeId, implementationStatus: 'IN_PROGRESS', percentComplete: 50 })).id);
    }
    await Promise.all(ids.map((id) => act('submit', id, moe)));
    await Promise.all(ids.map((id) => act('accept', id, coordinator)));
    await expectReconciled('concurrent');
    expect((await service.reportingCompliance({ planId, periodId: periods['2018'], organizationId: moeId })).total).toMatchObject({ onTime: 1 + ids.length, accepted: 1 + ids.length });
  }, 120_000);

  it('stay equal when a measure that is not running is reported anyway, and under submissions, returns and acceptances of one organisation at once', async () => {
    const [{ id: sectionId }] = await app.sql<{ id: string }>(`SELECT id FROM plan_section WHERE plan_id = $1 AND code = '2'`, [planId]);
    // A measure of 2016 only: 2018 expects nothing of it, but MOE reports on it all the same.
    const ended = (
      await ok<{ createMeasure: { id: string } }>(
        `mutation($i: CreateMeasureInput!) { createMeasure(input: $i) { id } }`,
        { i: { sectionId, code: '2.97', titleAz: 'Valideynlər üçün seminarlar', titleEn: 'Seminars for parents', startDate: '2016-01-01', dueDate: '2016-12-31', weight: 1 } },
        coordinator,
      )
    ).createMeasure.id;
    await ok(`mutation($m: ID!, $o: ID!) { assignMeasure(measureId: $m, organizationId: $o, role: LEAD) { id } }`, { m: ended, o: moeId }, coordinator);
    const compliance2018 = async () => (await service.reportingCompliance({ planId, periodId: periods['2018'], organizationId: moeId })).total;
    const before = await compliance2018();
    const extra = await save(moe, { measureId: ended, periodId: periods['2018'], organizationId: moeId, implementationStatus: 'IN_PROGRESS', percentComplete: 10 });
    expect(await compliance2018()).toMatchObject({ expected: before.expected, missing: before.missing });
    await act('submit', extra.id, moe);
    await expectReconciled('not running, submitted');
    expect(await compliance2018()).toMatchObject({ expected: before.expected + 1, onTime: before.onTime + 1, missing: before.missing });

    // Drafts of MOE's other assignments wherever 2018 or 2019 has no report yet.
    const open = await app.sql<{ measure_id: string; period_id: string }>(
      `SELECT a.measure_id, p.id AS period_id FROM assignment a JOIN measure m ON m.id = a.measure_id
       JOIN reporting_period p ON p.id = ANY($3::uuid[])
       WHERE m.plan_id = $1 AND a.organization_id = $2
         AND NOT EXISTS (SELECT 1 FROM progress_report r WHERE r.assignment_id = a.id AND r.period_id = p.id)
       ORDER BY m.code, p.start_date LIMIT 16`,
      [planId, moeId, [periods['2018'], periods['2019']]],
    );
    expect(open.length).toBeGreaterThan(5);
    const drafts: string[] = [];
    for (const o of open) {
      drafts.push((await save(moe, { measureId: o.measure_id, periodId: o.period_id, organizationId: moeId, implementationStatus: 'IN_PROGRESS', percentComplete: 20 })).id);
    }
    const [first, rest] = [drafts.filter((_, i) => i % 2 === 0), drafts.filter((_, i) => i % 2 === 1)];
    await Promise.all(first.map((id) => act('submit', id, moe)));
    // At once: the other half submitted, the first half returned or accepted (an acceptance
    // recomputes the organisation's later periods while submissions move them).
    await Promise.all([
      ...rest.map((id) => act('submit', id, moe)),
      ...first.map((id, i) => act(i % 2 === 0 ? 'accept' : 'return', id, coordinator)),
    ]);
    await expectReconciled('submitted, returned and accepted at once');
    // Returned reports resubmitted: still on time, awaiting review again.
    await Promise.all(first.filter((_, i) => i % 2 === 1).map((id) => act('submit', id, moe)));
    await expectReconciled('resubmitted');
  }, 180_000);

  it('npm run rollups:reconcile names a tampered row, leaves it with --dry-run and fixes it without', async () => {
    const [row] = await app.sql<{ period_id: string; organization_id: string; on_time: number }>(
      `SELECT period_id, organization_id, on_time FROM rollup_organization_compliance WHERE period_id = $1 AND organization_id = $2`,
      [periods['2018'], moeId],
    );
    await app.sql(`UPDATE rollup_organization_compliance SET on_time = on_time + 5 WHERE period_id = $1 AND organization_id = $2`, [row.period_id, row.organization_id]);
    const [gone] = await app.sql<{ period_id: string; assignment_id: string }>(
      `DELETE FROM rollup_assignment_progress WHERE period_id = $1 RETURNING period_id, assignment_id`,
      [periods['2019']],
    );
    const reconcile = (...args: string[]) =>
      run('node', ['-r', './tools/ts-run.cjs', 'tools/scripts/rollups-reconcile.ts', ...args], { cwd: ROOT, env: { ...process.env, DATABASE_URL: app.databaseUrl } }).then(
        (r) => ({ code: 0, out: r.stdout + r.stderr }),
        (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, out: e.stdout + e.stderr }),
      );

    const dry = await reconcile('--dry-run');
    expect(dry.code).toBe(1);
    expect(dry.out).toContain(`compliance period_id=${row.period_id} organization_id=${row.organization_id}: stored`);
    expect(dry.out).toContain(`"on_time":${row.on_time + 5}`);
    expect(dry.out).toContain(`progress period_id=${gone.period_id} assignment_id=${gone.assignment_id}: missing`);
    expect(dry.out).toMatch(/difference\(s\) \(progress [1-9]\d*, compliance 1, indicators 0\) found; nothing changed/);
    expect((await differences()).length).toBeGreaterThan(1);

    const fix = await reconcile();
    expect(fix.code).toBe(1);
    expect(fix.out).toContain('found and fixed');
    expect(await differences()).toEqual([]);
    const again = await reconcile();
    expect({ code: again.code, out: again.out }).toEqual({ code: 0, out: expect.stringContaining('0 differences') });
  }, 120_000);

  it('indicatorSummaryPage pages in the order of the full list and counts the total; indicatorSummary gives the same slice as a list; pages over 200 are refused', async () => {
    const auditor = await app.login('auditor@demo.local');
    const all = await service.indicatorSummary({ planId, periodId: periods['2018'] });
    const PAGE = `query($p: ID!, $q: ID!, $page: PageInput) { indicatorSummaryPage(planId: $p, periodId: $q, page: $page) { total items { indicator { id } value } } }`;
    const LIST = `query($p: ID!, $q: ID!, $page: PageInput) { indicatorSummary(planId: $p, periodId: $q, page: $page) { indicator { id } value } }`;
    type Page = { indicatorSummaryPage: { total: number; items: { indicator: { id: string }; value: number | null }[] } };
    type List = { indicatorSummary: { indicator: { id: string }; value: number | null }[] };
    const seen: string[] = [];
    for (let offset = 0; offset < all.length; offset += 7) {
      const res = await app.gql<Page>(PAGE, { p: planId, q: periods['2018'], page: { offset, limit: 7 } }, auditor);
      expect(res.errors).toBeUndefined();
      expect(res.data?.indicatorSummaryPage.total).toBe(all.length);
      // the plan's data version, one scope check and one statement for the page
      expect(res.sqlStatements).toBeLessThanOrEqual(3);
      seen.push(...(res.data?.indicatorSummaryPage.items ?? []).map((i) => i.indicator.id));
      const slice = await app.gql<List>(LIST, { p: planId, q: periods['2018'], page: { offset, limit: 7 } }, auditor);
      expect(slice.data?.indicatorSummary).toEqual(res.data?.indicatorSummaryPage.items);
    }
    expect(seen).toEqual(all.map((s) => s.indicator.id));
    const first = await app.gql<Page>(PAGE, { p: planId, q: periods['2018'] }, auditor);
    expect(first.data?.indicatorSummaryPage.items).toHaveLength(Math.min(50, all.length));
    const whole = await app.gql<List>(LIST, { p: planId, q: periods['2018'] }, auditor);
    expect(whole.data?.indicatorSummary.map((i) => i.indicator.id)).toEqual(all.map((s) => s.indicator.id));
    const beyond = await app.gql<Page>(PAGE, { p: planId, q: periods['2018'], page: { offset: all.length + 10, limit: 10 } }, auditor);
    expect(beyond.data?.indicatorSummaryPage).toEqual({ total: all.length, items: [] });
    for (const query of [PAGE, LIST]) {
      const tooMany = await app.gql(query, { p: planId, q: periods['2018'], page: { offset: 0, limit: 201 } }, auditor);
      expect(errorCode(tooMany)).toBe('BAD_USER_INPUT');
      expect(tooMany.errors?.[0]?.extensions?.fields?.map((f) => f.field)).toContain('page.limit');
    }
  });
});
