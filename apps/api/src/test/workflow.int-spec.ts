import { errorCode, startTestApp, type TestApp } from './test-app';

/**
 * The submission workflow over real HTTP on a fresh database with the demo plan:
 * draft → submit → return (comment required) → resubmit → accept → reopen (reason required),
 * and each forbidden path with its code.
 */
describe('progress report workflow', () => {
  let app: TestApp;
  let focal: string; // focal point of MOE
  let otherFocal: string; // focal point of MOH
  let coordinator: string;
  let auditor: string;
  let planId: string;
  let periodId: string;
  let closedPeriodId: string;
  let measureId: string;
  let moeId: string;
  let indicatorId: string;

  const SAVE = `mutation($input: SaveProgressReportInput!) { saveProgressReport(input: $input) { id status version percentComplete late narrativeAz } }`;
  const auditCount = async () => Number((await app.sql<{ n: string }>('SELECT count(*) AS n FROM audit_event'))[0].n);

  beforeAll(async () => {
    app = await startTestApp();
    [focal, otherFocal, coordinator, auditor] = await Promise.all([
      app.login('focal.moe@demo.local'),
      app.login('focal.moh@demo.local'),
      app.login('coordinator@demo.local'),
      app.login('auditor@demo.local'),
    ]);
    const plans = await app.gql<{ plans: { id: string; reportingPeriods: { id: string; label: string; status: string }[] }[] }>(
      '{ plans { id reportingPeriods { id label status } } }',
      {},
      coordinator,
    );
    planId = plans.data!.plans[0].id;
    closedPeriodId = plans.data!.plans[0].reportingPeriods.find((p) => p.label === '2015')!.id;
    moeId = (await app.sql<{ id: string }>(`SELECT id FROM organization WHERE code = 'MOE'`))[0].id;
    // A new measure for MOE with a disaggregated indicator, and a fresh open period, made by the coordinator.
    const section = (await app.sql<{ id: string }>(`SELECT id FROM plan_section WHERE plan_id = $1 AND code = '2'`, [planId]))[0].id;
    const m = await app.gql<{ createMeasure: { id: string } }>(
      `mutation($i: CreateMeasureInput!) { createMeasure(input: $i) { id } }`,
      { i: { sectionId: section, code: '2.99', titleAz: 'Şagirdlər üçün maarifləndirici tədbirlər', titleEn: 'Awareness events for pupils', startDate: '2016-01-01', dueDate: '2016-12-31' } },
      coordinator,
    );
    measureId = m.data!.createMeasure.id;
    await app.gql(`mutation($m: ID!, $o: ID!) { assignMeasure(measureId: $m, organizationId: $o, role: LEAD) { id } }`, { m: measureId, o: moeId }, coordinator);
    const ind = await app.gql<{ createIndicator: { id: string } }>(
      `mutation($i: CreateIndicatorInput!) { createIndicator(input: $i) { id } }`,
      { i: { measureId, nameAz: 'Əhatə olunan şagirdlər', nameEn: 'Pupils reached', unit: 'COUNT', combineRule: 'SUM', target: 70000, dimensions: [{ code: 'sex', options: ['female', 'male'] }] } },
      coordinator,
    );
    indicatorId = ind.data!.createIndicator.id;
    periodId = (await app.sql<{ id: string }>(`SELECT id FROM reporting_period WHERE plan_id = $1 AND label = '2016'`, [planId]))[0].id;
  });
  afterAll(() => app?.close());

  const baseInput = () => ({
    measureId,
    periodId,
    organizationId: moeId,
    implementationStatus: 'IN_PROGRESS',
    percentComplete: 60,
    narrativeAz: '54 şəhər və rayonda 70.000-dən çox yuxarı sinif şagirdi üçün tədbirlər keçirilmişdir.',
    narrativeEn: 'Events for over 70,000 senior pupils in 54 cities and districts.',
    indicatorValues: [{ indicatorId, value: 70000, breakdown: [{ options: ['sex:female'], value: 36000 }, { options: ['sex:male'], value: 34000 }] }],
  });

  it('runs draft → submit → return → resubmit → accept → reopen, one audit event per step', async () => {
    let before = await auditCount();
    const created = await app.gql<{ saveProgressReport: { id: string; status: string; version: number } }>(SAVE, { input: baseInput() }, focal);
    expect(created.errors).toBeUndefined();
    const report = created.data!.saveProgressReport;
    expect(report).toMatchObject({ status: 'DRAFT', version: 1 });
    expect(await auditCount()).toBe(before + 1);

    // Update with the version read.
    const updated = await app.gql<{ saveProgressReport: { version: number; percentComplete: number } }>(
      SAVE,
      { input: { ...baseInput(), percentComplete: 70, version: 1 } },
      focal,
    );
    expect(updated.data!.saveProgressReport).toMatchObject({ version: 2, percentComplete: 70 });

    before = await auditCount();
    const submitted = await app.gql<{ submitProgressReport: { status: string; late: boolean } }>(`mutation($id: ID!) { submitProgressReport(id: $id) { status late } }`, { id: report.id }, focal);
    expect(submitted.data!.submitProgressReport.status).toBe('SUBMITTED');
    expect(await auditCount()).toBe(before + 1);

    // The report is in the review queue.
    const queue = await app.gql<{ reviewQueue: { id: string }[] }>(`query($p: ID!) { reviewQueue(planId: $p) { id } }`, { p: planId }, coordinator);
    expect(queue.data!.reviewQueue.map((r) => r.id)).toContain(report.id);

    // Return needs a comment.
    const noComment = await app.gql(`mutation($id: ID!) { returnProgressReport(id: $id, comment: "   ") { status } }`, { id: report.id }, coordinator);
    expect(errorCode(noComment)).toBe('BAD_USER_INPUT');
    expect(noComment.errors![0].extensions!.fields![0].field).toBe('comment');

    const returned = await app.gql<{ returnProgressReport: { status: string } }>(
      `mutation($id: ID!) { returnProgressReport(id: $id, comment: "Qız və oğlanların sayını yoxlayın") { status } }`,
      { id: report.id },
      coordinator,
    );
    expect(returned.data!.returnProgressReport.status).toBe('RETURNED');

    // The focal point sees the comment, corrects and resubmits.
    const seen = await app.gql<{ progressReport: { status: string; lastComment: string; version: number; allowedActions: string[] } }>(
      `query($id: ID!) { progressReport(id: $id) { status lastComment version allowedActions } }`,
      { id: report.id },
      focal,
    );
    expect(seen.data!.progressReport).toMatchObject({ status: 'RETURNED', lastComment: 'Qız və oğlanların sayını yoxlayın' });
    expect(seen.data!.progressReport.allowedActions).toEqual(expect.arrayContaining(['SAVE', 'SUBMIT']));
    const fixed = await app.gql<{ saveProgressReport: { status: string; version: number } }>(
      SAVE,
      { input: { ...baseInput(), percentComplete: 80, version: seen.data!.progressReport.version } },
      focal,
    );
    expect(fixed.data!.saveProgressReport.status).toBe('RETURNED');
    await app.gql(`mutation($id: ID!) { submitProgressReport(id: $id) { status } }`, { id: report.id }, focal);

    const accepted = await app.gql<{ acceptProgressReport: { status: string } }>(`mutation($id: ID!) { acceptProgressReport(id: $id) { status } }`, { id: report.id }, coordinator);
    expect(accepted.data!.acceptProgressReport.status).toBe('ACCEPTED');

    // Accepted = locked.
    const locked = await app.gql(SAVE, { input: { ...baseInput(), version: 6 } }, focal);
    expect(errorCode(locked)).toBe('INVALID_STATE');

    // History keeps each submission's snapshot: the resubmission differs from what was returned.
    const history = await app.gql<{ progressReport: { history: { action: string; comment: string | null; snapshot: { percentComplete: number } | null }[] } }>(
      `query($id: ID!) { progressReport(id: $id) { history { action comment snapshot } } }`,
      { id: report.id },
      coordinator,
    );
    const h = history.data!.progressReport.history;
    expect(h.map((e) => e.action)).toEqual(['SUBMIT', 'RETURN', 'SUBMIT', 'ACCEPT']);
    expect(h[0].snapshot!.percentComplete).toBe(70);
    expect(h[2].snapshot!.percentComplete).toBe(80);

    // The auditor reads accepted reports.
    const audited = await app.gql<{ progressReport: { status: string } }>(`query($id: ID!) { progressReport(id: $id) { status } }`, { id: report.id }, auditor);
    expect(audited.data!.progressReport.status).toBe('ACCEPTED');

    // Reopen needs a reason; then the focal point may edit again.
    const noReason = await app.gql(`mutation($id: ID!) { reopenProgressReport(id: $id, reason: "") { status } }`, { id: report.id }, coordinator);
    expect(errorCode(noReason)).toBe('BAD_USER_INPUT');
    const reopened = await app.gql<{ reopenProgressReport: { status: string } }>(
      `mutation($id: ID!) { reopenProgressReport(id: $id, reason: "Yeni məlumat daxil olub") { status } }`,
      { id: report.id },
      coordinator,
    );
    expect(reopened.data!.reopenProgressReport.status).toBe('RETURNED');
  });

  it('refuses other agencies, auditors, stale versions, closed periods and bad input with the right codes', async () => {
    const other = await app.gql(SAVE, { input: baseInput() }, otherFocal);
    expect(errorCode(other)).toBe('FORBIDDEN');

    const byAuditor = await app.gql(SAVE, { input: baseInput() }, auditor);
    expect(errorCode(byAuditor)).toBe('FORBIDDEN');

    const anonymous = await app.gql(SAVE, { input: baseInput() }, null);
    expect(errorCode(anonymous)).toBe('UNAUTHENTICATED');

    const current = await app.gql<{ progressReports: { items: { id: string; version: number }[] } }>(
      `query($f: ProgressReportFilter!) { progressReports(filter: $f) { items { id version } } }`,
      { f: { measureId } },
      focal,
    );
    const { version } = current.data!.progressReports.items[0];
    const stale = await app.gql(SAVE, { input: { ...baseInput(), version: version - 1 } }, focal);
    expect(errorCode(stale)).toBe('CONFLICT');

    // Another agency's focal point cannot read it either.
    const read = await app.gql(`query($id: ID!) { progressReport(id: $id) { id } }`, { id: current.data!.progressReports.items[0].id }, otherFocal);
    expect(errorCode(read)).toBe('FORBIDDEN');

    const closed = await app.gql(SAVE, { input: { ...baseInput(), periodId: closedPeriodId } }, focal);
    expect(errorCode(closed)).toBe('INVALID_STATE');

    const bad = await app.gql(
      SAVE,
      { input: { ...baseInput(), version, percentComplete: 140, indicatorValues: [{ indicatorId, value: 70000, breakdown: [{ options: ['sex:female'], value: 1 }, { options: ['sex:male'], value: 2 }] }] } },
      focal,
    );
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors![0].extensions!.fields!.map((f) => f.field)).toContain('percentComplete');

    const parts = await app.gql(
      SAVE,
      { input: { ...baseInput(), version, indicatorValues: [{ indicatorId, value: 70000, breakdown: [{ options: ['sex:female'], value: 1 }, { options: ['sex:male'], value: 2 }] }] } },
      focal,
    );
    expect(errorCode(parts)).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(parts.errors![0].extensions!.fields)).toContain('indicatorValues[0]');
    expect(JSON.stringify(parts)).not.toMatch(/stack|SELECT|INSERT/);

    const unknownOption = await app.gql(
      SAVE,
      { input: { ...baseInput(), version, indicatorValues: [{ indicatorId, value: 3, breakdown: [{ options: ['sex:other'], value: 3 }] }] } },
      focal,
    );
    expect(errorCode(unknownOption)).toBe('BAD_USER_INPUT');

    // A failed mutation leaves the report as it was.
    const after = await app.gql<{ progressReports: { items: { version: number }[] } }>(
      `query($f: ProgressReportFilter!) { progressReports(filter: $f) { items { version } } }`,
      { f: { measureId } },
      focal,
    );
    expect(after.data!.progressReports.items[0].version).toBe(version);
  });

  it('marks a first submission after the due date as late, while the period is open', async () => {
    const p = await app.gql<{ openReportingPeriod: { id: string } }>(
      `mutation($i: OpenReportingPeriodInput!) { openReportingPeriod(input: $i) { id } }`,
      { i: { planId, label: '2017-Q1', startDate: '2017-01-01', endDate: '2017-03-31', dueDate: '2017-04-15' } },
      coordinator,
    );
    expect(p.errors).toBeUndefined();
    const saved = await app.gql<{ saveProgressReport: { id: string } }>(SAVE, { input: { ...baseInput(), periodId: p.data!.openReportingPeriod.id } }, focal);
    const submitted = await app.gql<{ submitProgressReport: { late: boolean; status: string } }>(
      `mutation($id: ID!) { submitProgressReport(id: $id) { status late } }`,
      { id: saved.data!.saveProgressReport.id },
      focal,
    );
    expect(submitted.data!.submitProgressReport).toEqual({ status: 'SUBMITTED', late: true });
  });

  it('scopes lists on the server: a focal point sees only their organisation, an auditor only accepted reports', async () => {
    const mine = await app.gql<{ progressReports: { items: { organizationId: string }[]; total: number } }>(
      `query($f: ProgressReportFilter!) { progressReports(filter: $f, page: { limit: 200 }) { total items { organizationId } } }`,
      { f: { planId } },
      focal,
    );
    expect(mine.data!.progressReports.total).toBeGreaterThan(0);
    expect(new Set(mine.data!.progressReports.items.map((r) => r.organizationId))).toEqual(new Set([moeId]));
    const audited = await app.gql<{ progressReports: { items: { status: string }[] } }>(
      `query($f: ProgressReportFilter!) { progressReports(filter: $f, page: { limit: 200 }) { items { status } } }`,
      { f: { planId, statuses: ['SUBMITTED', 'DRAFT', 'RETURNED', 'ACCEPTED'] } },
      auditor,
    );
    expect(new Set(audited.data!.progressReports.items.map((r) => r.status))).toEqual(new Set(['ACCEPTED']));
    const tooBig = await app.gql(`query($f: ProgressReportFilter!) { progressReports(filter: $f, page: { limit: 100000 }) { total } }`, { f: { planId } }, auditor);
    expect(errorCode(tooBig)).toBe('BAD_USER_INPUT');
  });

  it('never lets anyone change or delete the audit trail', async () => {
    await expect(app.sql(`UPDATE audit_event SET action = 'X'`)).rejects.toThrow(/append-only/);
    await expect(app.sql(`DELETE FROM audit_event`)).rejects.toThrow(/append-only/);
  });
});
