import { createHash } from 'node:crypto';
import { startTestApp, type TestApp } from './test-app';

/** Evidence files over real multipart HTTP: limits, sha256, and who may download them. */
describe('evidence files', () => {
  let app: TestApp;
  let focal: string;
  let other: string;
  let auditor: string;
  let reportId: string;

  beforeAll(async () => {
    app = await startTestApp();
    [focal, other, auditor] = await Promise.all([app.login('focal.moe@demo.local'), app.login('focal.moh@demo.local'), app.login('auditor@demo.local')]);
    const coordinator = await app.login('coordinator@demo.local');
    const planId = (await app.sql<{ id: string }>('SELECT id FROM action_plan LIMIT 1'))[0].id;
    const sectionId = (await app.sql<{ id: string }>(`SELECT id FROM plan_section WHERE plan_id = $1 AND code = '2'`, [planId]))[0].id;
    const moe = (await app.sql<{ id: string }>(`SELECT id FROM organization WHERE code = 'MOE'`))[0].id;
    const period = (await app.sql<{ id: string }>(`SELECT id FROM reporting_period WHERE label = '2016'`))[0].id;
    const m = await app.gql<{ createMeasure: { id: string } }>(`mutation($i: CreateMeasureInput!) { createMeasure(input: $i) { id } }`, { i: { sectionId, code: '2.88', titleAz: 'Sübut testi', titleEn: 'Evidence test', startDate: '2016-01-01', dueDate: '2016-12-31' } }, coordinator);
    await app.gql(`mutation($m: ID!, $o: ID!) { assignMeasure(measureId: $m, organizationId: $o, role: LEAD) { id } }`, { m: m.data!.createMeasure.id, o: moe }, coordinator);
    const saved = await app.gql<{ saveProgressReport: { id: string } }>(`mutation($i: SaveProgressReportInput!) { saveProgressReport(input: $i) { id } }`, { i: { measureId: m.data!.createMeasure.id, periodId: period, organizationId: moe, implementationStatus: 'IN_PROGRESS', percentComplete: 40 } }, focal);
    reportId = saved.data!.saveProgressReport.id;
  });
  afterAll(() => app?.close());

  const upload = (token: string | null, name: string, type: string, bytes: Buffer) => {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(bytes)], { type }), name);
    form.append('title', 'Maarifləndirmə tədbirinin protokolu');
    return fetch(`${app.url}/files/evidence/${reportId}`, { method: 'POST', body: form, headers: token ? { authorization: `Bearer ${token}` } : {} });
  };

  it('stores an upload with its sha256 and lets only those who may see the report download it', async () => {
    const bytes = Buffer.from('%PDF-1.4\n% Şəki rayonunda keçirilmiş tədbir\n', 'utf8');
    const res = await upload(focal, 'protokol-şəki.pdf', 'application/pdf', bytes);
    expect(res.status).toBe(201);
    const body = (await res.json()) as { id: string; sha256: string; downloadUrl: string };
    expect(body.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));

    const own = await fetch(`${app.url}${body.downloadUrl}`, { headers: { authorization: `Bearer ${focal}` } });
    expect(own.status).toBe(200);
    expect(Buffer.from(await own.arrayBuffer()).equals(bytes)).toBe(true);
    expect(own.headers.get('content-disposition')).toContain(`filename*=UTF-8''${encodeURIComponent('protokol-şəki.pdf')}`);

    expect((await fetch(`${app.url}${body.downloadUrl}`, { headers: { authorization: `Bearer ${other}` } })).status).toBe(403);
    // The auditor reads accepted reports only; this one is a draft.
    expect((await fetch(`${app.url}${body.downloadUrl}`, { headers: { authorization: `Bearer ${auditor}` } })).status).toBe(403);
    expect((await fetch(`${app.url}${body.downloadUrl}`)).status).toBe(401);

    const listed = await app.gql<{ progressReport: { evidence: { sha256: string; fileName: string }[] } }>(`query($id: ID!) { progressReport(id: $id) { evidence { sha256 fileName } } }`, { id: reportId }, focal);
    expect(listed.data!.progressReport.evidence).toContainEqual({ sha256: body.sha256, fileName: 'protokol-şəki.pdf' });
  });

  it('refuses other agencies, executable types and files over 10 MB, writing nothing', async () => {
    const before = Number((await app.sql<{ n: string }>('SELECT count(*) AS n FROM evidence'))[0].n);
    expect((await upload(other, 'x.pdf', 'application/pdf', Buffer.from('%PDF'))).status).toBe(403);
    const exe = await upload(focal, 'setup.exe', 'application/x-msdownload', Buffer.from('MZ'));
    expect(exe.status).toBe(400);
    expect(((await exe.json()) as { extensions: { code: string } }).extensions.code).toBe('BAD_USER_INPUT');
    expect((await upload(focal, 'big.pdf', 'application/pdf', Buffer.alloc(10 * 1024 * 1024 + 1))).status).toBe(413);
    expect((await upload(null, 'x.pdf', 'application/pdf', Buffer.from('%PDF'))).status).toBe(401);
    expect(Number((await app.sql<{ n: string }>('SELECT count(*) AS n FROM evidence'))[0].n)).toBe(before);
  });
});
