import PDFDocument from 'pdfkit';
import type { ReportBarChart, ReportDocument, ReportLanguage, ReportTable } from './report-document';
import { reportFontBytes } from './report-fonts';
import { BAR_COLORS, RENDER_LABELS, formatBarValue, formatCell, isNumericColumn, pageLabel } from './report-format';

type Pdf = PDFKit.PDFDocument;

const MARGIN = { top: 50, bottom: 60, left: 50, right: 50 };
const FOOTER_OFFSET = 38; // baseline area of the page number, measured from the page bottom
const COLOR = {
  text: '#1a1a1a',
  muted: '#555555',
  rule: '#b0b8c0',
  headerFill: '#e6edf3',
  zebra: '#f6f8fa',
};
const SIZE = {
  title: 18,
  subtitle: 12,
  h1: 15,
  h2: 12.5,
  h3: 11,
  body: 10,
  table: 8.5,
  small: 8,
};
const CELL_PAD_X = 4;
const CELL_PAD_Y = 3;

interface Layout {
  doc: Pdf;
  language: ReportLanguage;
  regular: string;
  bold: string;
  left: number;
  width: number;
  measure: TextMeasure;
  writer: TableTextWriter;
}

/**
 * A4 PDF with embedded DejaVu Sans (the standard PDF fonts have no "ə"). Pages are buffered so
 * that "page n of N" can be written once the total is known. Dates inside the file come from
 * `generatedAt`, so the same document always gives the same bytes.
 */
export async function renderPdf(report: ReportDocument): Promise<Buffer> {
  const regular = 'DejaVuSans';
  const bold = 'DejaVuSans-Bold';
  const regularBytes = reportFontBytes('regular');
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGIN,
    font: regularBytes as unknown as string, // also keeps pdfkit from loading Helvetica, which the report never uses
    bufferPages: true,
    autoFirstPage: false,
    lang: RENDER_LABELS[report.language].bcp47,
    displayTitle: true,
    info: {
      Title: report.title,
      ...(report.subtitle ? { Subject: report.subtitle } : {}),
      Creator: 'reports/render',
      CreationDate: report.generatedAt,
      ModDate: report.generatedAt,
    },
  });
  // The font files are read once per thread (report-fonts.ts), parsed once per document.
  doc.registerFont(regular, regularBytes);
  doc.registerFont(bold, reportFontBytes('bold'));
  const bytes = collect(doc);
  doc.addPage();
  const layout = {
    doc,
    language: report.language,
    regular,
    bold,
    left: MARGIN.left,
    width: doc.page.width - MARGIN.left - MARGIN.right,
  } as Layout;
  layout.measure = new TextMeasure(layout);
  layout.writer = new TableTextWriter(doc);

  drawTitle(layout, report);
  for (const block of report.blocks) {
    switch (block.kind) {
      case 'heading':
        drawHeading(layout, block.text, block.level);
        break;
      case 'paragraph':
        ensureSpace(layout, lineHeight(layout, layout.regular, SIZE.body) * 2);
        text(layout, block.text, { font: regular, size: SIZE.body });
        doc.moveDown(0.6);
        break;
      case 'table':
        drawTable(layout, block);
        break;
      case 'barChart':
        drawBarChart(layout, block);
        break;
    }
  }
  drawPageNumbers(layout);
  doc.end();
  return bytes;
}

function collect(doc: Pdf): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}

function bottomLimit(layout: Layout): number {
  return layout.doc.page.height - layout.doc.page.margins.bottom;
}

/** Starts a new page when the next `height` points would not fit on this one. */
function ensureSpace(layout: Layout, height: number): boolean {
  if (layout.doc.y + height <= bottomLimit(layout)) return false;
  layout.doc.addPage();
  return true;
}

function lineHeight(layout: Layout, font: string, size: number): number {
  return layout.doc.font(font).fontSize(size).currentLineHeight(true);
}

function text(
  layout: Layout,
  value: string,
  style: {
    font: string;
    size: number;
    color?: string;
    x?: number;
    width?: number;
    align?: 'left' | 'right' | 'center';
  },
): void {
  const { doc } = layout;
  doc
    .font(style.font)
    .fontSize(style.size)
    .fillColor(style.color ?? COLOR.text)
    .text(value, style.x ?? layout.left, doc.y, {
      width: style.width ?? layout.width,
      align: style.align ?? 'left',
      lineGap: 1.5,
    });
}

function rule(layout: Layout, y: number): void {
  layout.doc
    .moveTo(layout.left, y)
    .lineTo(layout.left + layout.width, y)
    .lineWidth(0.6)
    .strokeColor(COLOR.rule)
    .stroke();
}

