import { Workbook } from 'exceljs';
import type { Worksheet } from 'exceljs';
import type { ReportDocument } from './report-document';
import { renderXlsx } from './xlsx-renderer';
import { AZ_TEXTS, sampleReport } from './testing/sample-report';

async function readBack(report: ReportDocument): Promise<Workbook> {
  const workbook = new Workbook();
  // exceljs types load() with its own Buffer (an ArrayBuffer); hand it a copy as one.
  await workbook.xlsx.load(new Uint8Array(await renderXlsx(report)).buffer);
  return workbook;
}

function sheet(workbook: Workbook, name: string): Worksheet {
  const found = workbook.getWorksheet(name);
  if (!found) throw new Error(`no sheet ${name}; have ${workbook.worksheets.map((w) => w.name).join(', ')}`);
  return found;
}

describe('renderXlsx', () => {
  let az: Workbook;

  beforeAll(async () => {
    az = await readBack(sampleReport('AZ'));
  });

  it('has a summary sheet first, then one sheet per table named by its id', () => {
    expect(az.worksheets.map((w) => w.name)).toEqual(['Xülasə', 'byOrganization', 'measures']);
    expect(az.created).toEqual(new Date('2017-01-20T09:30:00Z'));
    expect(az.modified).toEqual(new Date('2017-01-20T09:30:00Z'));
  });

  it('keeps the Azerbaijani text intact', () => {
    const summary = sheet(az, 'Xülasə');
    expect(summary.getCell('A1').value).toBe(sampleReport('AZ').title);
    const texts: string[] = [];
    summary.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value))));
    expect(texts).toContain(AZ_TEXTS.paragraph);
    expect(texts).toContain('Koordinator');

    const organizations = sheet(az, 'byOrganization');
    expect(organizations.getCell('A4').value).toBe(AZ_TEXTS.ministry);
    expect(organizations.getCell('A5').value).toBe(AZ_TEXTS.committee);
    expect(organizations.getCell('G4').value).toBe(AZ_TEXTS.bySex);
  });

  it('writes numbers as numbers with number formats', () => {
    const organizations = sheet(az, 'byOrganization');
    const measures = organizations.getCell('B3');
    expect(typeof measures.value).toBe('number');
    expect(measures.value).toBe(1056);
    expect(measures.numFmt).toBe('#,##0');

    const completion = organizations.getCell('C3');
    expect(completion.value).toBeCloseTo(0.301, 10);
    expect(completion.numFmt).toBe('0.0%');

    const expenditure = organizations.getCell('E4');
    expect(expenditure.value).toBe(182000.5);
    expect(expenditure.numFmt).toBe('#,##0.00');

    const weight = sheet(az, 'measures').getCell('C4');
    expect(weight.value).toBe(1.5);
    expect(weight.numFmt).toBe('#,##0.0');

    // A suppressed small count stays as the text the caller gave.
    expect(organizations.getCell('F5').value).toBe('<5');
    expect(organizations.getCell('D5').value).toBeNull();
  });

  it('writes dates as dates in the language format', async () => {
    const date = sheet(az, 'byOrganization').getCell('D3');
    expect(date.value).toEqual(new Date(Date.UTC(2016, 2, 15)));
    expect(date.numFmt).toBe('dd.mm.yyyy');

    const en = await readBack(sampleReport('EN'));
    expect(en.worksheets[0].name).toBe('Summary');
    expect(sheet(en, 'byOrganization').getCell('D3').numFmt).toBe('dd mmm yyyy');
  });

  it('freezes a bold header row with an autofilter', () => {
    const organizations = sheet(az, 'byOrganization');
    expect(organizations.getCell('A1').value).toBe('Təşkilatlar üzrə icra');
    expect(organizations.getCell('A2').value).toBe('Təşkilat');
    expect(organizations.getCell('A2').font?.bold).toBe(true);
    expect(organizations.views[0]).toMatchObject({
      state: 'frozen',
      ySplit: 2,
    });
    expect(organizations.autoFilter).toBe('A2:G5');
    expect(organizations.getColumn(1).width).toBe(40); // the column's width hint
    expect(organizations.getColumn(2).width).toBeGreaterThanOrEqual(8);
  });

  it('makes sheet names Excel accepts', async () => {
    const report = sampleReport('EN');
    const table = report.blocks.find((b) => b.kind === 'table');
    if (!table || table.kind !== 'table') throw new Error('fixture has a table');
    report.blocks.push(
      { ...table, id: 'a/b:c*d?[e]' },
      { ...table, id: 'SUMMARY' },
      { ...table, id: 'x'.repeat(40) },
      { ...table, id: 'x'.repeat(40) },
    );
    const names = (await readBack(report)).worksheets.map((w) => w.name);
    expect(names).toEqual([
      'Summary',
      'byOrganization',
      'measures',
      'a_b_c_d__e_',
      'SUMMARY (2)',
      'x'.repeat(31),
      `${'x'.repeat(27)} (2)`,
    ]);
  });
});
