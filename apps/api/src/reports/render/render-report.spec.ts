import { createHash } from 'crypto';
import { RENDER_FORMATS, contentTypeFor, fileExtensionFor, renderReport } from './render-report';
import type { RenderFormat } from './render-report';
import { sampleReport } from './testing/sample-report';

describe('renderReport', () => {
  const zip = Buffer.from('PK\x03\x04', 'latin1');
  const signatures: Record<RenderFormat, Buffer> = {
    PDF: Buffer.from('%PDF-', 'latin1'),
    XLSX: zip,
    DOCX: zip,
    CSV: Buffer.from([0xef, 0xbb, 0xbf]),
  };

  it.each(RENDER_FORMATS)('renders %s', async (format) => {
    const bytes = await renderReport(sampleReport('AZ', 5), format);
    expect(bytes.subarray(0, signatures[format].length)).toEqual(signatures[format]);
  });

  it('names content types and extensions', () => {
    expect(RENDER_FORMATS.map((format) => [contentTypeFor(format), fileExtensionFor(format)])).toEqual([
      ['application/pdf', 'pdf'],
      ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'xlsx'],
      ['text/csv; charset=utf-8', 'csv'],
      ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'docx'],
    ]);
  });

  it('rejects an unknown format', async () => {
    await expect(renderReport(sampleReport('EN'), 'HTML' as RenderFormat)).rejects.toThrow('Unknown report format');
  });

  it('gives the same CSV bytes for the same document', async () => {
    const hash = async (): Promise<string> =>
      createHash('sha256')
        .update(await renderReport(sampleReport('EN'), 'CSV'))
        .digest('hex');
    expect(await hash()).toBe(await hash());
  });

  it.each(RENDER_FORMATS)('renders empty tables and charts as %s', async (format) => {
    const bytes = await renderReport(
      {
        language: 'AZ',
        title: 'Boş',
        metadata: [],
        generatedAt: new Date(0),
        blocks: [
          { kind: 'table', id: 'empty', title: 'Sütunsuz', columns: [], rows: [] },
          {
            kind: 'table',
            id: 'noRows',
            title: 'Sətirsiz',
            columns: [{ key: 'a', header: 'A', type: 'percent' }],
            rows: [],
          },
          { kind: 'barChart', title: 'Boş qrafik', unit: 'percent', bars: [] },
        ],
      },
      format,
    );
    expect(bytes.length).toBeGreaterThan(0);
  });
});