function drawTitle(layout: Layout, report: ReportDocument): void {
  const { doc } = layout;
  text(layout, report.title, { font: layout.bold, size: SIZE.title });
  if (report.subtitle) {
    doc.moveDown(0.2);
    text(layout, report.subtitle, {
      font: layout.regular,
      size: SIZE.subtitle,
      color: COLOR.muted,
    });
  }
  doc.moveDown(0.6);
  if (report.metadata.length > 0) {
    rule(layout, doc.y);
    doc.y += 6;
    const labelWidth = Math.round(layout.width * 0.32);
    const valueX = layout.left + labelWidth + 8;
    const valueWidth = layout.width - labelWidth - 8;
    for (const { label, value } of report.metadata) {
      const labelHeight = doc.font(layout.bold).fontSize(SIZE.body).heightOfString(label, { width: labelWidth });
      const valueHeight = doc.font(layout.regular).fontSize(SIZE.body).heightOfString(value, { width: valueWidth });
      ensureSpace(layout, Math.max(labelHeight, valueHeight));
      const y = doc.y;
      text(layout, label, {
        font: layout.bold,
        size: SIZE.body,
        color: COLOR.muted,
        width: labelWidth,
      });
      doc.y = y;
      text(layout, value, {
        font: layout.regular,
        size: SIZE.body,
        x: valueX,
        width: valueWidth,
      });
      doc.y = y + Math.max(labelHeight, valueHeight) + 3;
    }
    doc.y += 3;
  }
  rule(layout, doc.y);
  doc.y += 14;
}

function drawHeading(layout: Layout, value: string, level: 1 | 2 | 3): void {
  const size = level === 1 ? SIZE.h1 : level === 2 ? SIZE.h2 : SIZE.h3;
  const { doc } = layout;
  const height = doc.font(layout.bold).fontSize(size).heightOfString(value, { width: layout.width });
  // Keep a heading with at least three lines of what follows it.
  if (!ensureSpace(layout, height + 8 + lineHeight(layout, layout.regular, SIZE.body) * 3) && doc.y > MARGIN.top) {
    doc.moveDown(level === 1 ? 0.6 : 0.3);
  }
  text(layout, value, { font: layout.bold, size });
  doc.moveDown(0.4);
}

// ---------------------------------------------------------------------------------------------
// Tables
//
// A national plan has tens of thousands of table rows (indicator breakdowns), so cells are laid
// out here rather than by pdfkit's text wrapper: word widths are measured once per document
// (cached), lines are broken at spaces, and each line is written as one unwrapped text run.

interface TableCell {
  text: string;
  align: 'left' | 'right';
}

type FontKey = 'regular' | 'bold';

/** Widths of words in one font at size 1, cached for the document. */
class TextMeasure {
  private readonly cache: Record<FontKey, Map<string, number>> = { regular: new Map(), bold: new Map() };

  constructor(private readonly layout: Layout) {}

  width(text: string, font: FontKey, size: number): number {
    const cache = this.cache[font];
    let unit = cache.get(text);
    if (unit === undefined) {
      const doc = this.layout.doc;
      doc.font(font === 'bold' ? this.layout.bold : this.layout.regular).fontSize(1000);
      unit = doc.widthOfString(text) / 1000;
      cache.set(text, unit);
    }
    return unit * size;
  }

  /** Width of a text of several words: the words' widths plus the spaces. */
  textWidth(text: string, font: FontKey, size: number): number {
    if (text.indexOf(' ') < 0) return this.width(text, font, size);
    const words = text.split(' ');
    let total = this.width(' ', font, size) * (words.length - 1);
    for (const word of words) if (word) total += this.width(word, font, size);
    return total;
  }

  /** Lines of `text` no wider than `max`: broken at spaces (and inside a word longer than a line). */
  wrap(text: string, font: FontKey, size: number, max: number): string[] {
    const lines: string[] = [];
    const space = this.width(' ', font, size);
    for (const paragraph of text.split('\n')) {
      let line = '';
      let lineWidth = 0;
      for (const word of paragraph.split(' ')) {
        if (word === '') continue;
        let wordWidth = this.width(word, font, size);
        if (line !== '' && lineWidth + space + wordWidth <= max) {
          line += ` ${word}`;
          lineWidth += space + wordWidth;
          continue;
        }
        if (line !== '') lines.push(line);
        line = word;
        lineWidth = wordWidth;
        // A word wider than the line is cut where it no longer fits.
        while (wordWidth > max && line.length > 1) {
          let cut = line.length - 1;
          while (cut > 1 && this.width(line.slice(0, cut), font, size) > max) cut--;
          lines.push(line.slice(0, cut));
          line = line.slice(cut);
          wordWidth = this.width(line, font, size);
          lineWidth = wordWidth;
        }
      }
      lines.push(line);
    }
    return lines;
  }
}

