import { Workbook } from 'exceljs';
import JSZip from 'jszip';
import pdfParse from 'pdf-parse';
import { ReportKind } from '@nap/domain';
import { buildReportDocument } from '../document/build-document';
import { syntheticReportData } from '../testing/synthetic-report-data';
import type { ReportDocument, ReportTable } from './report-document';
import { renderDocx } from './docx-renderer';
import { renderPdf } from './pdf-renderer';
import { renderXlsx } from './xlsx-renderer';

/**
 * A national plan of the bench's M size (600 measures, 6,000 indicators, ~25,000 table rows)
 * through each renderer: complete output, every row present, Azerbaijani letters intact.
 * Times are measured by the bench (tools/bench/render-reports.ts), not asserted here.
 */
const tables = (document: ReportDocument): ReportTable[] =>
  document.blocks.filter((block): block is ReportTable => block.kind === 'table');

describe('renderers on a 600-measure plan', () => {
  const completion = buildReportDocument(syntheticReportData({ kind: ReportKind.PLAN_COMPLETION, measures: 600 }));
  const annual = buildReportDocument(syntheticReportData({ kind: ReportKind.ANNUAL_REPORT, measures: 600 }));
  const breakdowns = tables(completion).find((table) => table.id === 'Bölgülər');
  const lastIndicator = tables(completion).find((table) => table.id === 'Göstəricilər')?.rows.at(-1);

  it('the synthetic plan has the size of M', () => {
    expect(completion.blocks.length).toBeGreaterThan(10);
    expect(tables(completion).reduce((n, table) => n + table.rows.length, 0)).toBeGreaterThan(20_000);
    expect(breakdowns?.rows.length).toBeGreaterThan(10_000);
    expect(String(lastIndicator?.['indicator'])).toMatch(/[əğışçöü]/);
  });

  it('PDF: every page numbered, the last rows and the Azerbaijani letters in the text', async () => {
    const bytes = await renderPdf(completion);
    const parsed = await pdfParse(bytes);
    const text = parsed.text.replace(/\s+/g, ' ');
    expect(parsed.numpages).toBeGreaterThan(300);
    expect(text).toContain(`Səhifə ${parsed.numpages} / ${parsed.numpages}`);
    expect(text).toContain('İnsan alverinə qarşı mübarizəyə dair Milli Fəaliyyət Planı');
    expect(text).toContain(String(lastIndicator?.['indicator']).replace(/\s+/g, ' ').split(' ').slice(0, 2).join(' '));
    const lastBreakdown = breakdowns?.rows.at(-1);
    expect(text).toContain(String(lastBreakdown?.['cell']));
  }, 180_000);

  it('XLSX: one row per table row on each sheet, texts intact', async () => {
    const workbook = new Workbook();
    await workbook.xlsx.load(new Uint8Array(await renderXlsx(completion)).buffer);
    for (const table of tables(completion)) {
      const sheet = workbook.worksheets.find((w) => w.name === table.id);
      expect(sheet).toBeDefined();
      // title, header, the rows (and a note two rows below them)
      expect(sheet?.getRow(2 + table.rows.length).getCell(1).value).toBe(table.rows.at(-1)?.[table.columns[0].key] ?? null);
    }
    const indicators = workbook.getWorksheet('Göstəricilər');
    expect(indicators?.getRow(3).getCell(2).value).toBe(tables(completion).find((t) => t.id === 'Göstəricilər')?.rows[0]['indicator']);
  }, 180_000);

  it('DOCX: the narratives, figures and annex tables, letters intact', async () => {
    const zip = await JSZip.loadAsync(await renderDocx(annual));
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    expect(xml.match(/<w:tbl>/g)?.length).toBe(tables(annual).length + annual.blocks.filter((b) => b.kind === 'barChart').length);
    const rows = tables(annual).reduce((n, table) => n + table.rows.length + 1, 0);
    expect(xml.match(/<w:tr>/g)?.length).toBeGreaterThanOrEqual(rows);
    expect(xml).toContain('Qurbanlara hüquqi, psixoloji və tibbi yardım göstərilmiş');
    expect(xml).toContain('<w:pStyle w:val="Heading1"/>');
  }, 180_000);
});
