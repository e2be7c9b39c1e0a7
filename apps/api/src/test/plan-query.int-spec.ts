import { startTestApp, type TestApp } from './test-app';

const PLAN_TREE = `query($id: ID!, $period: ID!) {
  plan(id: $id) {
    id code titleAz
    sections { id code titleAz parentId }
    reportingPeriods { id label status }
    measures {
      id code titleAz titleEn dueDate weight
      indicators { id code nameAz target dimensions { code options } }
      assignments {
        id role
        organization { id code nameAz parent { code } }
        report(periodId: $period) { id status implementationStatus percentComplete indicatorValues { indicatorId value breakdown { options value } } }
      }
    }
  }
}`;

describe('plan query', () => {
  let app: TestApp;
  let auditor: string;
  let coordinator: string;
  let planId: string;
  let periodId: string;

  beforeAll(async () => {
    app = await startTestApp();
    [auditor, coordinator] = await Promise.all([app.login('auditor@demo.local'), app.login('coordinator@demo.local')]);
    planId = (await app.sql<{ id: string }>('SELECT id FROM action_plan LIMIT 1'))[0].id;
    periodId = (await app.sql<{ id: string }>(`SELECT id FROM reporting_period WHERE label = '2016'`))[0].id;
  });
  afterAll(() => app?.close());

  it('shows the demo plan with the 2016 report’s figures in its accepted indicator values', async () => {
    const res = await app.gql<{ plan: { measures: { code: string; indicators: { id: string; code: string; nameAz: string }[]; assignments: { role: string; report: { status: string; indicatorValues: { indicatorId: string; value: number; breakdown: { options: string[]; value: number }[] }[] } | null }[] }[]; sections: unknown[] } }>(
      PLAN_TREE,
      { id: planId, period: periodId },
      auditor,
    );
    expect(res.errors).toBeUndefined();
    const plan = res.data!.plan;
    expect(plan.sections).toHaveLength(7);
    expect(plan.measures.length).toBeGreaterThanOrEqual(30);
    const values = new Map<string, { value: number; breakdown: { options: string[]; value: number }[] }>();
    for (const m of plan.measures) {
      for (const a of m.assignments) {
        for (const v of a.report?.indicatorValues ?? []) {
          const ind = m.indicators.find((i) => i.id === v.indicatorId)!;
          values.set(ind.nameAz, v);
        }
      }
    }
    const all = [...values.values()].map((v) => v.value);
    expect(all).toEqual(expect.arrayContaining([147, 38, 15, 70, 153000, 5523]));
    const prosecuted = [...values.values()].find((v) => v.value === 38 && v.breakdown.length > 0)!;
    expect(prosecuted.breakdown).toEqual(expect.arrayContaining([{ options: ['sex:female'], value: 31 }, { options: ['sex:male'], value: 7 }]));
    const victims = [...values.values()].find((v) => v.value === 70 && v.breakdown.length > 0)!;
    expect(victims.breakdown).toEqual(
      expect.arrayContaining([
        { options: ['sex:female'], value: 69 },
        { options: ['sex:male'], value: 1 },
        { options: ['citizenship:national'], value: 69 },
        { options: ['citizenship:foreign'], value: 1 },
      ]),
    );
  });

  it('issues the same number of SQL statements whatever the number of measures (DataLoaders, no N+1)', async () => {
    const before = await app.gql(PLAN_TREE, { id: planId, period: periodId }, auditor);
    expect(before.errors).toBeUndefined();
    const measureCount = Number((await app.sql<{ n: string }>('SELECT count(*) AS n FROM measure WHERE plan_id = $1', [planId]))[0].n);
    expect(measureCount).toBeGreaterThanOrEqual(30);

    // Add 40 more measures, each with an assignment and an indicator.
    const section = (await app.sql<{ id: string }>(`SELECT id FROM plan_section WHERE plan_id = $1 AND code = '5'`, [planId]))[0].id;
    const org = (await app.sql<{ id: string }>(`SELECT id FROM organization WHERE code = 'SBS'`))[0].id;
    for (let i = 1; i <= 40; i++) {
      const m = await app.gql<{ createMeasure: { id: string } }>(
        `mutation($i: CreateMeasureInput!) { createMeasure(input: $i) { id } }`,
        { i: { sectionId: section, code: `5.${100 + i}`, titleAz: `Sərhəd xidməti üçün kurs ${i}`, titleEn: `Border course ${i}`, startDate: '2016-01-01', dueDate: '2016-12-31' } },
        coordinator,
      );
      await app.gql(`mutation($m: ID!, $o: ID!) { assignMeasure(measureId: $m, organizationId: $o, role: LEAD) { id } }`, { m: m.data!.createMeasure.id, o: org }, coordinator);
      await app.gql(
        `mutation($i: CreateIndicatorInput!) { createIndicator(input: $i) { id } }`,
        { i: { measureId: m.data!.createMeasure.id, nameAz: 'Kursantlar', nameEn: 'Trainees', unit: 'COUNT', combineRule: 'SUM' } },
        coordinator,
      );
    }
    const after = await app.gql<{ plan: { measures: unknown[] } }>(PLAN_TREE, { id: planId, period: periodId }, auditor);
    expect(after.data!.plan.measures).toHaveLength(measureCount + 40);
    expect(after.sqlStatements).toBe(before.sqlStatements);
    // plan, sections, periods, measures, indicators, assignments, organisations, parents, reports, values
    expect(after.sqlStatements).toBeLessThanOrEqual(10);
  });
});
