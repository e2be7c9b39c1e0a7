import { AlignmentType, Document, Footer, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import JSZip from 'jszip';
import { DeflatedEntry, zip, type DeflatedZipEntry, type ZipEntry } from './zip';
import type { ReportBarChart, ReportDocument, ReportLanguage, ReportTable } from './report-document';
import { BAR_COLORS, RENDER_LABELS, formatBarValue, formatCell, isNumericColumn } from './report-format';

/** Calibri has every Azerbaijani letter and is on every Word installation. */
const FONT = 'Calibri';
/** Block elements are in Arial's WGL4 set; Calibri's coverage of them is less certain. */
const BAR_FONT = 'Arial';
const BAR_BLOCKS = 30; // characters of a full-scale bar
const BAR_CHAR = '\u2588';

/** A4 with 2 cm margins, in twentieths of a point. */
const PAGE = { width: 11906, height: 16838, margin: 1134 };
const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;

const MUTED = '555555';
const HEADER_FILL = 'E6EDF3';
const RULE = 'B0B8C0';

/** Word's languages for spell checking; Azerbaijani in Latin script. */
const WORD_LANGUAGE: Record<ReportLanguage, string> = {
  AZ: 'az-Latn-AZ',
  EN: 'en-GB',
};

/**
 * The body's XML turned into bytes every few hundred pieces and handed to `sink` (which
 * compresses them): neither the pieces nor one string of the whole body (tens of megabytes
 * for a national plan) stay in memory.
 */
class XmlBytes {
  private pending: string[] = [];

  constructor(private readonly sink: (bytes: Buffer) => void) {}

  push(...parts: string[]): void {
    for (const part of parts) this.pending.push(part);
    if (this.pending.length >= 512) this.flush();
  }

  flush(): void {
    if (this.pending.length === 0) return;
    this.sink(Buffer.from(this.pending.join(''), 'utf8'));
    this.pending = [];
  }
}

/** Stands for the body in the package docx writes; replaced by the body's XML. */
const BODY_PLACEHOLDER = 'NAP-REPORT-BODY-7F3A9C';

/**
 * An editable Word document: real heading styles (navigation pane, table of contents), real
 * tables whose header row repeats on each page, charts as a table of text bars.
 *
 * The docx library writes the package (styles, footer with page numbers, properties); the
 * body, which for a national plan holds tens of thousands of table rows, is written here as
 * WordprocessingML text in one pass (the library's object tree costs a minute at that size)
 * and put in place of a placeholder paragraph.
 */
export async function renderDocx(report: ReportDocument): Promise<Buffer> {
  const language = report.language;
  const children = [new Paragraph({ children: [new TextRun(BODY_PLACEHOLDER)] })];

  const { pageBefore, pageBetween } = RENDER_LABELS[language];
  const document = new Document({
    title: report.title,
    ...(report.subtitle ? { subject: report.subtitle } : {}),
    creator: 'reports/render',
    styles: {
      default: {
        document: {
          run: {
            font: FONT,
            size: 21,
            language: { value: WORD_LANGUAGE[language] },
          },
          paragraph: { spacing: { after: 80, line: 264 } },
        },
        title: {
          run: { font: FONT, size: 40, bold: true },
          paragraph: { spacing: { after: 120 } },
        },
        heading1: headingStyle(32, 0),
        heading2: headingStyle(26, 1),
        heading3: headingStyle(22, 2),
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: {
              top: PAGE.margin,
              bottom: PAGE.margin,
              left: PAGE.margin,
              right: PAGE.margin,
            },
          },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({
                    size: 16,
                    color: MUTED,
                    children: [pageBefore, PageNumber.CURRENT, pageBetween, PageNumber.TOTAL_PAGES],
                  }),
                ],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  // docx stamps the core properties with the current time; replace them with generatedAt.
  const skeleton = await Packer.toBuffer(document, false, [{ path: 'docProps/core.xml', data: coreProperties(report) }]);
  const skeletonZip = await JSZip.loadAsync(skeleton);
  const placeholder = `<w:p><w:r><w:t xml:space="preserve">${BODY_PLACEHOLDER}</w:t></w:r></w:p>`;
  const entries: (ZipEntry | DeflatedZipEntry)[] = [];
  let placed = false;
  for (const file of Object.values(skeletonZip.files)) {
    if (file.dir) continue;
    if (file.name === 'word/document.xml') {
      const documentXml = await file.async('string');
      const index = documentXml.indexOf(placeholder);
      if (index < 0) throw new Error('The DOCX skeleton has no body placeholder');
      // The body is compressed as it is written, in place of the placeholder.
      const entry = new DeflatedEntry(file.name);
      entry.add(Buffer.from(documentXml.slice(0, index), 'utf8'));
      writeBody(report, new XmlBytes((bytes) => entry.add(bytes)));
      entries.push(entry.end(Buffer.from(documentXml.slice(index + placeholder.length), 'utf8')));
      placed = true;
    } else {
      entries.push({ name: file.name, data: await file.async('nodebuffer') });
    }
  }
  if (!placed) throw new Error('The DOCX skeleton has no word/document.xml');
  return zip(entries, report.generatedAt);
}

/** The document's title, metadata and blocks as WordprocessingML. */
function writeBody(report: ReportDocument, body: XmlBytes): void {
  const language = report.language;
  body.push(paragraphXml(report.title, { style: 'Title' }));
  if (report.subtitle) body.push(paragraphXml(report.subtitle, { after: 240, run: { size: 28, color: MUTED } }));
  for (const { label, value } of report.metadata) {
    body.push(`<w:p><w:pPr><w:spacing w:after="40"/></w:pPr>${runsXml(`${label}: `, { bold: true, color: MUTED })}${runsXml(value)}</w:p>`);
  }
  if (report.metadata.length > 0) body.push('<w:p/>');

  for (const block of report.blocks) {
    switch (block.kind) {
      case 'heading':
        body.push(paragraphXml(block.text, { style: `Heading${block.level}`, keepNext: true }));
        break;
      case 'paragraph':
        body.push(paragraphXml(block.text, { after: 160 }));
        break;
      case 'table':
        tableXml(body, block, language);
        break;
      case 'barChart':
        barChartXml(body, block, language);
        break;
    }
  }
  body.flush();
}

function headingStyle(size: number, outlineLevel: number) {
  return {
    run: { font: FONT, size, bold: true, color: '1F3B57' },
    paragraph: {
      spacing: { before: 240, after: 120 },
      keepNext: true,
      outlineLevel,
    },
  };
}

interface RunStyle {
  bold?: boolean;
  size?: number;
  color?: string;
  font?: string;
}

function runProperties(style: RunStyle): string {
  let xml = '';
  if (style.font) xml += `<w:rFonts w:ascii="${style.font}" w:cs="${style.font}" w:eastAsia="${style.font}" w:hAnsi="${style.font}"/>`;
  if (style.bold) xml += '<w:b/><w:bCs/>';
  if (style.color) xml += `<w:color w:val="${style.color}"/>`;
  if (style.size) xml += `<w:sz w:val="${style.size}"/><w:szCs w:val="${style.size}"/>`;
  return xml === '' ? '' : `<w:rPr>${xml}</w:rPr>`;
}

/** Runs for a text, with line breaks kept. */
function runsXml(text: string, style: RunStyle = {}): string {
  const properties = runProperties(style);
  return text
    .split('\n')
    .map((line, i) => `<w:r>${properties}${i > 0 ? '<w:br/>' : ''}<w:t xml:space="preserve">${escapeXml(line)}</w:t></w:r>`)
    .join('');
}

function paragraphXml(
  text: string,
  options: { style?: string; keepNext?: boolean; before?: number; after?: number; align?: 'left' | 'right'; run?: RunStyle },
): string {
  let properties = '';
  if (options.style) properties += `<w:pStyle w:val="${options.style}"/>`;
  if (options.keepNext) properties += '<w:keepNext/>';
  if (options.before !== undefined || options.after !== undefined) {
    properties += `<w:spacing${options.after !== undefined ? ` w:after="${options.after}"` : ''}${options.before !== undefined ? ` w:before="${options.before}"` : ''}/>`;
  }
  if (options.align) properties += `<w:jc w:val="${options.align}"/>`;
  return `<w:p>${properties ? `<w:pPr>${properties}</w:pPr>` : ''}${text === '' ? '' : runsXml(text, options.run)}</w:p>`;
}

const BORDER_NONE = 'w:val="none" w:color="auto" w:sz="0"';
const BORDER_RULE = `w:val="single" w:color="${RULE}" w:sz="4"`;
/** Horizontal rules only, as in the PDF. */
const DATA_TABLE_BORDERS =
  `<w:tblBorders><w:top ${BORDER_RULE}/><w:left ${BORDER_NONE}/><w:bottom ${BORDER_RULE}/><w:right ${BORDER_NONE}/>` +
  `<w:insideH ${BORDER_RULE}/><w:insideV ${BORDER_NONE}/></w:tblBorders>`;
const NO_BORDERS =
  `<w:tblBorders><w:top ${BORDER_NONE}/><w:left ${BORDER_NONE}/><w:bottom ${BORDER_NONE}/><w:right ${BORDER_NONE}/>` +
  `<w:insideH ${BORDER_NONE}/><w:insideV ${BORDER_NONE}/></w:tblBorders>`;

function tableStart(widths: number[], borders: string): string {
  return (
    `<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="${TEXT_WIDTH}"/>${borders}</w:tblPr>` +
    `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`
  );
}

/** The cell's properties up to its paragraph, per column: written once per table, not per cell. */
function cellStart(width: number, margin: number, fill: string | null, right: boolean): string {
  return (
    `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${width}"/>` +
    (fill ? `<w:shd w:fill="${fill}" w:color="auto" w:val="clear"/>` : '') +
    `<w:tcMar><w:top w:type="dxa" w:w="${margin}"/><w:left w:type="dxa" w:w="80"/><w:bottom w:type="dxa" w:w="${margin}"/><w:right w:type="dxa" w:w="80"/></w:tcMar></w:tcPr>` +
    `<w:p><w:pPr><w:spacing w:after="0"/><w:jc w:val="${right ? 'right' : 'left'}"/></w:pPr>`
  );
}

function tableXml(out: XmlBytes, source: ReportTable, language: ReportLanguage): void {
  const texts = source.rows.map((row) =>
    source.columns.map((column) => formatCell(row[column.key] ?? null, column.type, language)),
  );
  // Width weights: the hint if given, else the longest text (capped, so one long cell cannot
  // squeeze the others); Word's autofit refines this when the user edits.
  const weights = source.columns.map((column, c) => {
    if (column.width !== undefined && column.width > 0) return column.width;
    let longest = 0;
    for (const word of column.header.split(/\s+/)) longest = Math.max(longest, word.length);
    for (const row of texts) longest = Math.max(longest, row[c].length);
    return Math.min(40, Math.max(6, longest));
  });
  const widths = twips(weights);
  const right = source.columns.map((column) => isNumericColumn(column.type));
  out.push(paragraphXml(source.title, { keepNext: true, before: 200, after: 80, run: { bold: true } }));
  if (source.columns.length > 0) {
    out.push(tableStart(widths, DATA_TABLE_BORDERS));
    const headerRun = { bold: true, size: 18 };
    out.push(
      '<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>' +
        source.columns.map((column, c) => `${cellStart(widths[c], 40, HEADER_FILL, right[c])}${runsXml(column.header, headerRun)}</w:p></w:tc>`).join('') +
        '</w:tr>',
    );
    const starts = widths.map((width, c) => cellStart(width, 40, null, right[c]));
    const runStart = `<w:r>${runProperties({ size: 18 })}<w:t xml:space="preserve">`;
    for (const row of texts) {
      let xml = '<w:tr><w:trPr><w:cantSplit/></w:trPr>';
      for (let c = 0; c < row.length; c++) {
        const text = row[c];
        xml += starts[c];
        if (text !== '') xml += text.includes('\n') ? runsXml(text, { size: 18 }) : `${runStart}${escapeXml(text)}</w:t></w:r>`;
        xml += '</w:p></w:tc>';
      }
      out.push(`${xml}</w:tr>`);
    }
    out.push('</w:tbl>');
  }
  out.push(
    source.note
      ? paragraphXml(source.note, { before: 60, after: 200, run: { size: 16, color: MUTED } })
      : paragraphXml('', { after: 120 }),
  );
}

/** A table of label, bar of block characters and value: readable, editable, no image. */
function barChartXml(out: XmlBytes, chart: ReportBarChart, language: ReportLanguage): void {
  const scaleMax = chart.unit === 'percent' ? 100 : Math.max(0, ...chart.bars.map((bar) => bar.value)) || 1;
  const widths = twips([36, 50, 14]);
  out.push(paragraphXml(chart.title, { keepNext: true, before: 200, after: 80, run: { bold: true } }));
  if (chart.bars.length > 0) {
    out.push(tableStart(widths, NO_BORDERS));
    for (const bar of chart.bars) {
      const blocks = Math.round((BAR_BLOCKS * Math.min(Math.max(bar.value, 0), scaleMax)) / scaleMax);
      out.push(
        '<w:tr><w:trPr><w:cantSplit/></w:trPr>' +
          `${cellStart(widths[0], 20, null, true)}${runsXml(bar.label, { size: 18 })}</w:p></w:tc>` +
          `${cellStart(widths[1], 20, null, false)}${blocks > 0 ? runsXml(BAR_CHAR.repeat(blocks), { font: BAR_FONT, size: 18, color: BAR_COLORS[bar.color ?? 'NEUTRAL'] }) : ''}</w:p></w:tc>` +
          `${cellStart(widths[2], 20, null, true)}${runsXml(formatBarValue(bar.value, chart.unit, language), { size: 18 })}</w:p></w:tc>` +
          '</w:tr>',
      );
    }
    out.push('</w:tbl>');
  }
  out.push(paragraphXml('', { after: 120 }));
}

/** Weights to column widths in twips that add up to the text width. */
function twips(weights: number[]): number[] {
  const total = weights.reduce((a, b) => a + b, 0) || 1;
  const widths = weights.map((w) => Math.floor((TEXT_WIDTH * w) / total));
  if (widths.length > 0) widths[widths.length - 1] += TEXT_WIDTH - widths.reduce((a, b) => a + b, 0);
  return widths;
}

// Control characters other than tab and line ends are not allowed in XML 1.0.
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g;
const XML_SPECIAL = /[&<>"]/;

function escapeXml(text: string): string {
  const allowed = text.replace(NOT_XML, '');
  if (!XML_SPECIAL.test(allowed)) return allowed;
  return allowed.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function coreProperties(report: ReportDocument): string {
  const when = report.generatedAt.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const optional = (tag: string, value: string | undefined): string =>
    value ? `<${tag}>${escapeXml(value)}</${tag}>` : '';
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"' +
    ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"' +
    ' xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    optional('dc:title', report.title) +
    optional('dc:subject', report.subtitle) +
    '<dc:creator>reports/render</dc:creator>' +
    `<dc:language>${WORD_LANGUAGE[report.language]}</dc:language>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}
