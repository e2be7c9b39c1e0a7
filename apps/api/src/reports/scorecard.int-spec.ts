import { Workbook } from 'exceljs';
import pdfParse from 'pdf-parse';
import { startTestApp, type TestApp } from '../test/test-app';

/**
 * AGENCY_SCORECARD on a real database, generated over HTTP as the portal asks for it: the file
 * names its organisation in the report's language (Azerbaijani letters kept), and its
 * compliance table shows that organisation with exactly the figures `reportingCompliance`
 * gives for it — for the demo's 2016 period, for a newly opened period in which the
 * organisation submitted, and for one in which it has nothing expected (a zero row, not an
 * empty table).
 */
type Format = 'PDF' | 'XLSX' | 'CSV';
type Lang = 'AZ' | 'EN';

interface Compliance {
  organizationId: string | null;
  nameAz: string | null;
  nameEn: string | null;
  expected: number;
  onTime: number;
  late: number;
  missing: number;
  submitted: number;
  awaitingReview: number;
  timelinessPercent: number | null;
}

const COMPLIANCE_FIELDS = 'organizationId nameAz nameEn expected onTime late missing submitted awaitingReview timelinessPercent';
const NAME_AZ = 'Azərbaycan Respublikasının Daxili İşlər Nazirliyi';
const NAME_EN = 'Ministry of Internal Affairs of the Republic of Azerbaijan';
const TITLE = { AZ: `Təşkilatın icra kartı — ${NAME_AZ}`, EN: `Agency scorecard — ${NAME_EN}` };
const COMPLIANCE_HEADING = { AZ: 'Hesabatların vaxtında təqdim edilməsi', EN: 'Reporting compliance' };
const DIALECT = { AZ: { delimiter: ';', decimal: ',' }, EN: { delimiter: ',', decimal: '.' } };

/** RFC 4180 records (quoted fields may hold delimiters, quotes and line breaks). */
function parseCsv(text: string, delimiter: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === delimiter) {
      record.push(field);
      field = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      records.push([...record, field]);
      record = [];
      field = '';
      i += 1;
    } else field += char;
  }
  if (field !== '' || record.length > 0) records.push([...record, field]);
  return records;
}