const TABLE_LINE_GAP = 1;

/** The parts of pdfkit's embedded font used to write table text directly. */
interface EmbeddedFontLike {
  id: string;
  ascender: number;
  ref(): unknown;
  encode(text: string): [string[], { xAdvance: number; advanceWidth: number; xOffset: number; yOffset: number }[]];
}

const num = (n: number): string => String(Math.round(n * 1000) / 1000);

/**
 * Writes the lines of a table row as raw text operators, one BT…ET block per row, with the
 * glyph codes of each word encoded once per document: what pdfkit's `text()` does per call
 * (options, wrapping, a save/transform/restore per fragment), without repeating it 100,000
 * times. Kerning inside a word is kept as pdfkit writes it; a line whose glyphs need offsets
 * (combining marks) goes through `text()`.
 */
class TableTextWriter {
  private readonly segments = new Map<string, string | null>();

  constructor(private readonly doc: Pdf) {}

  /** TJ operands of one chunk ("word" plus its trailing space), or null when it needs pdfkit. */
  private encode(font: EmbeddedFontLike, chunk: string): string | null {
    const key = `${font.id}\u0000${chunk}`;
    const cached = this.segments.get(key);
    if (cached !== undefined) return cached;
    const [encoded, positions] = font.encode(chunk);
    let out = '';
    let last = 0;
    let plain = true;
    for (let i = 0; i < positions.length; i++) {
      const pos = positions[i];
      if (pos.xOffset || pos.yOffset) plain = false;
      const adjust = pos.xAdvance - pos.advanceWidth;
      if (adjust !== 0 || i === positions.length - 1) {
        out += `<${encoded.slice(last, i + 1).join('')}> ${adjust !== 0 ? num(-adjust) : '0'} `;
        last = i + 1;
      }
    }
    const value = plain ? out : null;
    this.segments.set(key, value);
    return value;
  }

  /** Writes `lines` (x, y of each line's top-left, in pdfkit's coordinates) in the current font, size and colour. */
  write(lines: { text: string; x: number; y: number }[], size: number): void {
    const doc = this.doc as Pdf & { _font: EmbeddedFontLike; page: { height: number; fonts: Record<string, unknown> } };
    const font = doc._font;
    const page = doc.page;
    if (page.fonts[font.id] == null) page.fonts[font.id] = font.ref();
    const ascent = (font.ascender / 1000) * size;
    let content = `q 1 0 0 -1 0 ${num(page.height)} cm BT /${font.id} ${num(size)} Tf`;
    const fallback: { text: string; x: number; y: number }[] = [];
    for (const line of lines) {
      let operands = '';
      let start = 0;
      for (let i = 0; i <= line.text.length; i++) {
        if (i === line.text.length || line.text.charCodeAt(i) === 32) {
          const chunk = line.text.slice(start, i + 1);
          start = i + 1;
          if (chunk === '') continue;
          const segment = this.encode(font, chunk);
          if (segment === null) {
            operands = '';
            break;
          }
          operands += segment;
        }
      }
      if (operands === '') {
        if (line.text !== '') fallback.push(line);
        continue;
      }
      content += ` 1 0 0 1 ${num(line.x)} ${num(page.height - line.y - ascent)} Tm [${operands}] TJ`;
    }
    doc.addContent(`${content} ET Q`);
    for (const line of fallback) doc.text(line.text, line.x, line.y, { lineBreak: false });
  }
}

function tableLineHeight(layout: Layout, font: FontKey): number {
  return lineHeight(layout, font === 'bold' ? layout.bold : layout.regular, SIZE.table) + TABLE_LINE_GAP;
}

interface LaidOutRow {
  cells: { lines: string[]; align: 'left' | 'right'; widths: number[] }[];
  height: number;
}

function layOutRow(measure: TextMeasure, cells: TableCell[], widths: number[], font: FontKey, lineStep: number): LaidOutRow {
  let lineCount = 1;
  const laidOut = cells.map((cell, i) => {
    const max = widths[i] - CELL_PAD_X * 2;
    const lines = cell.text === '' ? [] : measure.wrap(cell.text, font, SIZE.table, max);
    lineCount = Math.max(lineCount, lines.length);
    return { lines, align: cell.align, widths: lines.map((line) => (cell.align === 'right' ? measure.textWidth(line, font, SIZE.table) : 0)) };
  });
  return { cells: laidOut, height: lineCount * lineStep - TABLE_LINE_GAP + CELL_PAD_Y * 2 };
}

