import { IndicatorUnit, RagStatus, parseCell, cellKey } from '@nap/domain';
import { errorCode, startTestApp, type TestApp } from '../test/test-app';
import { CompletionService, type IndicatorFigures, type PlanFigures, type SectionFigures } from './completion.service';
import { expectedCompliance, expectedIndicators, expectedPlanCompletion, readRawPlan, type RawPlan } from './testing/domain-figures';
import { generatePlan, type GeneratedPlan } from './testing/generated-plan';

// COMPLETION_SEED replays another data set (a failure prints the seed in the test name).
const SEED = Number(process.env['COMPLETION_SEED'] ?? 20161231);

function flatten(sections: readonly SectionFigures[]): SectionFigures[] {
  return sections.flatMap((section) => [section, ...flatten(section.children)]);
}

function actualFigures(figures: PlanFigures) {
  return {
    percent: figures.percent,
    measures: new Map(
      figures.measures.map((m) => [
        m.measureId,
        {
          completion: m.completion,
          expectedProgress: m.expectedProgress,
          rag: m.rag,
          implementationStatus: m.implementationStatus,
          cancelled: m.cancelled,
          overdue: m.overdue,
          reported: m.reported,
          assignmentCount: m.assignmentCount,
        },
      ]),
    ),
    sections: new Map(flatten(figures.bySection).map((s) => [s.id, { percent: s.percent, measureCount: s.measureCount }])),
    organizations: new Map(figures.byOrganization.map((o) => [o.id, { percent: o.percent, assignmentCount: o.assignmentCount }])),
    byStatus: Object.fromEntries(figures.byStatus.filter((s) => s.count > 0).map((s) => [s.status, s.count])),
    byRag: Object.fromEntries(figures.byRag.filter((r) => r.count > 0).map((r) => [r.rag, r.count])),
  };
}

/** No disaggregated count from 1 to `threshold` is visible, nor derivable from a table or line with one hidden cell. */
function expectNothingSmallReadable(summaries: readonly IndicatorFigures[], threshold = 4): void {
  for (const summary of summaries.filter((s) => s.indicator.unit === IndicatorUnit.COUNT)) {
    for (const cell of summary.breakdown) {
      if (!cell.suppressed) expect(cell.value === null || cell.value === 0 || cell.value > threshold).toBe(true);
      else expect(cell.value).toBeNull();
    }
    const groups = new Map<string, typeof summary.breakdown>();
    for (const cell of summary.breakdown) {
      const dims = cell.options.map((o) => parseCell(o)?.dimension).sort();
      const add = (key: string) => groups.set(key, [...(groups.get(key) ?? []), cell]);
      add(`table:${dims.join('|')}`);
      // each line of a cross table: fix all options but one
      cell.options.forEach((_, free) => add(`line:${dims.join('|')}:${cell.options.filter((__, i) => i !== free).sort().join('|')}`));
    }
    for (const [key, cells] of groups) {
      if (key.startsWith('line:') && cells.length < 2) continue;
      const hidden = cells.filter((c) => c.suppressed).length;
      // one hidden cell of a group is its total minus the others: never allowed
      expect({ indicator: summary.indicator.code, group: key, hidden: hidden === 1 }).toEqual({
        indicator: summary.indicator.code,
        group: key,
        hidden: false,
      });
    }
  }
}