/** The CSV's parts: the header (title, subtitle, metadata), then each table; blank lines separate them. */
function csvSections(bytes: Buffer, language: Lang): string[][][] {
  const text = bytes.toString('utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const sections: string[][][] = [[]];
  for (const record of parseCsv(text.slice(1), DIALECT[language].delimiter)) {
    if (record.length === 1 && record[0] === '') sections.push([]);
    else sections[sections.length - 1].push(record);
  }
  return sections.filter((section) => section.length > 0);
}

/** The compliance figures as the CSV writes them (plain digits, the language's decimal mark, '' for none). */
function csvRow(name: string, figures: Compliance, language: Lang): string[] {
  const number = (value: number | null) => (value === null ? '' : String(value).replace('.', DIALECT[language].decimal));
  return [
    name,
    ...[figures.expected, figures.onTime, figures.late, figures.missing, figures.awaitingReview, figures.timelinessPercent].map(number),
  ];
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

describe('AGENCY_SCORECARD: names its organisation and shows its reporting compliance (real database)', () => {
  let app: TestApp;
  let coordinator: string;
  let planId: string;
  let demoPeriodId: string;
  let newPeriodId: string;
  let miaId: string;
  let moeId: string;

  async function compliance(periodId: string, organizationId: string): Promise<{ byOrganization: Compliance[]; total: Compliance }> {
    const res = await app.gql<{ reportingCompliance: { byOrganization: Compliance[]; total: Compliance } }>(
      `query($p: ID!, $r: ID!, $o: ID) { reportingCompliance(planId: $p, periodId: $r, organizationId: $o) {
         byOrganization { ${COMPLIANCE_FIELDS} } total { ${COMPLIANCE_FIELDS} } } }`,
      { p: planId, r: periodId, o: organizationId },
      coordinator,
    );
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.reportingCompliance;
  }

  /** The organisation's own figures as reportingCompliance gives them: its row, else the (filtered) total. */
  async function ownCompliance(periodId: string, organizationId: string): Promise<Compliance> {
    const answer = await compliance(periodId, organizationId);
    expect(answer.byOrganization.length).toBeLessThanOrEqual(1);
    const own = answer.byOrganization.find((row) => row.organizationId === organizationId);
    if (own) expect({ ...answer.total, organizationId: own.organizationId, nameAz: own.nameAz, nameEn: own.nameEn }).toEqual(own);
    return own ?? answer.total;
  }

  async function scorecard(periodId: string, organizationId: string, format: Format, language: Lang): Promise<Buffer> {
    const res = await app.gql<{ generateReport: { id: string } }>(
      `mutation($i: GenerateReportInput!) { generateReport(input: $i) { id } }`,
      { i: { kind: 'AGENCY_SCORECARD', planId, periodId, organizationId, format, language } },
      coordinator,
    );
    const id = res.data?.generateReport.id;
    if (!id) throw new Error(JSON.stringify(res.errors));
    for (let attempt = 0; attempt < 600; attempt += 1) {
      const [row] = await app.sql<{ status: string; error: string | null }>(`SELECT status, error FROM generated_report WHERE id = $1`, [id]);
      if (row.status === 'FAILED') throw new Error(row.error ?? 'failed');
      if (row.status === 'DONE') {
        const download = await fetch(`${app.url}/files/reports/${id}`, { headers: { authorization: `Bearer ${coordinator}` } });
        expect(download.status).toBe(200);
        return Buffer.from(await download.arrayBuffer());
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`report ${id} did not finish`);
  }

  /** The CSV's title line and its compliance table (header row and data rows). */
  async function csvScorecard(periodId: string, organizationId: string, language: Lang) {
    const sections = csvSections(await scorecard(periodId, organizationId, 'CSV', language), language);
    const table = sections.find((section) => section[0]?.[0] === COMPLIANCE_HEADING[language]);
    if (!table) throw new Error('no compliance table');
    return { header: sections[0], complianceRows: table.slice(2) };
  }

  beforeAll(async () => {
    app = await startTestApp();
    coordinator = await app.login('coordinator@demo.local');
    [{ id: planId }] = await app.sql<{ id: string }>(`SELECT id FROM action_plan WHERE code = 'NAP-THB-2014-2016'`);
    [{ id: demoPeriodId }] = await app.sql<{ id: string }>(`SELECT id FROM reporting_period WHERE plan_id = $1 AND label = '2016'`, [planId]);
    [{ id: miaId }] = await app.sql<{ id: string }>(`SELECT id FROM organization WHERE code = 'MIA'`);
    [{ id: moeId }] = await app.sql<{ id: string }>(`SELECT id FROM organization WHERE code = 'MOE'`);
    // The ministry's full official name: long, with ə, İ, ş and ı.
    await app.sql(`UPDATE organization SET name_az = $2, name_en = $3 WHERE id = $1`, [miaId, NAME_AZ, NAME_EN]);

    // As the portal e2e does after the demo's periods: the next year is opened, and the
    // ministry's focal point reports on one of its measures in it.
    const opened = await app.gql<{ openReportingPeriod: { id: string } }>(
      `mutation($input: OpenReportingPeriodInput!) { openReportingPeriod(input: $input) { id } }`,
      { input: { planId, label: '2017', startDate: '2017-01-01', endDate: '2017-12-31', dueDate: '2018-01-20' } },
      coordinator,
    );
    if (!opened.data) throw new Error(JSON.stringify(opened.errors));
    newPeriodId = opened.data.openReportingPeriod.id;
    const focal = await app.login('focal.mia@demo.local');
    const mine = await app.gql<{ myAssignments: { assignment: { organization: { id: string }; measure: { id: string } }; report: { id: string } | null }[] }>(
      `query($periodId: ID!) { myAssignments(periodId: $periodId) { assignment { organization { id } measure { id } } report { id } } }`,
      { periodId: newPeriodId },
      focal,
    );
    const candidate = mine.data?.myAssignments.find((a) => a.report === null && a.assignment.organization.id === miaId);
    if (!candidate) throw new Error(`no assignment to report on: ${JSON.stringify(mine)}`);
    const saved = await app.gql<{ saveProgressReport: { id: string } }>(
      `mutation($input: SaveProgressReportInput!) { saveProgressReport(input: $input) { id } }`,
      {
        input: {
          measureId: candidate.assignment.measure.id,
          organizationId: miaId,
          periodId: newPeriodId,
          implementationStatus: 'IN_PROGRESS',
          percentComplete: 40,
          narrativeAz: 'İşlər davam edir (ə ğ ı İ ö ü ç ş).',
          narrativeEn: 'Work is under way.',
        },
      },
      focal,
    );
    if (!saved.data) throw new Error(JSON.stringify(saved.errors));
    const submitted = await app.gql(`mutation($id: ID!) { submitProgressReport(id: $id) { id } }`, { id: saved.data.saveProgressReport.id }, focal);
    if (submitted.errors) throw new Error(JSON.stringify(submitted.errors));
  }, 120_000);
  afterAll(() => app?.close());

  it.each(['AZ', 'EN'] as const)('demo 2016 period, CSV in %s: titled with the organisation, its compliance row as reportingCompliance says', async (language) => {
    const own = await ownCompliance(demoPeriodId, miaId);
    expect(own.expected).toBeGreaterThan(0);
    const { header, complianceRows } = await csvScorecard(demoPeriodId, miaId, language);
    expect(header[0]).toEqual([TITLE[language]]);
    expect(header).toContainEqual([language === 'AZ' ? 'Təşkilat' : 'Organisation', language === 'AZ' ? NAME_AZ : NAME_EN]);
    expect(complianceRows).toEqual([csvRow(language === 'AZ' ? NAME_AZ : NAME_EN, own, language)]);
  });

  it('a newly opened period with a submission in it: the row counts that submission, as reportingCompliance does', async () => {
    const own = await ownCompliance(newPeriodId, miaId);
    expect(own).toMatchObject({ expected: 1, submitted: 1, missing: 0, awaitingReview: 1 });
    expect(own.onTime + own.late).toBe(1);
    for (const language of ['AZ', 'EN'] as const) {
      const { header, complianceRows } = await csvScorecard(newPeriodId, miaId, language);
      expect(header[0]).toEqual([TITLE[language]]);
      expect(complianceRows).toEqual([csvRow(language === 'AZ' ? NAME_AZ : NAME_EN, own, language)]);
    }
  });

  it('a newly opened period in which the organisation has nothing expected: a row of zeros, not an empty table', async () => {
    const answer = await compliance(newPeriodId, moeId);
    expect(answer.byOrganization).toEqual([]);
    expect(answer.total).toMatchObject({ expected: 0, onTime: 0, late: 0, missing: 0, timelinessPercent: null });
    const { header, complianceRows } = await csvScorecard(newPeriodId, moeId, 'EN');
    expect(header[0]).toEqual(['Agency scorecard — Ministry of Education']);
    expect(complianceRows).toEqual([csvRow('Ministry of Education', answer.total, 'EN')]);
  });

  it('PDF: the title names the organisation in the language of the report, Azerbaijani letters kept', async () => {
    for (const [periodId, language] of [[demoPeriodId, 'AZ'], [newPeriodId, 'AZ'], [demoPeriodId, 'EN']] as const) {
      const pdf = await pdfParse(await scorecard(periodId, miaId, 'PDF', language));
      const text = pdf.text.replace(/\s+/g, ' ');
      expect(text).toContain(TITLE[language]);
      expect((pdf.info as { Title?: string }).Title).toBe(TITLE[language]);
      if (language === 'EN') expect(text).not.toContain(NAME_AZ);
    }
  });

  it('XLSX: the summary starts with the title naming the organisation; the compliance sheet has its figures', async () => {
    const own = await ownCompliance(newPeriodId, miaId);
    const sheets = await xlsxSheets(await scorecard(newPeriodId, miaId, 'XLSX', 'AZ'));
    const [summary] = [...sheets.values()];
    expect(summary[0][0]).toBe(TITLE.AZ);
    const row = sheets.get('Hesabatlar')?.find((cells) => cells[0] === NAME_AZ);
    expect(row?.slice(0, 6)).toEqual([NAME_AZ, own.expected, own.onTime, own.late, own.missing, own.awaitingReview]);
  });
});