function drawTable(layout: Layout, table: ReportTable): void {
  const { doc } = layout;
  const measure = layout.measure;
  const header: TableCell[] = table.columns.map((column) => ({
    text: column.header,
    align: isNumericColumn(column.type) ? 'right' : 'left',
  }));
  const aligns = header.map((cell) => cell.align);
  const rows: TableCell[][] = table.rows.map((row) =>
    table.columns.map((column, i) => ({ text: formatCell(row[column.key] ?? null, column.type, layout.language), align: aligns[i] })),
  );
  const widths = columnWidths(layout, table, header, rows);
  const regularStep = tableLineHeight(layout, 'regular');
  const boldStep = tableLineHeight(layout, 'bold');

  const titleHeight = doc.font(layout.bold).fontSize(SIZE.h3).heightOfString(table.title, { width: layout.width });
  const headerRow = layOutRow(measure, header, widths, 'bold', boldStep);
  const firstRowHeight = rows.length > 0 ? layOutRow(measure, rows[0], widths, 'regular', regularStep).height : 0;
  ensureSpace(layout, titleHeight + 6 + headerRow.height + firstRowHeight);
  text(layout, table.title, { font: layout.bold, size: SIZE.h3 });
  doc.y += 4;

  if (table.columns.length > 0) {
    drawRow(layout, headerRow, widths, 'bold', boldStep, COLOR.headerFill);
    rows.forEach((cells, index) => {
      const row = layOutRow(measure, cells, widths, 'regular', regularStep);
      if (doc.y + row.height > bottomLimit(layout)) {
        doc.addPage();
        drawRow(layout, headerRow, widths, 'bold', boldStep, COLOR.headerFill);
      }
      drawRow(layout, row, widths, 'regular', regularStep, index % 2 === 1 ? COLOR.zebra : null);
    });
  }
  if (table.note) {
    doc.y += 4;
    ensureSpace(layout, lineHeight(layout, layout.regular, SIZE.small));
    text(layout, table.note, {
      font: layout.regular,
      size: SIZE.small,
      color: COLOR.muted,
    });
  }
  doc.moveDown(1);
}

function drawRow(layout: Layout, row: LaidOutRow, widths: number[], font: FontKey, lineStep: number, fill: string | null): void {
  const { doc } = layout;
  const y = doc.y;
  if (fill) {
    doc.rect(layout.left, y, layout.width, row.height).fillColor(fill).fill();
  }
  doc.font(font === 'bold' ? layout.bold : layout.regular).fontSize(SIZE.table).fillColor(COLOR.text);
  const lines: { text: string; x: number; y: number }[] = [];
  let x = layout.left;
  row.cells.forEach((cell, i) => {
    cell.lines.forEach((line, n) => {
      const lineX = cell.align === 'right' ? x + widths[i] - CELL_PAD_X - cell.widths[n] : x + CELL_PAD_X;
      lines.push({ text: line, x: lineX, y: y + CELL_PAD_Y + n * lineStep });
    });
    x += widths[i];
  });
  layout.writer.write(lines, SIZE.table);
  doc.y = y + row.height;
  rule(layout, doc.y);
}

/**
 * Numbers and dates keep their natural width; text columns share the rest and wrap. Tables span the full
 * text width so that consecutive tables line up.
 */
