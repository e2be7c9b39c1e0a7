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
    // plan; sections + periods + measures; assignments (with organisations and parents) + indicators; reports; values
    expect(after.sqlStatements).toBeLessThanOrEqual(5);
  });

  describe('the plan screen (the bench’s plan tree)', () => {
    let focalMoe: string;
    let moeId: string;
    const changed: { id: string; status: string }[] = [];

    beforeAll(async () => {
      focalMoe = await app.login('focal.moe@demo.local');
      moeId = (await app.sql<{ id: string }>(`SELECT id FROM organization WHERE code = 'MOE'`))[0].id;
      // The seed accepts every report: make some not accepted, of MoE and of others.
      const rows = await app.sql<{ id: string; own: boolean }>(
        `SELECT r.id, r.organization_id = $2 AS own FROM progress_report r WHERE r.period_id = $1 ORDER BY r.organization_id = $2 DESC, r.id`,
        [periodId, moeId],
      );
      const own = rows.filter((r) => r.own);
      const others = rows.filter((r) => !r.own);
      expect(own.length).toBeGreaterThanOrEqual(2);
      expect(others.length).toBeGreaterThanOrEqual(2);
      changed.push({ id: own[0].id, status: 'SUBMITTED' }, { id: own[1].id, status: 'DRAFT' }, { id: others[0].id, status: 'RETURNED' }, { id: others[1].id, status: 'SUBMITTED' });
      for (const c of changed) await app.sql(`UPDATE progress_report SET status = $2 WHERE id = $1`, [c.id, c.status]);
    });

    type Tree = {
      plan: {
        id: string;
        sections: { id: string; code: string; parentId: string | null }[];
        reportingPeriods: { id: string; label: string; status: string; closedAt: string | null }[];
        measures: {
          id: string;
          code: string;
          titleEn: string;
          dueDate: string;
          weight: number;
          plannedBudget: number | null;
          tags: string[];
          assignments: {
            id: string;
            role: string;
            organization: { id: string; code: string; nameAz: string; nameEn: string; type: string; parentId: string | null; parent: { code: string } | null };
            report: { id: string; status: string; implementationStatus: string; percentComplete: number; narrativeAz: string | null; submittedAt: string | null } | null;
          }[];
        }[];
      };
    };
    const TREE = `query($id: ID!, $period: ID!) {
      plan(id: $id) {
        id
        sections { id code parentId }
        reportingPeriods { id label status closedAt }
        measures {
          id code titleEn dueDate weight plannedBudget tags
          assignments {
            id role
            organization { id code nameAz nameEn type parentId parent { code } }
            report(periodId: $period) { id status implementationStatus percentComplete narrativeAz submittedAt }
          }
        }
      }
    }`;

    async function expected() {
      const reports = await app.sql<{ assignment_id: string; id: string; status: string; organization_id: string; implementation_status: string; percent_complete: string; narrative_az: string | null; submitted_at: Date | null }>(
        `SELECT assignment_id, id, status, organization_id, implementation_status, percent_complete, narrative_az, submitted_at FROM progress_report WHERE period_id = $1`,
        [periodId],
      );
      return new Map(reports.map((r) => [r.assignment_id, r]));
    }

    it('reads every field as the tables hold it, in the API’s order, in 3 statements', async () => {
      const res = await app.gql<Tree>(TREE, { id: planId, period: periodId }, coordinator);
      expect(res.errors).toBeUndefined();
      // plan; sections + periods + measures; assignments with their organisations, parents and reports
      expect(res.sqlStatements).toBe(3);
      const plan = res.data!.plan;

      const sections = await app.sql<{ id: string; parent_id: string | null }>(`SELECT id, parent_id FROM plan_section WHERE plan_id = $1 ORDER BY sort_order, code`, [planId]);
      expect(plan.sections.map((s) => [s.id, s.parentId])).toEqual(sections.map((s) => [s.id, s.parent_id]));

      const periods = await app.sql<{ id: string; status: string; closed_at: Date | null }>(`SELECT id, status, closed_at FROM reporting_period WHERE plan_id = $1 ORDER BY start_date`, [planId]);
      expect(plan.reportingPeriods.map((p) => [p.id, p.status, p.closedAt])).toEqual(periods.map((p) => [p.id, p.status, p.closed_at ? p.closed_at.toISOString() : null]));

      const measures = await app.sql<{ id: string; code: string; title_en: string; due: string; weight: string; planned_budget: string | null; tags: string[] }>(
        `SELECT id, code, title_en, to_char(due_date, 'YYYY-MM-DD') AS due, weight, planned_budget, tags FROM measure WHERE plan_id = $1`,
        [planId],
      );
      // Natural order of codes: 1.2 before 1.10.
      const natural = (code: string) => code.replace(/[^0-9.]/g, '').split('.').map(Number);
      const byNatural = (a: string, b: string) => {
        const [x, y] = [natural(a), natural(b)];
        for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i] - y[i];
        return x.length - y.length || (a < b ? -1 : a > b ? 1 : 0);
      };
      expect(plan.measures.map((m) => m.code)).toEqual(measures.map((m) => m.code).sort(byNatural));
      const measureById = new Map(measures.map((m) => [m.id, m]));
      for (const m of plan.measures) {
        const row = measureById.get(m.id)!;
        expect([m.titleEn, m.dueDate, m.weight, m.plannedBudget, m.tags]).toEqual([row.title_en, row.due, Number(row.weight), row.planned_budget === null ? null : Number(row.planned_budget), row.tags]);
      }
      expect(plan.measures.some((m) => m.plannedBudget !== null)).toBe(true);

      const assignments = await app.sql<{ id: string; measure_id: string; role: string; org: string; code: string; name_az: string; name_en: string; type: string; parent_id: string | null; parent_code: string | null }>(
        `SELECT a.id, a.measure_id, a.role, o.id AS org, o.code, o.name_az, o.name_en, o.type, o.parent_id, p.code AS parent_code
           FROM assignment a JOIN measure m ON m.id = a.measure_id JOIN organization o ON o.id = a.organization_id LEFT JOIN organization p ON p.id = o.parent_id
          WHERE m.plan_id = $1 ORDER BY a.role, a.created_at, a.id`,
        [planId],
      );
      const got = plan.measures.flatMap((m) => m.assignments.map((a) => ({ measureId: m.id, ...a })));
      expect(got).toHaveLength(assignments.length);
      const reports = await expected();
      for (const m of plan.measures) {
        // LEAD first, then partners in the order they were assigned (ties by id).
        expect(m.assignments.map((a) => a.id)).toEqual(assignments.filter((a) => a.measure_id === m.id).map((a) => a.id));
      }
      const assignmentById = new Map(assignments.map((a) => [a.id, a]));
      for (const a of got) {
        const row = assignmentById.get(a.id)!;
        expect(a.organization).toEqual({ id: row.org, code: row.code, nameAz: row.name_az, nameEn: row.name_en, type: row.type, parentId: row.parent_id, parent: row.parent_code ? { code: row.parent_code } : null });
        const r = reports.get(a.id);
        expect(a.report).toEqual(
          r
            ? { id: r.id, status: r.status, implementationStatus: r.implementation_status, percentComplete: Number(r.percent_complete), narrativeAz: r.narrative_az, submittedAt: r.submitted_at ? r.submitted_at.toISOString() : null }
            : null,
        );
      }
      expect(got.some((a) => a.organization.parent !== null)).toBe(true);
      expect(got.filter((a) => a.report !== null).length).toBe(reports.size);
    });

    it('shows each role the reports it may read: auditors accepted ones, focal points their organisation’s, coordinators all', async () => {
      const reports = await expected();
      const visible = async (token: string) => {
        const res = await app.gql<Tree>(TREE, { id: planId, period: periodId }, token);
        expect(res.errors).toBeUndefined();
        expect(res.sqlStatements).toBeLessThanOrEqual(5);
        const ids = new Set<string>();
        for (const m of res.data!.plan.measures) for (const a of m.assignments) if (a.report) ids.add(a.report.id);
        return ids;
      };
      const all = [...reports.values()];
      const ids = (rs: typeof all) => new Set(rs.map((r) => r.id));
      expect(await visible(coordinator)).toEqual(ids(all));
      expect(await visible(auditor)).toEqual(ids(all.filter((r) => r.status === 'ACCEPTED')));
      expect(await visible(focalMoe)).toEqual(ids(all.filter((r) => r.organization_id === moeId)));
      // The changed reports are among what each sees or not, as the rule says.
      const auditorSees = await visible(auditor);
      const moeSees = await visible(focalMoe);
      for (const c of changed) expect(auditorSees.has(c.id)).toBe(false);
      expect(changed.filter((c) => moeSees.has(c.id))).toHaveLength(2);
    });

    it('answers reports of several periods asked through fragments and aliases, each from its own period', async () => {
      const other = (await app.sql<{ id: string }>(`SELECT id FROM reporting_period WHERE plan_id = $1 AND id <> $2 ORDER BY start_date LIMIT 1`, [planId, periodId]))[0].id;
      const res = await app.gql<{ plan: { measures: { assignments: { id: string; now: { id: string } | null; before: { id: string } | null }[] }[] } }>(
        `query($id: ID!, $period: ID!, $other: ID!) {
          plan(id: $id) { measures { assignments { id ...Reports } } }
        }
        fragment Reports on Assignment { now: report(periodId: $period) { id } ... on Assignment { before: report(periodId: $other) { id } } }`,
        { id: planId, period: periodId, other },
        coordinator,
      );
      expect(res.errors).toBeUndefined();
      expect(res.sqlStatements).toBe(3);
      const rows = await app.sql<{ assignment_id: string; period_id: string; id: string }>(`SELECT assignment_id, period_id, id FROM progress_report WHERE period_id IN ($1, $2)`, [periodId, other]);
      const idOf = (a: string, p: string) => rows.find((r) => r.assignment_id === a && r.period_id === p)?.id ?? null;
      const assignments = res.data!.plan.measures.flatMap((m) => m.assignments);
      for (const a of assignments) {
        expect(a.now?.id ?? null).toBe(idOf(a.id, periodId));
        expect(a.before?.id ?? null).toBe(idOf(a.id, other));
      }
      expect(assignments.filter((a) => a.now).length).toBeGreaterThan(0);
      expect(assignments.filter((a) => a.before).length).toBeGreaterThan(0);
    });

    it('reads an assignment’s report outside the tree too (a focal point’s own assignments), by the same rule', async () => {
      const res = await app.gql<{ myAssignments: { assignment: { id: string; report: { id: string; status: string } | null }; report: { id: string } | null }[] }>(
        `query($period: ID!) { myAssignments(periodId: $period) { assignment { id report(periodId: $period) { id status } } report { id } } }`,
        { period: periodId },
        focalMoe,
      );
      expect(res.errors).toBeUndefined();
      const mine = res.data!.myAssignments;
      expect(mine.length).toBeGreaterThan(0);
      for (const m of mine) expect(m.assignment.report?.id ?? null).toBe(m.report?.id ?? null);
      // Including the ones not accepted yet.
      expect(mine.map((m) => m.assignment.report?.status)).toEqual(expect.arrayContaining(['SUBMITTED', 'DRAFT']));
    });

    it('reads the long texts of measures and reports only where asked, each alias getting its own fields', async () => {
      const res = await app.gql<{
        plan: {
          short: { id: string; code: string }[];
          long: { id: string; descriptionAz: string | null; expectedResultEn: string | null; assignments: { id: string; brief: { status: string } | null; full: { narrativeAz: string | null; challenges: string | null; expenditureAmount: number | null } | null }[] }[];
        };
      }>(
        `query($id: ID!, $period: ID!) { plan(id: $id) {
          short: measures { id code }
          long: measures { id descriptionAz expectedResultEn assignments { id brief: report(periodId: $period) { status } full: report(periodId: $period) { narrativeAz challenges expenditureAmount } } }
        } }`,
        { id: planId, period: periodId },
        coordinator,
      );
      expect(res.errors).toBeUndefined();
      expect(res.sqlStatements).toBe(3);
      const measures = await app.sql<{ id: string; code: string; description_az: string | null; expected_result_en: string | null }>(`SELECT id, code, description_az, expected_result_en FROM measure WHERE plan_id = $1`, [planId]);
      const byId = new Map(measures.map((m) => [m.id, m]));
      const { short, long } = res.data!.plan;
      expect(short.map((m) => m.id)).toEqual(long.map((m) => m.id));
      for (const m of short) expect(m).toEqual({ id: m.id, code: byId.get(m.id)!.code });
      for (const m of long) expect([m.descriptionAz, m.expectedResultEn]).toEqual([byId.get(m.id)!.description_az, byId.get(m.id)!.expected_result_en]);
      expect(long.some((m) => m.descriptionAz)).toBe(true);
      const reports = await app.sql<{ assignment_id: string; status: string; narrative_az: string | null; challenges: string | null; expenditure_amount: string | null }>(
        `SELECT assignment_id, status, narrative_az, challenges, expenditure_amount FROM progress_report WHERE period_id = $1`,
        [periodId],
      );
      const report = new Map(reports.map((r) => [r.assignment_id, r]));
      const assignments = long.flatMap((m) => m.assignments);
      for (const a of assignments) {
        const r = report.get(a.id);
        expect(a.brief).toEqual(r ? { status: r.status } : null);
        expect(a.full).toEqual(r ? { narrativeAz: r.narrative_az, challenges: r.challenges, expenditureAmount: r.expenditure_amount === null ? null : Number(r.expenditure_amount) } : null);
      }
      expect(assignments.some((a) => a.full?.narrativeAz)).toBe(true);
    });

    it('refuses a period that is not an id, naming the argument', async () => {
      const res = await app.gql(TREE, { id: planId, period: 'not-a-uuid' }, coordinator);
      expect(res.errors?.length).toBeGreaterThan(0);
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'periodId' }] });
    });
  });
});
