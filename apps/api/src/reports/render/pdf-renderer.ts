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
  layout.writer = new TableTextWriter(doc, layout.measure);

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

function fontKey(layout: Layout, font: string): FontKey {
  return font === layout.bold ? 'bold' : 'regular';
}

/** Height of `value` wrapped to `width`, as pdfkit's heightOfString counts it (each line plus `lineGap`). */
function textHeight(layout: Layout, value: string, font: string, size: number, width: number, lineGap = 0): number {
  const lines = layout.measure.wrap(value, fontKey(layout, font), size, width);
  return lines.length * (lineHeight(layout, font, size) + lineGap);
}

/**
 * Text wrapped at spaces to `width` and written line by line from `doc.y` (continuing on a new
 * page at the bottom margin), then `doc.y` below it — what pdfkit's `text()` does, through the
 * same glyph tables as the tables (no text shaping, so no parse of the fonts' layout tables).
 */
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
    lineGap?: number;
  },
): void {
  const { doc } = layout;
  const key = fontKey(layout, style.font);
  const width = style.width ?? layout.width;
  const left = style.x ?? layout.left;
  // Also makes this font and size current, for moveDown() afterwards.
  const step = lineHeight(layout, style.font, style.size) + (style.lineGap ?? 1.5);
  for (const line of layout.measure.wrap(value, key, style.size, width)) {
    if (doc.y + step > bottomLimit(layout) && doc.y > doc.page.margins.top) doc.addPage();
    const lineWidth = style.align && style.align !== 'left' ? layout.measure.width(line, key, style.size) : 0;
    const x = style.align === 'right' ? left + width - lineWidth : style.align === 'center' ? left + (width - lineWidth) / 2 : left;
    layout.writer.write([{ text: line, x, y: doc.y }], key, style.size, style.color ?? COLOR.text);
    doc.y += step;
  }
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
      const labelHeight = textHeight(layout, label, layout.bold, SIZE.body, labelWidth);
      const valueHeight = textHeight(layout, value, layout.regular, SIZE.body, valueWidth);
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
  const height = textHeight(layout, value, layout.bold, size, layout.width);
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

/**
 * Glyphs of one embedded font, looked up per character and cached for the document: the
 * glyph's code in the subset and its advance. Table text is measured and written from these
 * alone, without pdfkit's text layout, whose cache keeps a glyph run for every distinct word
 * (every distinct number of a 25,000-row table) for the life of the document. No kerning or
 * ligatures in tables: digits and words keep their plain advances.
 */
interface FontkitGlyph {
  id: number;
  advanceWidth: number;
}

interface EmbeddedFontLike {
  id: string;
  ascender: number;
  scale: number;
  font: { glyphForCodePoint(codePoint: number): FontkitGlyph };
  subset: { includeGlyph(id: number): number };
  widths: number[];
  unicode: number[][];
  ref(): unknown;
}

class GlyphTable {
  private readonly glyphs = new Map<number, { hex: string; advance: number }>();

  constructor(readonly font: EmbeddedFontLike) {}

  glyph(codePoint: number): { hex: string; advance: number } {
    let found = this.glyphs.get(codePoint);
    if (!found) {
      const glyph = this.font.font.glyphForCodePoint(codePoint);
      const gid = this.font.subset.includeGlyph(glyph.id);
      // As pdfkit's encode() records them: the widths and the text of the subset's glyphs.
      if (this.font.widths[gid] == null) this.font.widths[gid] = glyph.advanceWidth * this.font.scale;
      if (this.font.unicode[gid] == null) this.font.unicode[gid] = [codePoint];
      found = { hex: gid.toString(16).padStart(4, '0'), advance: glyph.advanceWidth * this.font.scale };
      this.glyphs.set(codePoint, found);
    }
    return found;
  }

  /** Advance of a text at size 1000 (PDF text space units). */
  advance(text: string): number {
    let total = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.codePointAt(i) as number;
      if (code > 0xffff) i++;
      total += this.glyph(code).advance;
    }
    return total;
  }

  hex(text: string): string {
    let out = '';
    for (let i = 0; i < text.length; i++) {
      const code = text.codePointAt(i) as number;
      if (code > 0xffff) i++;
      out += this.glyph(code).hex;
    }
    return out;
  }
}

/** Widths of table text, from the fonts' glyph advances. */
class TextMeasure {
  private readonly tables: Record<FontKey, GlyphTable>;

  constructor(layout: Layout) {
    const doc = layout.doc as Pdf & { _font: EmbeddedFontLike };
    const fontOf = (name: string): EmbeddedFontLike => {
      doc.font(name);
      return doc._font;
    };
    this.tables = { regular: new GlyphTable(fontOf(layout.regular)), bold: new GlyphTable(fontOf(layout.bold)) };
  }

  glyphs(font: FontKey): GlyphTable {
    return this.tables[font];
  }

  width(text: string, font: FontKey, size: number): number {
    return (this.tables[font].advance(text) * size) / 1000;
  }

