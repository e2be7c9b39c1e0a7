import { createHash } from 'node:crypto';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Workbook } from 'exceljs';
import JSZip from 'jszip';
import pdfParse from 'pdf-parse';
import { APP_CONFIG } from '../common/tokens';
import { generatePlan } from '../completion/testing/generated-plan';
import type { AppConfig } from '../config/app-config';
import { errorCode, startTestApp, type TestApp } from '../test/test-app';

/**
 * Generated reports over real HTTP on the demo plan: every kind in every format and language,
 * their content (figures and changes in words), downloads with the access rules, repeatable
 * output, small-count suppression in public reports, and a failure that says why.
 */
type Kind = 'PLAN_COMPLETION' | 'AGENCY_SCORECARD' | 'ANNUAL_REPORT';
type Format = 'PDF' | 'XLSX' | 'CSV' | 'DOCX';
type Lang = 'AZ' | 'EN';

interface Generated {
  id: string;
  status: string;
  progress: number;
  error: string | null;
  sha256: string | null;
  sizeBytes: number | null;
  fileName: string | null;
  url: string | null;
  public: boolean;
}

const FIELDS = 'id status progress error sha256 sizeBytes fileName url public kind format language organizationId createdBy createdAt';
const KINDS: Kind[] = ['PLAN_COMPLETION', 'AGENCY_SCORECARD', 'ANNUAL_REPORT'];
const FORMATS: Format[] = ['PDF', 'XLSX', 'CSV', 'DOCX'];
const LANGS: Lang[] = ['AZ', 'EN'];
const CONTENT_TYPES: Record<Format, string> = {
  PDF: 'application/pdf',
  XLSX: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  CSV: 'text/csv; charset=utf-8',
  DOCX: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');
/** Line breaks and no-break spaces become single spaces, so phrases can be searched. */
const flat = (text: string): string => text.replace(/\s+/g, ' ');

async function pdfText(bytes: Buffer): Promise<string> {
  return flat((await pdfParse(bytes)).text);
}

async function docxText(bytes: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  const text = xml
    .split(/<\/w:p>/)
    .map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
    .join('\n')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"');
  return flat(text);
}

async function xlsxSheets(bytes: Buffer): Promise<Map<string, unknown[][]>> {
  const workbook = new Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheets = new Map<string, unknown[][]>();
  workbook.eachSheet((sheet) => {
    const rows: unknown[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    sheets.set(sheet.name, rows);
  });
  return sheets;
}

describe('generated reports (demo plan, real HTTP)', () => {
  let app: TestApp;
  let coordinator: string;
  let auditor: string;
  let focalMoe: string;
  let focalMoh: string;
  let planId: string;
  let periodId: string;
  let moeId: string;
  let mohId: string;
  const files = new Map<string, { report: Generated; bytes: Buffer; headers: Headers }>();

  async function generate(input: Record<string, unknown>, token: string): Promise<Generated> {
    const res = await app.gql<{ generateReport: Generated }>(
      `mutation($i: GenerateReportInput!) { generateReport(input: $i) { ${FIELDS} } }`,
      { i: { planId, periodId, ...input } },
      token,
    );
    if (!res.data?.generateReport) throw new Error(JSON.stringify(res.errors));
    return res.data.generateReport;
  }

  /** Polls the report's status as the portal does. */
  async function finished(id: string, token: string): Promise<Generated> {
    for (let attempt = 0; attempt < 600; attempt += 1) {
      const res = await app.gql<{ generatedReport: Generated }>(`query($id: ID!) { generatedReport(id: $id) { ${FIELDS} } }`, { id }, token);
      const report = res.data?.generatedReport;
      if (!report) throw new Error(JSON.stringify(res.errors));
      if (report.status === 'DONE' || report.status === 'FAILED') return report;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`report ${id} did not finish`);
  }

  const download = (id: string, token: string | null) =>
    fetch(`${app.url}/files/reports/${id}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

  async function generated(kind: Kind, format: Format, language: Lang, extra: Record<string, unknown> = {}) {
    const organizationId = kind === 'AGENCY_SCORECARD' ? moeId : null;
    const queued = await generate({ kind, format, language, organizationId, ...extra }, coordinator);
    expect(queued).toMatchObject({ status: 'PENDING', progress: 0, url: null, sha256: null });
    const report = await finished(queued.id, coordinator);
    expect(report).toMatchObject({ status: 'DONE', progress: 100, error: null });
    const res = await download(report.id, coordinator);
    expect(res.status).toBe(200);
    const bytes = Buffer.from(await res.arrayBuffer());
    return { report, bytes, headers: res.headers };
  }

  beforeAll(async () => {
    app = await startTestApp();
    [coordinator, auditor, focalMoe, focalMoh] = await Promise.all([
      app.login('coordinator@demo.local'),
      app.login('auditor@demo.local'),
      app.login('focal.moe@demo.local'),
      app.login('focal.moh@demo.local'),
    ]);
    [{ id: planId }] = await app.sql<{ id: string }>(`SELECT id FROM action_plan WHERE code = 'NAP-THB-2014-2016'`);
    [{ id: periodId }] = await app.sql<{ id: string }>(`SELECT id FROM reporting_period WHERE plan_id = $1 AND label = '2016'`, [planId]);
    [{ id: moeId }] = await app.sql<{ id: string }>(`SELECT id FROM organization WHERE code = 'MOE'`);
    [{ id: mohId }] = await app.sql<{ id: string }>(`SELECT id FROM organization WHERE code = 'MOH'`);
    for (const kind of KINDS) {
      for (const format of FORMATS) {
        for (const language of LANGS) files.set(`${kind}/${format}/${language}`, await generated(kind, format, language));
      }
    }
  }, 600_000);
  afterAll(() => app?.close());

  const file = (kind: Kind, format: Format, language: Lang) => {
    const found = files.get(`${kind}/${format}/${language}`);
    if (!found) throw new Error('not generated');
    return found;
  };

  it.each(KINDS.flatMap((kind) => FORMATS.flatMap((format) => LANGS.map((language) => [kind, format, language] as const))))(
    '%s as %s in %s: stored with its sha256 and served with its type and name',
    (kind, format, language) => {
      const { report, bytes, headers } = file(kind, format, language);
      expect(report.sha256).toBe(sha256(bytes));
      expect(report.sizeBytes).toBe(bytes.length);
      expect(report.url).toBe(`/files/reports/${report.id}`);
      expect(headers.get('content-type')).toBe(CONTENT_TYPES[format]);
      expect(headers.get('x-checksum-sha256')).toBe(report.sha256);
      const disposition = headers.get('content-disposition') ?? '';
      expect(disposition).toMatch(/^attachment; filename="[\x20-\x7e]+"; filename\*=UTF-8''[A-Za-z0-9%._-]+$/);
      expect(decodeURIComponent(disposition.split("UTF-8''")[1])).toBe(report.fileName);
      expect(report.fileName?.endsWith(`.${format.toLowerCase()}`)).toBe(true);
      const signature = { PDF: '%PDF-', XLSX: 'PK', DOCX: 'PK', CSV: '\ufeff' }[format];
      expect(bytes.toString(format === 'CSV' ? 'utf8' : 'latin1').startsWith(signature)).toBe(true);
    },
  );

  it('names files in the report language, Azerbaijani letters kept through RFC 5987', () => {
    const { report, headers } = file('ANNUAL_REPORT', 'PDF', 'AZ');
    expect(report.fileName).toBe('İllik hesabat NAP-THB-2014-2016 2016.pdf');
    expect(headers.get('content-disposition')).toContain(`filename*=UTF-8''%C4%B0llik%20hesabat`);
    expect(headers.get('content-disposition')).toContain('filename="Illik hesabat NAP-THB-2014-2016 2016.pdf"');
  });

  it('PDF: valid, text extractable, with the figures and Azerbaijani words', async () => {
    const az = await pdfText(file('PLAN_COMPLETION', 'PDF', 'AZ').bytes);
    expect(az).toContain('147');
    expect(az).toContain('Planın icrası haqqında hesabat');
    expect(az).toContain('Aşkarlanmış insan alveri və məcburi əmək cinayətləri');
    expect(az).toContain('Hesabatların vaxtında təqdim edilməsi');
    expect(az).toContain('Səhifə 1 /');
    const en = await pdfText(file('PLAN_COMPLETION', 'PDF', 'EN').bytes);
    expect(en).toContain('Completion by section');
    expect(en).toMatch(/Trafficking and forced- ?labour crimes detected/); // may wrap at the hyphen
    expect(en).toMatch(/Page 1 of \d+/);
  });

  it('ANNUAL_REPORT in AZ: narratives by direction, then the figures with the change in words', async () => {
    for (const text of [await pdfText(file('ANNUAL_REPORT', 'PDF', 'AZ').bytes), await docxText(file('ANNUAL_REPORT', 'DOCX', 'AZ').bytes)]) {
      expect(text).toContain('1. Qanunvericilik bazasının təkmilləşdirilməsi');
      expect(text).toContain('Cinayət-Prosessual Məcəlləsinə yeni 123-1-ci maddə');
      expect(text).toContain('Aşkarlanmış insan alveri və məcburi əmək cinayətləri: 147; bu, 2015-ci illə müqayisədə 30,1 % çoxdur (+34).');
      expect(text).toMatch(/cinayətkar qrup[^:]*: 15; bu, 2015-ci illə müqayisədə 15,4 % çoxdur \(\+2\)\./);
      expect(text).toMatch(/: 38 \(31 qadın, 7 kişi\); bu, 2015-ci illə müqayisədə 15,2 % çoxdur \(\+5\)\./);
      expect(text).toMatch(/: 70 \(69 qadın, 1 kişi; 69 vətəndaş, 1 əcnəbi\); bu, 2015-ci illə müqayisədə/);
      expect(text).toContain('70.000'); // Intl az grouping, as the 2016 report writes it
      expect(text).toContain('2016-cı il üzrə');
    }
  });

  it('ANNUAL_REPORT in EN: the same figures and changes in English words', async () => {
    for (const text of [await pdfText(file('ANNUAL_REPORT', 'PDF', 'EN').bytes), await docxText(file('ANNUAL_REPORT', 'DOCX', 'EN').bytes)]) {
      expect(text).toContain('Trafficking and forced-labour crimes detected: 147, 30.1% more than in 2015 (+34).');
      expect(text).toMatch(/: 15, 15\.4% more than in 2015 \(\+2\)\./);
      expect(text).toMatch(/: 38 \(31 women, 7 men\), 15\.2% more than in 2015 \(\+5\)\./);
      expect(text).toMatch(/: 70 \(69 women, 1 man; 69 nationals, 1 foreigner\), 11\.1% more than in 2015 \(\+7\)\./);
      expect(text).toContain('70,000');
      expect(text).not.toMatch(/[əƏğış]/); // nothing left in Azerbaijani but names
    }
  });

  it('XLSX: one sheet per table, figures as numbers with number formats', async () => {
    const az = await xlsxSheets(file('PLAN_COMPLETION', 'XLSX', 'AZ').bytes);
    expect([...az.keys()]).toEqual(
      expect.arrayContaining(['Xülasə', 'Bölmələr', 'Təşkilatlar', 'Tədbirlər', 'Hesabatlar', 'Göstəricilər', 'Bölgülər']),
    );
    const crimes = az.get('Göstəricilər')?.find((row) => row.includes('Aşkarlanmış insan alveri və məcburi əmək cinayətləri'));
    expect(crimes).toEqual(expect.arrayContaining([147, 120, 113, 34]));
    expect(crimes?.filter((cell) => typeof cell === 'number').length).toBeGreaterThanOrEqual(6);
    const en = await xlsxSheets(file('ANNUAL_REPORT', 'XLSX', 'EN').bytes);
    const sections = (en.get('Sections') ?? []).slice(2).filter((row) => row.length >= 4);
    expect(sections).toHaveLength(7);
    expect(sections.every((row) => typeof row[2] === 'number' && typeof row[3] === 'number')).toBe(true);
  });

  it('CSV: UTF-8 with BOM, AZ with ";" and decimal comma, EN with ","', () => {
    const az = file('PLAN_COMPLETION', 'CSV', 'AZ').bytes.toString('utf8');
    expect(az.charCodeAt(0)).toBe(0xfeff);
    expect(az).toContain('Aşkarlanmış insan alveri və məcburi əmək cinayətləri;');
    expect(az).toMatch(/;147;120;122,5;113;34;30,1/);
    const en = file('PLAN_COMPLETION', 'CSV', 'EN').bytes.toString('utf8');
    expect(en).toMatch(/,147,120,122\.5,113,34,30\.1/);
  });

  it('DOCX: opens as a Word package with the text', async () => {
    const text = await docxText(file('AGENCY_SCORECARD', 'DOCX', 'AZ').bytes);
    expect(text).toContain('Təşkilatın icra kartı');
    expect(text).toContain('Təhsil Nazirliyi');
    expect(text).toContain('Maarifləndirici tədbirlərlə əhatə olunmuş şagirdlər');
  });

  it("AGENCY_SCORECARD: one organisation's assignments, timeliness and indicators", async () => {
    const text = await pdfText(file('AGENCY_SCORECARD', 'PDF', 'EN').bytes);
    expect(text).toContain('Agency scorecard');
    expect(text).toContain('Ministry of Education');
    expect(text).toMatch(/Ministry of Education: \d+ assignments, completion [\d.]+%\. Reports on time: [\d.]+%/);
    expect(text).toContain('Pupils reached by awareness events');
    expect(text).not.toContain('Ministry of Health');
  });

  it('regenerating from unchanged accepted data gives the same figures (and for PDF and CSV the same bytes)', async () => {
    for (const format of ['PDF', 'CSV'] as const) {
      const again = await generated('ANNUAL_REPORT', format, 'AZ');
      expect(again.report.sha256).toBe(file('ANNUAL_REPORT', format, 'AZ').report.sha256);
    }
    const again = await generated('PLAN_COMPLETION', 'XLSX', 'EN');
    const before = await xlsxSheets(file('PLAN_COMPLETION', 'XLSX', 'EN').bytes);
    expect([...(await xlsxSheets(again.bytes)).entries()]).toEqual([...before.entries()]);
  });

  it('downloading needs a token; another agency gets 404; a focal point sees only its own scorecards', async () => {
    const scorecard = file('AGENCY_SCORECARD', 'PDF', 'AZ').report; // MOE
    const completion = file('PLAN_COMPLETION', 'PDF', 'AZ').report;
    expect((await download(scorecard.id, null)).status).toBe(401);
    expect((await download(scorecard.id, 'not-a-token')).status).toBe(401);
    expect((await download(scorecard.id, focalMoh)).status).toBe(404);
    expect((await download(completion.id, focalMoe)).status).toBe(404);
    expect((await download(scorecard.id, focalMoe)).status).toBe(200);
    expect((await download(completion.id, auditor)).status).toBe(200);
    expect((await download('not-a-uuid', auditor)).status).toBe(400);
    expect((await download('00000000-0000-4000-8000-000000000000', auditor)).status).toBe(404);

    const hidden = await app.gql(`query($id: ID!) { generatedReport(id: $id) { id } }`, { id: scorecard.id }, focalMoh);
    expect(errorCode(hidden)).toBe('NOT_FOUND');
    const list = await app.gql<{ generatedReports: { total: number; items: { kind: string; organizationId: string }[] } }>(
      `query($p: ID!) { generatedReports(planId: $p, page: { limit: 200 }) { total items { kind organizationId } } }`,
      { p: planId },
      focalMoe,
    );
    expect(list.data?.generatedReports.total).toBeGreaterThan(0);
    expect(list.data?.generatedReports.items.every((r) => r.kind === 'AGENCY_SCORECARD' && r.organizationId === moeId)).toBe(true);
    const all = await app.gql<{ generatedReports: { total: number } }>(
      `query($p: ID!) { generatedReports(planId: $p) { total } }`,
      { p: planId },
      auditor,
    );
    expect(all.data?.generatedReports.total).toBeGreaterThan(list.data?.generatedReports.total ?? 0);
  });

  it('who may generate what', async () => {
    const own = await generate({ kind: 'AGENCY_SCORECARD', format: 'CSV', language: 'AZ', organizationId: moeId }, focalMoe);
    expect((await finished(own.id, focalMoe)).status).toBe('DONE');
    const base = { format: 'PDF', language: 'EN' };
    const other = await app.gql(`mutation($i: GenerateReportInput!) { generateReport(input: $i) { id } }`, {
      i: { planId, periodId, kind: 'AGENCY_SCORECARD', organizationId: mohId, ...base },
    }, focalMoe);
    expect(errorCode(other)).toBe('FORBIDDEN');
    const plan = await app.gql(`mutation($i: GenerateReportInput!) { generateReport(input: $i) { id } }`, {
      i: { planId, periodId, kind: 'PLAN_COMPLETION', ...base },
    }, focalMoe);
    expect(errorCode(plan)).toBe('FORBIDDEN');
    const auditorReport = await generate({ kind: 'PLAN_COMPLETION', format: 'CSV', language: 'EN' }, auditor);
    expect((await finished(auditorReport.id, auditor)).status).toBe('DONE');
    // the mutation leaves its audit event, with who asked and the parameters
    const events = await app.sql<{ actor_role: string; after: { kind: string; format: string } }>(
      `SELECT actor_role, after FROM audit_event WHERE action = 'GENERATE_REPORT' AND entity_type = 'GeneratedReport' AND entity_id = $1`,
      [auditorReport.id],
    );
    expect(events).toEqual([expect.objectContaining({ actor_role: 'AUDITOR', after: expect.objectContaining({ kind: 'PLAN_COMPLETION', format: 'CSV' }) })]);
    const missing = await app.gql(`mutation($i: GenerateReportInput!) { generateReport(input: $i) { id } }`, {
      i: { planId, periodId, kind: 'AGENCY_SCORECARD', ...base },
    }, coordinator);
    expect(errorCode(missing)).toBe('BAD_USER_INPUT');
    expect(missing.errors?.[0]?.extensions?.fields?.map((f) => f.field)).toContain('organizationId');
    const anonymous = await app.gql(`mutation($i: GenerateReportInput!) { generateReport(input: $i) { id } }`, {
      i: { planId, periodId, kind: 'PLAN_COMPLETION', ...base },
    });
    expect(errorCode(anonymous)).toBe('UNAUTHENTICATED');
    const unknownPeriod = await app.gql(`mutation($i: GenerateReportInput!) { generateReport(input: $i) { id } }`, {
      i: { planId, periodId: '00000000-0000-4000-8000-000000000000', kind: 'PLAN_COMPLETION', ...base },
    }, coordinator);
    expect(errorCode(unknownPeriod)).toBe('NOT_FOUND');
  });

  it('a public report shows or implies no count from 1 to 4 in its breakdowns', async () => {
    const pdf = await generated('ANNUAL_REPORT', 'PDF', 'AZ', { public: true });
    expect(pdf.report.public).toBe(true);
    expect(pdf.report.fileName).toBe('İllik hesabat NAP-THB-2014-2016 2016 (ictimai).pdf');
    const text = await pdfText(pdf.bytes);
    expect(text).toContain('Aşkarlanmış insan alveri və məcburi əmək cinayətləri: 147; bu, 2015-ci illə müqayisədə 30,1 % çoxdur (+34).');
    expect(text).toMatch(/: 70 \(cinsə və vətəndaşlığa görə bölgü məxfilik məqsədilə göstərilmir\)/);
    expect(text).toContain('31 qadın, 7 kişi'); // 7 is above the threshold
    expect(text).not.toMatch(/1 kişi|1 əcnəbi|69 qadın|69 vətəndaş|1-i kişi|1-i əcnəbi/);
    expect(text).toContain('Kiçik saylar olan cümlələr məxfilik məqsədilə ictimai hesabata daxil edilməyib.');
    expect(text).toContain('x — məxfilik məqsədilə gizlədilib: 1–4 aralığında say');

    const en = await pdfText((await generated('ANNUAL_REPORT', 'PDF', 'EN', { public: true })).bytes);
    expect(en).toMatch(/: 70 \(breakdown by sex and citizenship withheld for privacy\)/);
    expect(en).not.toMatch(/\b1 man\b|\b1 foreigner\b|69 women|69 nationals/);

    const csv = (await generated('PLAN_COMPLETION', 'CSV', 'EN', { public: true })).bytes.toString('utf8');
    const breakdownLines = csv.slice(csv.indexOf('Indicator breakdowns')).split('\r\n').slice(2);
    const victims = breakdownLines.filter((line) => line.includes('Victims identified'));
    expect(victims).toHaveLength(4);
    expect(victims.every((line) => line.endsWith(',x'))).toBe(true);
    for (const line of breakdownLines.filter((l) => l.includes(','))) {
      const value = line.split(',').pop() ?? '';
      if (/^\d+$/.test(value)) expect(Number(value) === 0 || Number(value) > 4).toBe(true);
    }

    const xlsx = await xlsxSheets((await generated('PLAN_COMPLETION', 'XLSX', 'AZ', { public: true })).bytes);
    const cells = (xlsx.get('Bölgülər') ?? []).slice(2).filter((row) => row.length >= 4);
    expect(cells.length).toBeGreaterThan(0);
    for (const row of cells) {
      const value = row[3];
      expect(value === 'x' || value === 0 || (typeof value === 'number' && value > 4)).toBe(true);
    }
  });

  it('the API answers while a 600-measure report renders in the worker thread', async () => {
    const plan = await generatePlan(app.sql, 61, 600);
    // Eight more indicators per measure (no values yet): a PDF of several thousand table rows.
    await app.sql(
      `INSERT INTO indicator (measure_id, code, name_az, name_en, unit, combine_rule, target, dimensions, sort_order)
       SELECT m.id, 'X' || g, 'Əlavə göstərici ' || g || ' (şəxslər, ğ ı İ ö ü ç)', 'Extra indicator ' || g, 'COUNT', 'SUM', 100, '[]'::jsonb, 100 + g
       FROM measure m CROSS JOIN generate_series(1, 8) g WHERE m.plan_id = $1`,
      [plan.planId],
    );
    const period = plan.periods[plan.periods.length - 1];
    const res = await app.gql<{ generateReport: Generated }>(
      `mutation($i: GenerateReportInput!) { generateReport(input: $i) { ${FIELDS} } }`,
      { i: { planId: plan.planId, periodId: period.id, kind: 'PLAN_COMPLETION', format: 'PDF', language: 'AZ' } },
      coordinator,
    );
    const id = res.data?.generateReport.id;
    if (!id) throw new Error(JSON.stringify(res.errors));
    const state = async () => (await app.sql<{ status: string; progress: number }>(`SELECT status, progress FROM generated_report WHERE id = $1`, [id]))[0];

    // The worker reports 55 once the document is laid out, then renders it.
    let seen = await state();
    while (seen.status === 'PENDING' || (seen.status === 'RUNNING' && seen.progress < 55)) {
      await new Promise((resolve) => setTimeout(resolve, 5));
      seen = await state();
    }
    expect(seen).toEqual({ status: 'RUNNING', progress: 55 });
    // Pings one after another while the report renders: each is answered and the report is
    // still rendering afterwards. Rendering on the API thread would hold all but one or two
    // of them until it finished.
    let answeredWhileRendering = 0;
    while ((await state()).progress === 55) {
      const ping = await app.gql<{ systemInfo: { name: string } }>(`{ systemInfo { name } }`, {}, coordinator);
      expect(ping.data?.systemInfo.name).toBeTruthy();
      const after = await state();
      if (after.status === 'RUNNING' && after.progress === 55) answeredWhileRendering += 1;
    }
    expect(answeredWhileRendering).toBeGreaterThanOrEqual(5);

    const report = await finished(id, coordinator);
    expect(report).toMatchObject({ status: 'DONE', progress: 100 });
    const text = await pdfText(Buffer.from(await (await download(id, coordinator)).arrayBuffer()));
    expect(text).toContain('Əlavə göstərici 8 (şəxslər, ğ ı İ ö ü ç)');
    expect(text).toContain('Tədbir 600');
  });

  it('a failed generation says why', async () => {
    const config = app.running.app.get<AppConfig>(APP_CONFIG);
    const reports = join(config.dataDir, 'reports');
    const aside = `${reports}.aside`;
    renameSync(reports, aside);
    writeFileSync(reports, 'not a folder'); // storing the file now fails
    try {
      const queued = await generate({ kind: 'PLAN_COMPLETION', format: 'CSV', language: 'EN' }, coordinator);
      const report = await finished(queued.id, coordinator);
      expect(report).toMatchObject({ status: 'FAILED', url: null, sha256: null });
      expect(report.error).toMatch(/^Failed while storing the file: /);
      const res = await download(report.id, coordinator);
      expect(res.status).toBe(409);
      expect(((await res.json()) as { extensions: { code: string } }).extensions.code).toBe('INVALID_STATE');
    } finally {
      rmSync(reports, { force: true });
      renameSync(aside, reports);
      mkdirSync(reports, { recursive: true });
    }
  });
});