function columnWidths(layout: Layout, table: ReportTable, header: TableCell[], rows: TableCell[][]): number[] {
  const measure = (value: string, font: FontKey): number => layout.measure.textWidth(value, font, SIZE.table);
  const longestWord = (value: string, font: FontKey): number => {
    let widest = 0;
    for (const word of value.split(/\s+/)) widest = Math.max(widest, layout.measure.width(word, font, SIZE.table));
    return widest;
  };
  const pad = CELL_PAD_X * 2;
  const digitWidth = measure('0', 'regular');

  const natural: number[] = [];
  const minimum: number[] = [];
  table.columns.forEach((column, i) => {
    let widestCell = 0;
    let widestWord = 0;
    for (const row of rows) {
      const cell = row[i].text;
      widestCell = Math.max(widestCell, measure(cell, 'regular'));
      if (column.type === 'text') widestWord = Math.max(widestWord, longestWord(cell, 'regular'));
    }
    const widest = Math.max(measure(header[i].text, 'bold'), widestCell);
    const headerWord = longestWord(header[i].text, 'bold');
    // Numbers and dates never wrap; text wraps at spaces (one very long word may still be cut).
    let min = column.type !== 'text' ? Math.max(headerWord, widestCell) : Math.min(120, Math.max(headerWord, widestWord));
    let nat = widest;
    if (column.width !== undefined && column.width > 0) {
      nat = column.width * digitWidth;
      min = Math.min(min, nat);
    }
    natural.push(nat + pad);
    minimum.push(min + pad);
  });

  const sum = (values: number[]): number => values.reduce((a, b) => a + b, 0);
  const available = layout.width;
  if (sum(natural) <= available) {
    const flexible = table.columns.map((c) => c.type === 'text');
    const growable = flexible.some(Boolean) ? flexible : flexible.map(() => true);
    const growBase = sum(natural.filter((_, i) => growable[i]));
    const extra = available - sum(natural);
    return natural.map((w, i) => (growable[i] ? w + (extra * w) / growBase : w));
  }
  if (sum(minimum) >= available) {
    const scale = available / sum(minimum);
    return minimum.map((w) => w * scale);
  }
  const slack = natural.map((w, i) => w - minimum[i]);
  const share = (available - sum(minimum)) / sum(slack);
  return minimum.map((w, i) => w + slack[i] * share);
}

// ---------------------------------------------------------------------------------------------
// Charts

function drawBarChart(layout: Layout, chart: ReportBarChart): void {
  const { doc } = layout;
  const values = chart.bars.map((bar) => formatBarValue(bar.value, chart.unit, layout.language));
  const labelWidth = Math.round(layout.width * 0.36);
  doc.font(layout.regular).fontSize(SIZE.table);
  const valueWidth = Math.max(30, ...values.map((v) => doc.widthOfString(v))) + 6;
  const barX = layout.left + labelWidth + 8;
  const barSpace = layout.width - labelWidth - 8 - valueWidth;
  // Percent bars share a fixed 0–100 scale so that charts are comparable; counts use their maximum.
  const scaleMax = chart.unit === 'percent' ? 100 : Math.max(0, ...chart.bars.map((bar) => bar.value)) || 1;
  const barHeight = 9;

  const titleHeight = doc.font(layout.bold).fontSize(SIZE.h3).heightOfString(chart.title, { width: layout.width });
  ensureSpace(layout, titleHeight + 24);
  text(layout, chart.title, { font: layout.bold, size: SIZE.h3 });
  doc.y += 6;

  chart.bars.forEach((bar, i) => {
    doc.font(layout.regular).fontSize(SIZE.table);
    const labelHeight = doc.heightOfString(bar.label, {
      width: labelWidth,
      lineGap: 1,
    });
    const height = Math.max(labelHeight, barHeight) + 6;
    ensureSpace(layout, height);
    const y = doc.y;
    doc.fillColor(COLOR.text).text(bar.label, layout.left, y + 3, {
      width: labelWidth,
      align: 'right',
      lineGap: 1,
    });

    const barY = y + (height - barHeight) / 2;
    const length = (barSpace * Math.min(Math.max(bar.value, 0), scaleMax)) / scaleMax;
    if (chart.unit === 'percent') {
      doc.rect(barX, barY, barSpace, barHeight).fillColor('#eeeeee').fill();
    }
    if (length > 0) {
      doc
        .rect(barX, barY, length, barHeight)
        .fillColor(`#${BAR_COLORS[bar.color ?? 'NEUTRAL']}`)
        .fill();
    }
    const valueY = barY + (barHeight - doc.currentLineHeight()) / 2;
    doc.fillColor(COLOR.text).text(values[i], barX + barSpace + 6, valueY, {
      width: valueWidth - 6,
      lineBreak: false,
    });
    doc.y = y + height;
  });
  doc.moveDown(1);
}

// ---------------------------------------------------------------------------------------------

function drawPageNumbers(layout: Layout): void {
  const { doc } = layout;
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    const label = pageLabel(i - start + 1, count, layout.language);
    const width = layout.measure.textWidth(label, 'regular', SIZE.small);
    // Written directly (centred by its measured width): pdfkit's text() would wrap it and,
    // inside the bottom margin, open a new page.
    doc.font(layout.regular).fontSize(SIZE.small).fillColor(COLOR.muted);
    layout.writer.write([{ text: label, x: layout.left + (layout.width - width) / 2, y: doc.page.height - FOOTER_OFFSET }], SIZE.small);
  }
}