describe(`completion figures: the SQL aggregation agrees with @nap/domain on a generated plan (seed ${SEED})`, () => {
  let app: TestApp;
  let service: CompletionService;
  let plan: GeneratedPlan;
  let raw: RawPlan;

  beforeAll(async () => {
    app = await startTestApp();
    plan = await generatePlan(app.sql, SEED, 240, 60); // more indicators than a default page of 50
    raw = await readRawPlan(app.sql, plan.planId);
    service = app.running.app.get(CompletionService);
  }, 120_000);
  afterAll(() => app?.close());

  it('has the variety the rules need', () => {
    expect(raw.measures.length).toBeGreaterThanOrEqual(200);
    const statuses = new Set(raw.reports.map((r) => `${r.status}/${r.implementation_status}`));
    for (const s of ['ACCEPTED/CANCELLED', 'ACCEPTED/COMPLETED', 'ACCEPTED/DELAYED', 'DRAFT/IN_PROGRESS', 'RETURNED/IN_PROGRESS']) {
      expect(statuses).toContain(s);
    }
    expect(raw.assignments.some((a) => a.role === 'PARTNER')).toBe(true);
    expect(raw.reports.some((r) => r.status === 'ACCEPTED' && r.implementation_status === 'COMPLETED' && r.percent_complete < 100)).toBe(true);
    expect(new Set(raw.measures.map((m) => m.weight)).size).toBeGreaterThan(3);
    expect(raw.sections.some((s) => s.parent_id !== null)).toBe(true);
  });

  it.each([0, 1, 2, 3])('plan, every section, organisation and measure as of period %i', async (index) => {
    const periodId = plan.periods[index].id;
    const actual = actualFigures(await service.planCompletion({ planId: plan.planId, periodId }));
    const expected = expectedPlanCompletion(raw, periodId);
    expect(actual.measures.size).toBe(plan.measureCount);
    expect(actual.percent).toBe(expected.percent);
    expect(actual.measures).toEqual(expected.measures);
    expect(actual.sections).toEqual(expected.sections);
    expect(actual.organizations).toEqual(expected.organizations);
    expect(actual.byStatus).toEqual(expected.byStatus);
    expect(actual.byRag).toEqual(expected.byRag);
    // the data exercise every colour and cancelled measures
    expect(Object.keys(expected.byRag).sort()).toEqual([RagStatus.AMBER, RagStatus.GREEN, RagStatus.RED].sort());
    expect([...expected.measures.values()].some((m) => m.cancelled)).toBe(true);
  });

  it('the same with a section filter and with an organisation filter', async () => {
    const periodId = plan.periods[3].id;
    for (const sectionId of plan.topSectionIds) {
      const actual = actualFigures(await service.planCompletion({ planId: plan.planId, periodId, sectionId }));
      const expected = expectedPlanCompletion(raw, periodId, { sectionId });
      expect(actual).toEqual(expected);
    }
    for (const organizationId of plan.organizationIds.slice(0, 4)) {
      const actual = actualFigures(await service.planCompletion({ planId: plan.planId, periodId, organizationId }));
      expect(actual).toEqual(expectedPlanCompletion(raw, periodId, { organizationId }));
      expect([...actual.organizations.keys()]).toEqual([organizationId]);
    }
  });

  it.each([0, 1, 2, 3])('reporting compliance of every organisation in period %i', async (index) => {
    const periodId = plan.periods[index].id;
    const actual = await service.reportingCompliance({ planId: plan.planId, periodId });
    const expected = expectedCompliance(raw, periodId);
    expect(
      new Map(
        actual.byOrganization.map((o) => [
          o.organizationId,
          { expected: o.expected, onTime: o.onTime, late: o.late, missing: o.missing, timelinessPercent: o.timelinessPercent },
        ]),
      ),
    ).toEqual(expected);
    const totals = [...expected.values()].reduce((t, o) => ({ expected: t.expected + o.expected, onTime: t.onTime + o.onTime }), {
      expected: 0,
      onTime: 0,
    });
    expect(actual.total).toMatchObject(totals);
    for (const o of actual.byOrganization) expect(o.submitted).toBe(o.onTime + o.late);
  });

  it.each([1, 2, 3])('indicator values, targets, changes and breakdowns in period %i', async (index) => {
    const periodId = plan.periods[index].id;
    const previous = plan.periods[index - 1];
    const actual = await service.indicatorSummary({ planId: plan.planId, periodId });
    const expected = expectedIndicators(raw, periodId, previous.id);
    expect(actual).toHaveLength(raw.indicators.length);
    for (const summary of actual) {
      expect(summary.previousPeriodId).toBe(previous.id);
      expect(summary.previousPeriodLabel).toBe(previous.label);
      expect({
        value: summary.value,
        previousValue: summary.previousValue,
        change: summary.change,
        changePercent: summary.changePercent,
        percentOfTarget: summary.percentOfTarget,
        breakdown: new Map(summary.breakdown.map((cell) => [cellKey(cell.options), cell.value])),
      }).toEqual(expected.get(summary.indicator.id));
    }
  });

  it('the first period has no previous one to compare with', async () => {
    const [first] = await service.indicatorSummary({ planId: plan.planId, periodId: plan.periods[0].id });
    expect(first).toMatchObject({ previousPeriodId: null, previousValue: null, change: null, changePercent: null });
  });

  it('suppression hides every count from 1 to 4 and each cell that would reveal one', async () => {
    let hiddenCells = 0;
    for (const period of plan.periods) {
      const open = await service.indicatorSummary({ planId: plan.planId, periodId: period.id });
      const suppressed = await service.indicatorSummary({ planId: plan.planId, periodId: period.id }, true);
      expectNothingSmallReadable(suppressed);
      suppressed.forEach((summary, i) => {
        expect(summary.value).toBe(open[i].value); // totals stay
        summary.breakdown.forEach((cell, j) => {
          if (cell.suppressed) hiddenCells += 1;
          else expect(cell.value).toBe(open[i].breakdown[j].value);
        });
      });
    }
    expect(hiddenCells).toBeGreaterThan(0);
  });

  it('over GraphQL: the same figures, in a constant number of SQL statements', async () => {
    const token = await app.login('auditor@demo.local');
    const periodId = plan.periods[3].id;
    const res = await app.gql<{ planCompletion: { percent: number; measures: { measureId: string; completion: number | null; rag: string }[] } }>(
      `query($p: ID!, $q: ID!) { planCompletion(planId: $p, periodId: $q) { percent measures { measureId completion rag }
         bySection { id children { id children { id } } } byOrganization { id percent } byStatus { status count } byRag { rag count } } }`,
      { p: plan.planId, q: periodId },
      token,
    );
    expect(res.errors).toBeUndefined();
    const expected = expectedPlanCompletion(raw, periodId);
    expect(res.data?.planCompletion.percent).toBe(expected.percent);
    for (const m of res.data?.planCompletion.measures ?? []) {
      expect({ completion: m.completion, rag: m.rag }).toEqual({
        completion: expected.measures.get(m.measureId)?.completion,
        rag: expected.measures.get(m.measureId)?.rag,
      });
    }
    // 240 measures, 9 organisations: the plan's data version, one scope check and one aggregation, not a query per item
    expect(res.sqlStatements).toBeLessThanOrEqual(3);
  });

  it('indicatorSummary without a page lists every indicator in scope (the contract), the pages of indicatorSummaryPage put together', async () => {
    const token = await app.login('auditor@demo.local');
    const periodId = plan.periods[3].id;
    const FIELDS = `indicator { id code } measureCode value target previousValue change changePercent suppressed breakdown { options value suppressed }`;
    const list = await app.gql<{ indicatorSummary: IndicatorFigures[] }>(
      `query($p: ID!, $q: ID!) { indicatorSummary(planId: $p, periodId: $q, suppressSmallCounts: true) { ${FIELDS} } }`,
      { p: plan.planId, q: periodId },
      token,
    );
    expect(list.errors).toBeUndefined();
    const all = list.data?.indicatorSummary ?? [];
    expect(all).toHaveLength(raw.indicators.length);
    expect(all.length).toBeGreaterThan(50);
    const PAGE = `query($p: ID!, $q: ID!, $page: PageInput) { indicatorSummaryPage(planId: $p, periodId: $q, suppressSmallCounts: true, page: $page) { total items { ${FIELDS} } } }`;
    type Page = { indicatorSummaryPage: { total: number; items: IndicatorFigures[] } };
    const pages: IndicatorFigures[] = [];
    for (let offset = 0; offset < all.length; offset += 50) {
      const res = await app.gql<Page>(PAGE, { p: plan.planId, q: periodId, page: { offset, limit: 50 } }, token);
      expect(res.errors).toBeUndefined();
      expect(res.data?.indicatorSummaryPage.total).toBe(all.length);
      pages.push(...(res.data?.indicatorSummaryPage.items ?? []));
    }
    expect(pages).toEqual(all);
    // without a page, indicatorSummaryPage is the first 50
    const first = await app.gql<Page>(PAGE, { p: plan.planId, q: periodId }, token);
    expect(first.data?.indicatorSummaryPage).toEqual({ total: all.length, items: all.slice(0, 50) });
  });
});

