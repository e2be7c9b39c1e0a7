import JSZip from 'jszip';
import { renderDocx } from './docx-renderer';
import type { ReportDocument } from './report-document';
import { AZ_TEXTS, sampleReport } from './testing/sample-report';

async function unzip(bytes: Buffer): Promise<JSZip> {
  return JSZip.loadAsync(bytes);
}

async function part(zip: JSZip, path: string): Promise<string> {
  const file = zip.file(path);
  if (!file) throw new Error(`${path} missing`);
  return file.async('string');
}

/** The visible text of a WordprocessingML part: runs of one paragraph joined, paragraphs by newline. */
function visibleText(xml: string): string {
  return xml
    .split(/<\/w:p>/)
    .map((paragraph) => [...paragraph.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
    .join('\n')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"');
}

describe('renderDocx', () => {
  let zip: JSZip;
  let documentXml: string;

  beforeAll(async () => {
    zip = await unzip(await renderDocx(sampleReport('AZ')));
    documentXml = await part(zip, 'word/document.xml');
  });

  it('writes a Word package', async () => {
    const bytes = await renderDocx(sampleReport('AZ'));
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(Object.keys(zip.files)).toEqual(
      expect.arrayContaining(['word/document.xml', 'word/styles.xml', '[Content_Types].xml']),
    );
  });

  it('contains the Azerbaijani texts', () => {
    const text = visibleText(documentXml);
    for (const expected of Object.values(AZ_TEXTS)) {
      expect(text).toContain(expected);
    }
    expect(text).toContain(sampleReport('AZ').title);
    expect(text).toContain('1.056'); // Intl az groups with a dot, as the 2016 report does
    expect(text).toContain('30,1\u00a0%');
    expect(text).toContain('15.03.2016');
  });

  it('uses real heading styles and the title style', async () => {
    expect(documentXml).toContain('<w:pStyle w:val="Title"/>');
    expect(documentXml).toContain('<w:pStyle w:val="Heading1"/>');
    expect(documentXml).toContain('<w:pStyle w:val="Heading2"/>');
    expect(documentXml).toContain('<w:pStyle w:val="Heading3"/>');
    const styles = await part(zip, 'word/styles.xml');
    expect(styles).toMatch(/w:styleId="Heading1"[\s\S]*?<w:name w:val="Heading 1"\/>/);
    expect(styles).toContain('w:ascii="Calibri"');
  });

  it('writes tables as Word tables with a repeating header row', () => {
    const tables = documentXml.match(/<w:tbl>/g) ?? [];
    expect(tables.length).toBe(4); // two data tables, two charts
    expect(documentXml).toContain('<w:tblHeader/>');
    const firstTable = documentXml.slice(documentXml.indexOf('<w:tbl>'));
    expect(visibleText(firstTable)).toContain('Qarşısının alınması və maarifləndirmə');
    expect(documentXml).toContain('\u2588'.repeat(28)); // 92.4 % of a 30-block bar
  });

  it('numbers pages in the footer in the document language', async () => {
    const footerName = Object.keys(zip.files).find((name) => /^word\/footer\d*\.xml$/.test(name));
    expect(footerName).toBeDefined();
    const footer = await part(zip, footerName ?? '');
    expect(footer).toContain('Səhifə ');
    expect(footer).toMatch(/PAGE/);
    expect(footer).toMatch(/NUMPAGES/);
  });

  it('stamps the core properties with generatedAt', async () => {
    const core = await part(zip, 'docProps/core.xml');
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2017-01-20T09:30:00Z</dcterms:created>');
    expect(core).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2017-01-20T09:30:00Z</dcterms:modified>');
    expect(core).toContain(`<dc:title>${sampleReport('AZ').title}</dc:title>`);
  });

  it('escapes markup in texts', async () => {
    const report: ReportDocument = {
      ...sampleReport('EN'),
      title: 'A < B & "C"',
      blocks: [{ kind: 'paragraph', text: '<w:p> & more' }],
    };
    const rendered = await unzip(await renderDocx(report));
    expect(visibleText(await part(rendered, 'word/document.xml'))).toContain('<w:p> & more');
    expect(await part(rendered, 'docProps/core.xml')).toContain('<dc:title>A &lt; B &amp; &quot;C&quot;</dc:title>');
  });
});
