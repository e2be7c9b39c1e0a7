import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { IRunOptions, ITableBordersOptions } from 'docx';
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
 * An editable Word document: real heading styles (navigation pane, table of contents), real
 * tables whose header row repeats on each page, charts as a table of text bars.
 */
export async function renderDocx(report: ReportDocument): Promise<Buffer> {
  const language = report.language;
  const children: (Paragraph | Table)[] = [
    new Paragraph({
      heading: HeadingLevel.TITLE,
      children: runs(report.title),
    }),
  ];
  if (report.subtitle) {
    children.push(
      new Paragraph({
        spacing: { after: 240 },
        children: runs(report.subtitle, { size: 28, color: MUTED }),
      }),
    );
  }
  for (const { label, value } of report.metadata) {
    children.push(
      new Paragraph({
        spacing: { after: 40 },
        children: [new TextRun({ text: `${label}: `, bold: true, color: MUTED }), ...runs(value)],
      }),
    );
  }
  if (report.metadata.length > 0) children.push(new Paragraph({ children: [] }));

  for (const block of report.blocks) {
    switch (block.kind) {
      case 'heading':
        children.push(
          new Paragraph({
            heading: [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3][block.level - 1],
            keepNext: true,
            children: runs(block.text),
          }),
        );
        break;
      case 'paragraph':
        children.push(
          new Paragraph({
            spacing: { after: 160 },
            children: runs(block.text),
          }),
        );
        break;
      case 'table':
        children.push(...table(block, language));
        break;
      case 'barChart':
        children.push(...barChart(block, language));
        break;
    }
  }

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
  return Packer.toBuffer(document, false, [{ path: 'docProps/core.xml', data: coreProperties(report) }]);
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

/** Runs for a text, with line breaks kept. */
function runs(text: string, options: Omit<IRunOptions, 'text' | 'break'> = {}): TextRun[] {
  return text.split('\n').map((line, i) => new TextRun({ ...options, text: line, ...(i > 0 ? { break: 1 } : {}) }));
}

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'auto' } as const;
const RULE_BORDER = {
  style: BorderStyle.SINGLE,
  size: 4,
  color: RULE,
} as const;
/** Horizontal rules only, as in the PDF. */
const DATA_TABLE_BORDERS: ITableBordersOptions = {
  top: RULE_BORDER,
  bottom: RULE_BORDER,
  insideHorizontal: RULE_BORDER,
  left: NO_BORDER,
  right: NO_BORDER,
  insideVertical: NO_BORDER,
};

function cell(text: string, width: number, options: { bold?: boolean; right?: boolean; fill?: string }): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    ...(options.fill
      ? {
          shading: {
            type: ShadingType.CLEAR,
            color: 'auto',
            fill: options.fill,
          },
        }
      : {}),
    children: [
      new Paragraph({
        spacing: { after: 0 },
        alignment: options.right ? AlignmentType.RIGHT : AlignmentType.LEFT,
        children: runs(text, { bold: options.bold === true, size: 18 }),
      }),
    ],
  });
}