  textWidth(text: string, font: FontKey, size: number): number {
    return this.width(text, font, size);
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

const num = (n: number): string => String(Math.round(n * 1000) / 1000);

/**
 * Writes lines of table text as raw text operators, one BT…ET block per call, from the glyph
 * tables of TextMeasure: what pdfkit's `text()` does per call (options, wrapping, layout, a
 * save/transform/restore per fragment), without repeating it 100,000 times.
 */
class TableTextWriter {
  constructor(
    private readonly doc: Pdf,
    private readonly measure: TextMeasure,
  ) {}

  /** Operators writing `lines` (x, y of each line's top-left, in pdfkit's coordinates) in `font` at `size` and `color`. */
  text(lines: { text: string; x: number; y: number }[], font: FontKey, size: number, color: string): string {
    const glyphs = this.measure.glyphs(font);
    const embedded = glyphs.font;
    const page = (this.doc as Pdf & { page: { height: number; fonts: Record<string, unknown> } }).page;
    if (page.fonts[embedded.id] == null) page.fonts[embedded.id] = embedded.ref();
    const ascent = (embedded.ascender / 1000) * size;
    let content = `q ${rgb(color)} rg 1 0 0 -1 0 ${num(page.height)} cm BT /${embedded.id} ${num(size)} Tf`;
    for (const line of lines) {
      if (line.text === '') continue;
      content += ` 1 0 0 1 ${num(line.x)} ${num(page.height - line.y - ascent)} Tm <${glyphs.hex(line.text)}> Tj`;
    }
    return `${content} ET Q`;
  }

  write(lines: { text: string; x: number; y: number }[], font: FontKey, size: number, color: string): void {
    this.doc.addContent(this.text(lines, font, size, color));
  }
}

/** '#b0b8c0' → '0.69 0.722 0.753' (PDF colour operands). */
const rgbCache = new Map<string, string>();
function rgb(hex: string): string {
  let value = rgbCache.get(hex);
  if (value === undefined) {
    const n = parseInt(hex.replace('#', ''), 16);
    value = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((c) => num(c / 255)).join(' ');
    rgbCache.set(hex, value);
  }
  return value;
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

  const titleHeight = textHeight(layout, table.title, layout.bold, SIZE.h3, layout.width);
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

/** A row as one piece of page content: its fill, its text and the rule under it. */
function drawRow(layout: Layout, row: LaidOutRow, widths: number[], font: FontKey, lineStep: number, fill: string | null): void {
  const { doc } = layout;
  const y = doc.y;
  const bottom = y + row.height;
  let content = fill ? `q ${rgb(fill)} rg ${num(layout.left)} ${num(y)} ${num(layout.width)} ${num(row.height)} re f Q ` : '';
  const lines: { text: string; x: number; y: number }[] = [];
  let x = layout.left;
  row.cells.forEach((cell, i) => {
    cell.lines.forEach((line, n) => {
      const lineX = cell.align === 'right' ? x + widths[i] - CELL_PAD_X - cell.widths[n] : x + CELL_PAD_X;
      lines.push({ text: line, x: lineX, y: y + CELL_PAD_Y + n * lineStep });
    });
    x += widths[i];
  });
  content += layout.writer.text(lines, font, SIZE.table, COLOR.text);
  content += ` q 0.6 w ${rgb(COLOR.rule)} RG ${num(layout.left)} ${num(bottom)} m ${num(layout.left + layout.width)} ${num(bottom)} l S Q`;
  doc.addContent(content);
  doc.y = bottom;
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
  const valueWidth = Math.max(30, ...values.map((v) => layout.measure.width(v, 'regular', SIZE.table))) + 6;
  const barX = layout.left + labelWidth + 8;
  const barSpace = layout.width - labelWidth - 8 - valueWidth;
  // Percent bars share a fixed 0–100 scale so that charts are comparable; counts use their maximum.
  const scaleMax = chart.unit === 'percent' ? 100 : Math.max(0, ...chart.bars.map((bar) => bar.value)) || 1;
  const barHeight = 9;

  const titleHeight = textHeight(layout, chart.title, layout.bold, SIZE.h3, layout.width);
  ensureSpace(layout, titleHeight + 24);
  text(layout, chart.title, { font: layout.bold, size: SIZE.h3 });
  doc.y += 6;

  chart.bars.forEach((bar, i) => {
    const labelHeight = textHeight(layout, bar.label, layout.regular, SIZE.table, labelWidth, 1);
    const height = Math.max(labelHeight, barHeight) + 6;
    ensureSpace(layout, height);
    const y = doc.y;
    doc.y = y + 3;
    text(layout, bar.label, { font: layout.regular, size: SIZE.table, x: layout.left, width: labelWidth, align: 'right', lineGap: 1 });

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
    const valueY = barY + (barHeight - lineHeight(layout, layout.regular, SIZE.table)) / 2;
    layout.writer.write([{ text: values[i], x: barX + barSpace + 6, y: valueY }], 'regular', SIZE.table, COLOR.text);
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
    layout.writer.write([{ text: label, x: layout.left + (layout.width - width) / 2, y: doc.page.height - FOOTER_OFFSET }], 'regular', SIZE.small, COLOR.muted);
  }
}