describe('completion queries on the demo plan (2016 annual report)', () => {
  let app: TestApp;
  let planId: string;
  let period2016: string;
  let period2015: string;
  let auditor: string;

  const SUMMARY = `query($p: ID!, $q: ID!, $s: Boolean) { indicatorSummary(planId: $p, periodId: $q, suppressSmallCounts: $s) {
    indicator { id code nameAz nameEn unit currency combineRule } measureCode value target percentOfTarget
    previousPeriodId previousPeriodLabel previousValue change changePercent suppressed breakdown { options value suppressed } } }`;
  type Summary = IndicatorFigures;
  type SummaryList = { indicatorSummary: Summary[] };

  beforeAll(async () => {
    app = await startTestApp();
    auditor = await app.login('auditor@demo.local');
    [{ id: planId }] = await app.sql<{ id: string }>(`SELECT id FROM action_plan WHERE code = 'NAP-THB-2014-2016'`);
    const periods = await app.sql<{ id: string; label: string }>(`SELECT id, label FROM reporting_period WHERE plan_id = $1`, [planId]);
    period2016 = periods.find((p) => p.label === '2016')?.id as string;
    period2015 = periods.find((p) => p.label === '2015')?.id as string;
  });
  afterAll(() => app?.close());

  const byCode = (summaries: Summary[], code: string): Summary => {
    const found = summaries.find((s) => s.indicator.code === code);
    if (!found) throw new Error(`${code} missing`);
    return found;
  };

  it('indicatorSummary 2016: 147 crimes (+34, +30.1 %), 15 groups (+2), 70 victims 69/1 by sex and citizenship, 38 prosecuted = 31 + 7', async () => {
    const res = await app.gql<SummaryList>(SUMMARY, { p: planId, q: period2016 }, auditor);
    expect(res.errors).toBeUndefined();
    const summaries = res.data?.indicatorSummary ?? [];
    const [{ count }] = await app.sql<{ count: number }>(
      `SELECT count(*)::int AS count FROM indicator i JOIN measure m ON m.id = i.measure_id WHERE m.plan_id = $1`,
      [planId],
    );
    expect(summaries).toHaveLength(count);
    expect(byCode(summaries, 'CRIMES_DETECTED')).toMatchObject({
      value: 147,
      previousValue: 113,
      previousPeriodId: period2015,
      previousPeriodLabel: '2015',
      change: 34,
      changePercent: 30.1,
      target: 120,
      percentOfTarget: 122.5,
      indicator: { unit: 'COUNT', combineRule: 'SUM', nameEn: 'Trafficking and forced-labour crimes detected' },
    });
    expect(byCode(summaries, 'CRIMINAL_GROUPS_NEUTRALISED')).toMatchObject({ value: 15, previousValue: 13, change: 2 });
    const victims = byCode(summaries, 'VICTIMS_IDENTIFIED');
    expect(victims.value).toBe(70);
    expect(victims.breakdown).toEqual([
      { options: ['sex:female'], value: 69, suppressed: false },
      { options: ['sex:male'], value: 1, suppressed: false },
      { options: ['citizenship:national'], value: 69, suppressed: false },
      { options: ['citizenship:foreign'], value: 1, suppressed: false },
    ]);
    expect(byCode(summaries, 'PERSONS_PROSECUTED')).toMatchObject({
      value: 38,
      breakdown: [
        { options: ['sex:female'], value: 31, suppressed: false },
        { options: ['sex:male'], value: 7, suppressed: false },
      ],
    });
    // natural order of measure codes: 3.2 before 3.10
    const codes = summaries.map((s) => s.measureCode);
    expect(codes.indexOf('3.2')).toBeLessThan(codes.indexOf('3.10'));
  });

  it('with suppression, "1 man" and "1 foreign victim" and their complements are hidden; totals stay', async () => {
    const res = await app.gql<SummaryList>(SUMMARY, { p: planId, q: period2016, s: true }, auditor);
    const summaries = res.data?.indicatorSummary ?? [];
    const victims = byCode(summaries, 'VICTIMS_IDENTIFIED');
    expect(victims).toMatchObject({ value: 70, suppressed: true });
    expect(victims.breakdown.every((cell) => cell.suppressed && cell.value === null)).toBe(true);
    expect(byCode(summaries, 'PERSONS_PROSECUTED').breakdown.map((c) => c.value)).toEqual([31, 7]);
    expectNothingSmallReadable(summaries);
  });

  it('planCompletion 2016: overall, tree, organisations, counts; focal points may read it', async () => {
    const focal = await app.login('focal.moe@demo.local');
    const res = await app.gql<{ planCompletion: PlanFigures }>(
      `query($p: ID!, $q: ID!) { planCompletion(planId: $p, periodId: $q) { asOf percent measureCount cancelledCount
        bySection { code percent measureCount } byOrganization { code percent } byStatus { status count } byRag { rag count }
        measures { code completion rag cancelled overdue expectedProgress dueDate implementationStatus } } }`,
      { p: planId, q: period2016 },
      focal,
    );
    expect(res.errors).toBeUndefined();
    const figures = res.data?.planCompletion as PlanFigures;
    expect(figures).toMatchObject({ asOf: '2016-12-31', measureCount: 52, cancelledCount: 1 });
    expect(figures.bySection.map((s) => s.code)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    expect(figures.byStatus.reduce((n, s) => n + s.count, 0)).toBe(52);
    expect(figures.byRag.reduce((n, s) => n + s.count, 0)).toBe(51); // the cancelled measure has no place in the counts
    expect(figures.measures.find((m) => m.code === '3.12')).toMatchObject({ cancelled: true });
    expect(figures.percent).toBeGreaterThan(90);
  });

  it('reportingCompliance: per organisation and a total; a focal point sees only its own', async () => {
    const res = await app.gql<{ reportingCompliance: { total: { expected: number; onTime: number; late: number; missing: number }; byOrganization: { code: string }[] } }>(
      `query($p: ID!, $q: ID!) { reportingCompliance(planId: $p, periodId: $q) { total { expected onTime late missing submitted timelinessPercent }
        byOrganization { code expected onTime late missing timelinessPercent } } }`,
      { p: planId, q: period2016 },
      auditor,
    );
    expect(res.errors).toBeUndefined();
    const total = res.data?.reportingCompliance.total;
    expect(total?.expected).toBe(121);
    expect((total?.onTime ?? 0) + (total?.late ?? 0) + (total?.missing ?? 0)).toBe(121);
    expect(res.data?.reportingCompliance.byOrganization.length).toBeGreaterThan(15);

    const focal = await app.login('focal.moe@demo.local');
    const own = await app.gql<{ reportingCompliance: { byOrganization: { code: string }[] } }>(
      `query($p: ID!, $q: ID!) { reportingCompliance(planId: $p, periodId: $q) { byOrganization { code } } }`,
      { p: planId, q: period2016 },
      focal,
    );
    expect(own.data?.reportingCompliance.byOrganization.map((o) => o.code)).toEqual(['MOE']);
    const [{ id: mohId }] = await app.sql<{ id: string }>(`SELECT id FROM organization WHERE code = 'MOH'`);
    const other = await app.gql(
      `query($p: ID!, $q: ID!, $o: ID) { reportingCompliance(planId: $p, periodId: $q, organizationId: $o) { total { expected } } }`,
      { p: planId, q: period2016, o: mohId },
      focal,
    );
    expect(errorCode(other)).toBe('FORBIDDEN');
  });

  it('refuses bad input, unknown ids and anonymous callers with the documented codes', async () => {
    const q = `query($p: ID!, $q: ID!) { planCompletion(planId: $p, periodId: $q) { percent } }`;
    expect(errorCode(await app.gql(q, { p: planId, q: period2016 }))).toBe('UNAUTHENTICATED');
    const bad = await app.gql(q, { p: 'not-a-uuid', q: period2016 }, auditor);
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.extensions?.fields?.[0]?.field).toBe('planId');
    expect(errorCode(await app.gql(q, { p: planId, q: '00000000-0000-4000-8000-000000000000' }, auditor))).toBe('NOT_FOUND');
  });
});