function table(source: ReportTable, language: ReportLanguage): (Paragraph | Table)[] {
  const texts = source.rows.map((row) =>
    source.columns.map((column) => formatCell(row[column.key] ?? null, column.type, language)),
  );
  // Width weights: the hint if given, else the longest text (capped, so one long cell cannot
  // squeeze the others); Word's autofit refines this when the user edits.
  const weights = source.columns.map((column, c) => {
    if (column.width !== undefined && column.width > 0) return column.width;
    const longest = Math.max(
      ...column.header.split(/\s+/).map((word) => word.length),
      ...texts.map((row) => row[c].length),
    );
    return Math.min(40, Math.max(6, longest));
  });
  const widths = twips(weights);
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: source.columns.map((column, c) =>
      cell(column.header, widths[c], {
        bold: true,
        right: isNumericColumn(column.type),
        fill: HEADER_FILL,
      }),
    ),
  });
  const rows = texts.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: row.map((text, c) =>
          cell(text, widths[c], {
            right: isNumericColumn(source.columns[c].type),
          }),
        ),
      }),
  );
  const parts: (Paragraph | Table)[] = [
    new Paragraph({
      keepNext: true,
      spacing: { before: 200, after: 80 },
      children: runs(source.title, { bold: true }),
    }),
  ];
  if (source.columns.length > 0) {
    parts.push(
      new Table({
        width: { size: TEXT_WIDTH, type: WidthType.DXA },
        columnWidths: widths,
        borders: DATA_TABLE_BORDERS,
        rows: [header, ...rows],
      }),
    );
  }
  parts.push(
    source.note
      ? new Paragraph({
          spacing: { before: 60, after: 200 },
          children: runs(source.note, { size: 16, color: MUTED }),
        })
      : new Paragraph({ spacing: { after: 120 }, children: [] }),
  );
  return parts;
}

/** A table of label, bar of block characters and value: readable, editable, no image. */
function barChart(chart: ReportBarChart, language: ReportLanguage): (Paragraph | Table)[] {
  const scaleMax = chart.unit === 'percent' ? 100 : Math.max(0, ...chart.bars.map((bar) => bar.value)) || 1;
  const widths = twips([36, 50, 14]);
  const rows = chart.bars.map((bar) => {
    const blocks = Math.round((BAR_BLOCKS * Math.min(Math.max(bar.value, 0), scaleMax)) / scaleMax);
    const paragraph = (children: TextRun[], alignment: (typeof AlignmentType)[keyof typeof AlignmentType]) =>
      new Paragraph({ spacing: { after: 0 }, alignment, children });
    const barCell = (children: Paragraph[], width: number) =>
      new TableCell({
        width: { size: width, type: WidthType.DXA },
        margins: { top: 20, bottom: 20, left: 80, right: 80 },
        children,
      });
    return new TableRow({
      cantSplit: true,
      children: [
        barCell([paragraph(runs(bar.label, { size: 18 }), AlignmentType.RIGHT)], widths[0]),
        barCell(
          [
            paragraph(
              [
                new TextRun({
                  text: BAR_CHAR.repeat(blocks),
                  font: BAR_FONT,
                  size: 18,
                  color: BAR_COLORS[bar.color ?? 'NEUTRAL'],
                }),
              ],
              AlignmentType.LEFT,
            ),
          ],
          widths[1],
        ),
        barCell(
          [
            paragraph(
              runs(formatBarValue(bar.value, chart.unit, language), {
                size: 18,
              }),
              AlignmentType.RIGHT,
            ),
          ],
          widths[2],
        ),
      ],
    });
  });
  return [
    new Paragraph({
      keepNext: true,
      spacing: { before: 200, after: 80 },
      children: runs(chart.title, { bold: true }),
    }),
    ...(rows.length > 0
      ? [
          new Table({
            width: { size: TEXT_WIDTH, type: WidthType.DXA },
            columnWidths: widths,
            borders: TableBorders.NONE,
            rows,
          }),
        ]
      : []),
    new Paragraph({ spacing: { after: 120 }, children: [] }),
  ];
}

/** Weights to column widths in twips that add up to the text width. */
function twips(weights: number[]): number[] {
  const total = weights.reduce((a, b) => a + b, 0) || 1;
  const widths = weights.map((w) => Math.floor((TEXT_WIDTH * w) / total));
  if (widths.length > 0) widths[widths.length - 1] += TEXT_WIDTH - widths.reduce((a, b) => a + b, 0);
  return widths;
}

function escapeXml(text: string): string {
  // Control characters other than tab and line ends are not allowed in XML 1.0.
  const allowed = [...text].filter((ch) => ch >= ' ' || ch === '\t' || ch === '\n' || ch === '\r').join('');
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
