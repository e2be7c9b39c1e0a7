import { errorCode, startTestApp, type GraphQLResponse, type TestApp } from './test-app';

/**
 * Free-text scalar arguments of the review mutations (comment, reason) are bounded: too long
 * is BAD_USER_INPUT naming the argument, and nothing is written; the limit itself is accepted
 * and stored verbatim (Azerbaijani letters counted as one character each).
 */
const SAVE = `mutation($i: SaveProgressReportInput!) { saveProgressReport(input: $i) { id } }`;
const SUBMIT = `mutation($id: ID!) { submitProgressReport(id: $id) { status } }`;
const RETURN = `mutation($id: ID!, $c: String!) { returnProgressReport(id: $id, comment: $c) { status version } }`;
const ACCEPT = `mutation($id: ID!, $c: String) { acceptProgressReport(id: $id, comment: $c) { status version } }`;
const REOPEN = `mutation($id: ID!, $r: String!) { reopenProgressReport(id: $id, reason: $r) { status version } }`;

const field = (res: GraphQLResponse<unknown>) =>
  (res.errors?.[0]?.extensions as { fields?: { field: string }[] } | undefined)?.fields?.map((f) => f.field);

describe('length limits of comments and reasons', () => {
  let app: TestApp;
  let focal: string;
  let coordinator: string;
  let reportId: string;

  const state = async () =>
    (
      await app.sql<{ status: string; version: number; events: string }>(
        `SELECT r.status, r.version, (SELECT count(*) FROM report_event e WHERE e.report_id = r.id)::text AS events FROM progress_report r WHERE r.id = $1`,
        [reportId],
      )
    )[0];

  beforeAll(async () => {
    app = await startTestApp();
    focal = await app.login('focal.moe@demo.local');
    coordinator = await app.login('coordinator@demo.local');
    // A measure of its own, assigned to MOE, so the report starts from nothing.
    const [{ plan, section }] = await app.sql<{ plan: string; section: string }>(
      `SELECT plan_id AS plan, id AS section FROM plan_section WHERE code = '2' LIMIT 1`,
    );
    const [{ org }] = await app.sql<{ org: string }>(`SELECT id AS org FROM organization WHERE code = 'MOE'`);
    const [{ period }] = await app.sql<{ period: string }>(
      `SELECT id AS period FROM reporting_period WHERE plan_id = $1 AND label = '2016'`,
      [plan],
    );
    const m = await app.gql<{ createMeasure: { id: string } }>(
      `mutation($i: CreateMeasureInput!) { createMeasure(input: $i) { id } }`,
      {
        i: {
          sectionId: section,
          code: '2.88',
          titleAz: 'Şərh uzunluğu',
          titleEn: 'Comment length',
          startDate: '2016-01-01',
          dueDate: '2016-12-31',
        },
      },
      coordinator,
    );
    const measure = m.data!.createMeasure.id;
    await app.gql(
      `mutation($m: ID!, $o: ID!) { assignMeasure(measureId: $m, organizationId: $o, role: LEAD) { id } }`,
      { m: measure, o: org },
      coordinator,
    );
    const saved = await app.gql<{ saveProgressReport: { id: string } }>(
      SAVE,
      {
        i: {
          measureId: measure,
          periodId: period,
          organizationId: org,
          implementationStatus: 'IN_PROGRESS',
          percentComplete: 40,
        },
      },
      focal,
    );
    reportId = saved.data!.saveProgressReport.id;
    expect((await app.gql(SUBMIT, { id: reportId }, focal)).errors).toBeUndefined();
  });
  afterAll(() => app?.close());

  it('refuses a return comment over 5,000 characters, naming the comment, and writes nothing', async () => {
    const before = await state();
    const res = await app.gql(RETURN, { id: reportId, c: 'ə'.repeat(5001) }, coordinator);
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(field(res)).toEqual(['comment']);
    expect(await state()).toEqual(before);
  });

  it('accepts a comment of exactly 5,000 Azerbaijani letters and stores it verbatim', async () => {
    const comment = 'İnsan alverinə qarşı mübarizə ş ç ğ ı ö ü '.repeat(200).slice(0, 5000);
    expect([...comment].length).toBe(5000);
    const res = await app.gql<{ returnProgressReport: { status: string } }>(
      RETURN,
      { id: reportId, c: comment },
      coordinator,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.returnProgressReport.status).toBe('RETURNED');
    const [{ stored }] = await app.sql<{ stored: string }>(
      `SELECT comment AS stored FROM report_event WHERE report_id = $1 AND action = 'RETURN'`,
      [reportId],
    );
    expect(stored).toBe(comment);
    expect((await app.gql(SUBMIT, { id: reportId }, focal)).errors).toBeUndefined();
  });

  it('refuses an acceptance comment over the limit', async () => {
    const before = await state();
    const res = await app.gql(ACCEPT, { id: reportId, c: 'x'.repeat(5001) }, coordinator);
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(field(res)).toEqual(['comment']);
    expect(await state()).toEqual(before);
    expect((await app.gql(ACCEPT, { id: reportId, c: 'Qəbul edildi' }, coordinator)).errors).toBeUndefined();
  });

  it('refuses a reopening reason over the limit, naming the reason', async () => {
    const before = await state();
    expect(before.status).toBe('ACCEPTED');
    const res = await app.gql(REOPEN, { id: reportId, r: 'ş'.repeat(5001) }, coordinator);
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(field(res)).toEqual(['reason']);
    expect(await state()).toEqual(before);
  });
});
