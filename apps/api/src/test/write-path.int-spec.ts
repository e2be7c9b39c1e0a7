import { errorCode, startTestApp, type TestApp } from './test-app';

/**
 * The deadline-rush write path: a save and a submission each cost a fixed, small number of SQL
 * statements (lookups merged into one locked read, indicator values upserted in one statement,
 * nothing re-read after writing), and what they return is what was stored.
 */
describe('write path of saveProgressReport and submitProgressReport', () => {
  let app: TestApp;
  let focal: string;
  let coordinator: string;
  let measureId: string;
  let periodId: string;
  let moeId: string;
  let indicators: string[];

  const SAVE = `mutation($input: SaveProgressReportInput!) { saveProgressReport(input: $input) { id status version percentComplete narrativeAz updatedAt indicatorValues { indicatorId value breakdown { options value } } } }`;
  const SUBMIT = `mutation($id: ID!, $k: String) { submitProgressReport(id: $id, idempotencyKey: $k) { id status version submittedAt late } }`;
  type Saved = { id: string; status: string; version: number; percentComplete: number; narrativeAz: string | null; updatedAt: string; indicatorValues: { indicatorId: string; value: number | null; breakdown: { options: string[]; value: number }[] }[] };

  beforeAll(async () => {
    app = await startTestApp();
    [focal, coordinator] = await Promise.all([app.login('focal.moe@demo.local'), app.login('coordinator@demo.local')]);
    const planId = (await app.sql<{ id: string }>('SELECT id FROM action_plan LIMIT 1'))[0].id;
    const section = (await app.sql<{ id: string }>(`SELECT id FROM plan_section WHERE plan_id = $1 AND code = '2'`, [planId]))[0].id;
    moeId = (await app.sql<{ id: string }>(`SELECT id FROM organization WHERE code = 'MOE'`))[0].id;
    const m = await app.gql<{ createMeasure: { id: string } }>(
      `mutation($i: CreateMeasureInput!) { createMeasure(input: $i) { id } }`,
      { i: { sectionId: section, code: '2.98', titleAz: 'Ə', titleEn: 'E', startDate: '2016-01-01', dueDate: '2016-12-31' } },
      coordinator,
    );
    measureId = m.data!.createMeasure.id;
    await app.gql(`mutation($m: ID!, $o: ID!) { assignMeasure(measureId: $m, organizationId: $o, role: LEAD) { id } }`, { m: measureId, o: moeId }, coordinator);
    indicators = [];
    for (const code of ['a', 'b', 'c']) {
      const ind = await app.gql<{ createIndicator: { id: string } }>(
        `mutation($i: CreateIndicatorInput!) { createIndicator(input: $i) { id } }`,
        { i: { measureId, nameAz: `Ə ${code}`, nameEn: `E ${code}`, unit: 'COUNT', combineRule: 'SUM', target: 100, dimensions: [{ code: 'sex', options: ['female', 'male'] }] } },
        coordinator,
      );
      indicators.push(ind.data!.createIndicator.id);
    }
    periodId = (await app.sql<{ id: string }>(`SELECT id FROM reporting_period WHERE plan_id = $1 AND label = '2016'`, [planId]))[0].id;
  });
  afterAll(() => app?.close());

  const value = (indicatorId: string, f: number, m: number) => ({ indicatorId, breakdown: [{ options: ['sex:female'], value: f }, { options: ['sex:male'], value: m }] });
  const stored = (reportId: string) =>
    app.sql<{ id: string; indicator_id: string; value: string; breakdown: unknown }>('SELECT id, indicator_id, value, breakdown FROM indicator_value WHERE report_id = $1 ORDER BY indicator_id', [reportId]);

  it('creates, updates and submits in a fixed number of statements, returning what it stored', async () => {
    const base = { measureId, periodId, organizationId: moeId, implementationStatus: 'IN_PROGRESS', narrativeAz: 'Birinci' };
    const created = await app.gql<{ saveProgressReport: Saved }>(SAVE, { input: { ...base, percentComplete: 10, indicatorValues: [value(indicators[0], 1, 2), value(indicators[1], 3, 4)] } }, focal);
    expect(created.errors).toBeUndefined();
    const first = created.data!.saveProgressReport;
    expect(first).toMatchObject({ status: 'DRAFT', version: 1, percentComplete: 10, narrativeAz: 'Birinci' });
    expect(first.indicatorValues.map((v) => [v.indicatorId, v.value]).sort()).toEqual([[indicators[0], 3], [indicators[1], 7]].sort());
    const createdStatements = created.sqlStatements;

    // Update: a changed value, a dropped one, a new one. Unchanged indicators keep their rows.
    const before = await stored(first.id);
    const updated = await app.gql<{ saveProgressReport: Saved }>(SAVE, { input: { ...base, version: 1, percentComplete: 40, narrativeAz: 'İkinci', indicatorValues: [value(indicators[0], 10, 20), value(indicators[2], 5, 5)] } }, focal);
    expect(updated.errors).toBeUndefined();
    const second = updated.data!.saveProgressReport;
    expect(second).toMatchObject({ id: first.id, status: 'DRAFT', version: 2, percentComplete: 40, narrativeAz: 'İkinci' });
    const after = await stored(first.id);
    expect(after.map((v) => [v.indicator_id, Number(v.value)]).sort()).toEqual([[indicators[0], 30], [indicators[2], 10]].sort());
    expect(after.find((v) => v.indicator_id === indicators[0])!.id).toBe(before.find((v) => v.indicator_id === indicators[0])!.id);
    const [row] = await app.sql<{ version: number; percent_complete: string; updated_at: Date }>('SELECT version, percent_complete, updated_at FROM progress_report WHERE id = $1', [first.id]);
    expect({ version: row.version, percentComplete: Number(row.percent_complete), updatedAt: row.updated_at.toISOString() }).toEqual({ version: 2, percentComplete: 40, updatedAt: second.updatedAt });

    // Dropping every value deletes them (save replaces the report's values).
    const emptied = await app.gql<{ saveProgressReport: Saved }>(SAVE, { input: { ...base, version: 2, percentComplete: 50 } }, focal);
    expect(emptied.errors).toBeUndefined();
    expect(await stored(first.id)).toEqual([]);
    const again = await app.gql<{ saveProgressReport: Saved }>(SAVE, { input: { ...base, version: 3, percentComplete: 60, indicatorValues: [value(indicators[1], 2, 2)] } }, focal);
    expect(again.errors).toBeUndefined();

    const submitted = await app.gql<{ submitProgressReport: { id: string; status: string; version: number; submittedAt: string; late: boolean } }>(SUBMIT, { id: first.id, k: null }, focal);
    expect(submitted.errors).toBeUndefined();
    expect(submitted.data!.submitProgressReport).toMatchObject({ id: first.id, status: 'SUBMITTED', version: 5 });
    const [snap] = await app.sql<{ snapshot: { percentComplete: number; indicatorValues: { indicatorId: string; value: number }[]; evidence: unknown[] }; report_version: number }>(
      `SELECT snapshot, report_version FROM report_event WHERE report_id = $1 AND action = 'SUBMIT'`,
      [first.id],
    );
    expect(snap.report_version).toBe(5);
    expect(snap.snapshot).toMatchObject({ percentComplete: 60, indicatorValues: [{ indicatorId: indicators[1], value: 4, breakdown: [{ options: ['sex:female'], value: 2 }, { options: ['sex:male'], value: 2 }] }], evidence: [] });

    // The counts include the request's own sign-in check; a rollup refresh is part of a submission.
    console.log(`[write-path] SQL statements: create ${createdStatements}, update ${updated.sqlStatements}, submit ${submitted.sqlStatements}`);
    expect(createdStatements).toBeLessThanOrEqual(4);
    expect(updated.sqlStatements).toBe(createdStatements);
    expect(submitted.sqlStatements).toBeLessThanOrEqual(8);
  });

  it('claims an idempotency key in the same statement as the report lock; a retry returns the stored result, another request with that key is refused', async () => {
    const created = await app.gql<{ saveProgressReport: Saved }>(SAVE, { input: { measureId, periodId: (await app.sql<{ id: string }>(`SELECT id FROM reporting_period WHERE label = '2016' LIMIT 1`))[0].id, organizationId: moeId, implementationStatus: 'IN_PROGRESS', percentComplete: 1, version: 5 } }, focal);
    // The first test's report is SUBMITTED: saving it again is refused by the workflow.
    expect(errorCode(created)).toBe('INVALID_STATE');
    const id = (await app.sql<{ id: string }>('SELECT id FROM progress_report WHERE measure_id = $1', [measureId]))[0].id;
    const returned = await app.gql(`mutation($id: ID!, $c: String!) { returnProgressReport(id: $id, comment: $c) { status } }`, { id, c: 'Düzəldin' }, coordinator);
    expect(returned.errors).toBeUndefined();
    const [a, b] = await Promise.all([app.gql(SUBMIT, { id, k: 'write-path-key-1' }, focal), app.gql(SUBMIT, { id, k: 'write-path-key-1' }, focal)]);
    expect(a.errors).toBeUndefined();
    expect(b.errors).toBeUndefined();
    expect(a.data).toEqual(b.data);
    expect(Number((await app.sql<{ n: string }>(`SELECT count(*) AS n FROM report_event WHERE report_id = $1 AND action = 'SUBMIT'`, [id]))[0].n)).toBe(2);
    expect(Number((await app.sql<{ n: string }>(`SELECT count(*) AS n FROM idempotency_key WHERE key = 'write-path-key-1'`))[0].n)).toBe(1);
    // The same key on another report (a second measure of MOE, in draft) is another request: refused.
    const planId = (await app.sql<{ id: string }>('SELECT plan_id AS id FROM measure WHERE id = $1', [measureId]))[0].id;
    const section = (await app.sql<{ id: string }>(`SELECT id FROM plan_section WHERE plan_id = $1 AND code = '2'`, [planId]))[0].id;
    const other = await app.gql<{ createMeasure: { id: string } }>(`mutation($i: CreateMeasureInput!) { createMeasure(input: $i) { id } }`, { i: { sectionId: section, code: '2.97', titleAz: 'Ə', titleEn: 'E', startDate: '2016-01-01', dueDate: '2016-12-31' } }, coordinator);
    await app.gql(`mutation($m: ID!, $o: ID!) { assignMeasure(measureId: $m, organizationId: $o, role: LEAD) { id } }`, { m: other.data!.createMeasure.id, o: moeId }, coordinator);
    const draft = await app.gql<{ saveProgressReport: Saved }>(SAVE, { input: { measureId: other.data!.createMeasure.id, periodId, organizationId: moeId, implementationStatus: 'IN_PROGRESS', percentComplete: 5 } }, focal);
    expect(draft.errors).toBeUndefined();
    const reused = await app.gql(SUBMIT, { id: draft.data!.saveProgressReport.id, k: 'write-path-key-1' }, focal);
    expect(errorCode(reused)).toBe('BAD_USER_INPUT');
  });
});
