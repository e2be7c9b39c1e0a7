import { createHash } from 'crypto';
import pdfParse from 'pdf-parse';
import { renderPdf } from './pdf-renderer';
import { AZ_TEXTS, sampleReport } from './testing/sample-report';

/** Line wrapping and the no-break spaces of numbers become plain single spaces. */
async function pdfText(bytes: Buffer): Promise<{ text: string; pages: number }> {
  const parsed = await pdfParse(bytes);
  return { text: parsed.text.replace(/\s+/g, ' '), pages: parsed.numpages };
}

const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

describe('renderPdf', () => {
  let azPdf: Buffer;

  beforeAll(async () => {
    azPdf = await renderPdf(sampleReport('AZ'));
  });

  it('writes a PDF with the Azerbaijani text intact', async () => {
    expect(azPdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const { text } = await pdfText(azPdf);
    for (const expected of Object.values(AZ_TEXTS)) {
      expect(text).toContain(expected);
    }
    expect(text).toContain('ğ, ı, İ, ö, ü, ç, ş, Ə, Ğ, Ş, Ç, Ö, Ü');
  });

  it('embeds the TrueType font instead of relying on a standard font', () => {
    const raw = azPdf.toString('latin1');
    expect(raw).toContain('/FontFile2');
    expect(raw).toContain('DejaVuSans');
    expect(raw).not.toContain('/Helvetica');
  });

  it('numbers every page in the document language', async () => {
    const { text, pages } = await pdfText(azPdf);
    expect(pages).toBeGreaterThan(1);
    for (let page = 1; page <= pages; page++) {
      expect(text).toContain(`Səhifə ${page} / ${pages}`);
    }
    const en = await pdfText(await renderPdf(sampleReport('EN')));
    expect(en.text).toContain(`Page 1 of ${en.pages}`);
  });

  it('formats numbers and dates for the language', async () => {
    const { text } = await pdfText(azPdf);
    expect(text).toContain('1.056');
    expect(text).toContain('30,1 %');
    expect(text).toContain('15.03.2016');
    expect(text).toContain('153.000,00');

    const en = await pdfText(await renderPdf(sampleReport('EN')));
    expect(en.text).toContain('1,056');
    expect(en.text).toContain('30.1%');
    expect(en.text).toContain('15 Mar 2016');
  });

  it('repeats the table header on every page the table spans', async () => {
    const parsed = await pdfParse(await renderPdf(sampleReport('EN', 150)));
    // pdf.js joins the cells of a row without spaces, so compare without whitespace.
    const compact = parsed.text.replace(/\s+/g, '');
    const headers = compact.split('CodeMeasureWeightCompletionDuedate').length - 1;
    // The measures table starts on page 1 and runs to the last page.
    expect(parsed.numpages).toBeGreaterThanOrEqual(3);
    expect(headers).toBe(parsed.numpages);
  });

  it('gives the same bytes for the same document', async () => {
    const again = await renderPdf(sampleReport('AZ'));
    expect(sha256(again)).toBe(sha256(azPdf));
  });

  it('changes the bytes when the generation time changes', async () => {
    const report = sampleReport('AZ');
    report.generatedAt = new Date('2017-01-21T09:30:00Z');
    expect(sha256(await renderPdf(report))).not.toBe(sha256(azPdf));
  });

  it('renders an empty document', async () => {
    const { language, title, generatedAt } = sampleReport('EN');
    const bytes = await renderPdf({
      language,
      title,
      generatedAt,
      metadata: [],
      blocks: [],
    });
    const { text, pages } = await pdfText(bytes);
    expect(pages).toBe(1);
    expect(text).toContain('Page 1 of 1');
  });

  it('renders a table without columns or rows and a chart without bars', async () => {
    const { language, title, generatedAt } = sampleReport('EN');
    const bytes = await renderPdf({
      language,
      title,
      generatedAt,
      metadata: [],
      blocks: [
        { kind: 'table', id: 'empty', title: 'No columns', columns: [], rows: [] },
        {
          kind: 'table',
          id: 'noRows',
          title: 'No rows',
          columns: [{ key: 'a', header: 'A', type: 'integer' }],
          rows: [],
        },
        { kind: 'barChart', title: 'No bars', unit: 'count', bars: [] },
      ],
    });
    const { text } = await pdfText(bytes);
    expect(text).toContain('No columns');
    expect(text).toContain('No rows');
    expect(text).toContain('No bars');
  });
});
