import PDFDocument from 'pdfkit';
import type { ReportBarChart, ReportDocument, ReportLanguage, ReportTable } from './report-document';
import { reportFontPath } from './report-fonts';
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
}

/**
 * A4 PDF with embedded DejaVu Sans (the standard PDF fonts have no "ə"). Pages are buffered so
 * that "page n of N" can be written once the total is known. Dates inside the file come from
 * `generatedAt`, so the same document always gives the same bytes.
 */
export async function renderPdf(report: ReportDocument): Promise<Buffer> {
  const regular = reportFontPath('regular');
  const bold = reportFontPath('bold');
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGIN,
    font: regular, // also keeps pdfkit from loading Helvetica, which the report never uses
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
  const bytes = collect(doc);
  doc.addPage();
  const layout: Layout = {
    doc,
    language: report.language,
    regular,
    bold,
    left: MARGIN.left,
    width: doc.page.width - MARGIN.left - MARGIN.right,
  };

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

interface TableCell {
  text: string;
  align: 'left' | 'right';
}

function drawTable(layout: Layout, table: ReportTable): void {
  const { doc } = layout;
  const header: TableCell[] = table.columns.map((column) => ({
    text: column.header,
    align: isNumericColumn(column.type) ? 'right' : 'left',
  }));
  const rows: TableCell[][] = table.rows.map((row) =>
    table.columns.map((column) => ({
      text: formatCell(row[column.key] ?? null, column.type, layout.language),
      align: isNumericColumn(column.type) ? 'right' : 'left',
    })),
  );
  const widths = columnWidths(layout, table, header, rows);

  const titleHeight = doc.font(layout.bold).fontSize(SIZE.h3).heightOfString(table.title, { width: layout.width });
  const headerHeight = rowHeight(layout, header, widths, layout.bold);
  const firstRowHeight = rows.length > 0 ? rowHeight(layout, rows[0], widths, layout.regular) : 0;
  ensureSpace(layout, titleHeight + 6 + headerHeight + firstRowHeight);
  text(layout, table.title, { font: layout.bold, size: SIZE.h3 });
  doc.y += 4;

  if (table.columns.length > 0) {
    drawRow(layout, header, widths, {
      font: layout.bold,
      fill: COLOR.headerFill,
      height: headerHeight,
    });
    rows.forEach((row, index) => {
      const height = rowHeight(layout, row, widths, layout.regular);
      if (doc.y + height > bottomLimit(layout)) {
        doc.addPage();
        drawRow(layout, header, widths, {
          font: layout.bold,
          fill: COLOR.headerFill,
          height: headerHeight,
        });
      }
      drawRow(layout, row, widths, {
        font: layout.regular,
        fill: index % 2 === 1 ? COLOR.zebra : null,
        height,
      });
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

function rowHeight(layout: Layout, cells: TableCell[], widths: number[], font: string): number {
  const { doc } = layout;
  doc.font(font).fontSize(SIZE.table);
  const heights = cells.map((cell, i) =>
    doc.heightOfString(cell.text || ' ', {
      width: widths[i] - CELL_PAD_X * 2,
      lineGap: 1,
    }),
  );
  return Math.max(0, ...heights) + CELL_PAD_Y * 2;
}

function drawRow(
  layout: Layout,
  cells: TableCell[],
  widths: number[],
  style: { font: string; fill: string | null; height: number },
): void {
  const { doc } = layout;
  const y = doc.y;
  if (style.fill) {
    doc.rect(layout.left, y, layout.width, style.height).fillColor(style.fill).fill();
  }
  let x = layout.left;
  cells.forEach((cell, i) => {
    doc
      .font(style.font)
      .fontSize(SIZE.table)
      .fillColor(COLOR.text)
      .text(cell.text, x + CELL_PAD_X, y + CELL_PAD_Y, {
        width: widths[i] - CELL_PAD_X * 2,
        align: cell.align,
        lineGap: 1,
      });
    x += widths[i];
  });
  doc.y = y + style.height;
  rule(layout, doc.y);
}

/**
 * Numbers and dates keep their natural width; text columns share the rest and wrap. Tables span the full
 * text width so that consecutive tables line up.
 */
function columnWidths(layout: Layout, table: ReportTable, header: TableCell[], rows: TableCell[][]): number[] {
  const { doc } = layout;
  const pad = CELL_PAD_X * 2;
  const measure = (value: string, font: string): number => doc.font(font).fontSize(SIZE.table).widthOfString(value);
  const longestWord = (value: string, font: string): number =>
    Math.max(0, ...value.split(/\s+/).map((word) => measure(word, font)));
  const digitWidth = measure('0', layout.regular);

  const natural: number[] = [];
  const minimum: number[] = [];
  table.columns.forEach((column, i) => {
    const cells = rows.map((row) => row[i].text);
    const widest = Math.max(measure(header[i].text, layout.bold), ...cells.map((c) => measure(c, layout.regular)));
    const headerWord = longestWord(header[i].text, layout.bold);
    // Numbers and dates never wrap; text wraps at spaces (one very long word may still be cut).
    let min =
      column.type !== 'text'
        ? Math.max(headerWord, ...cells.map((c) => measure(c, layout.regular)))
        : Math.min(120, Math.max(headerWord, ...cells.map((c) => longestWord(c, layout.regular))));
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
    // Writing inside the bottom margin would otherwise make pdfkit open a new page.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font(layout.regular)
      .fontSize(SIZE.small)
      .fillColor(COLOR.muted)
      .text(pageLabel(i - start + 1, count, layout.language), layout.left, doc.page.height - FOOTER_OFFSET, {
        width: layout.width,
        align: 'center',
        lineBreak: false,
      });
    doc.page.margins.bottom = bottom;
  }
}
