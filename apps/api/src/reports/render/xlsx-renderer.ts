import { PassThrough } from 'node:stream';
import { stream } from 'exceljs';
import type { Cell, Style, Worksheet } from 'exceljs';
import type {
  ColumnType,
  ReportBarChart,
  ReportCell,
  ReportDocument,
  ReportLanguage,
  ReportTable,
} from './report-document';
import { RENDER_LABELS, formatCell, isNumericColumn, parseIsoDate } from './report-format';

/** Excel number formats: the cells keep real numbers, so users can sum and chart them. */
const NUMBER_FORMATS: Record<Exclude<ColumnType, 'text' | 'date'>, string> = {
  integer: '#,##0',
  decimal: '#,##0.0',
  number: '#,##0', // fractional values get NUMBER_WITH_DECIMALS cell by cell
  amount: '#,##0.00',
  percent: '0.0%',
};
const NUMBER_WITH_DECIMALS = '#,##0.00';
const DATE_FORMATS: Record<ReportLanguage, string> = {
  AZ: 'dd.mm.yyyy',
  EN: 'dd mmm yyyy',
};

const HEADER_FILL = 'FFE6EDF3';
const MUTED = 'FF555555';
const SUMMARY_WIDTHS = [36, 64]; // characters; paragraphs span both columns

/**
 * Workbook with a summary sheet (title, metadata, headings, paragraphs, chart data) followed by
 * one sheet per table, named by `table.id`.
 */
export async function renderXlsx(report: ReportDocument): Promise<Buffer> {
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    output.on('end', resolve);
    output.on('error', reject);
  });
  // Streamed: each sheet's rows are written out and dropped as soon as they are complete.
  const workbook = new stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  workbook.creator = 'reports/render';
  workbook.lastModifiedBy = 'reports/render';
  workbook.created = report.generatedAt;
  workbook.modified = report.generatedAt;
  // The writer's core properties read these too (its typings omit them).
  Object.assign(workbook, { title: report.title, ...(report.subtitle ? { subject: report.subtitle } : {}) });

  const sheetNames = new SheetNames();
  const summary = workbook.addWorksheet(sheetNames.claim(RENDER_LABELS[report.language].summarySheet), {
    pageSetup: {
      paperSize: 9,
      orientation: 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    },
  });
  summary.columns = SUMMARY_WIDTHS.map((width) => ({ width }));
  const tables = report.blocks.filter((block): block is ReportTable => block.kind === 'table');
  const tableSheetNames = new Map(tables.map((table) => [table, sheetNames.claim(table.id)]));

  writeSummary(summary, report, tableSheetNames);
  summary.commit();
  for (const table of tables) {
    writeTable(workbook, tableSheetNames.get(table) ?? table.id, table, report.language);
  }
  await workbook.commit();
  await ended;
  return Buffer.concat(chunks);
}

function writeSummary(sheet: Worksheet, report: ReportDocument, tableSheetNames: Map<ReportTable, string>): void {
  const addWide = (value: string, font: Partial<Cell['font']>): void => {
    const row = sheet.addRow([value]);
    sheet.mergeCells(row.number, 1, row.number, SUMMARY_WIDTHS.length);
    row.getCell(1).font = font;
    row.getCell(1).alignment = { wrapText: true, vertical: 'top' };
    // Excel does not grow merged rows to fit wrapped text, so estimate the height.
    const perLine = SUMMARY_WIDTHS.reduce((a, b) => a + b, 0) * 1.1;
    const size = font.size ?? 11;
    const lines = value
      .split('\n')
      .reduce((n, line) => n + Math.max(1, Math.ceil(line.length / (perLine * (11 / size)))), 0);
    row.height = Math.max(15, lines * size * 1.35);
  };

  addWide(report.title, { bold: true, size: 16 });
  if (report.subtitle) addWide(report.subtitle, { size: 12, color: { argb: MUTED } });
  sheet.addRow([]);
  for (const { label, value } of report.metadata) {
    const row = sheet.addRow([label, value]);
    row.getCell(1).font = { bold: true };
    row.getCell(2).alignment = { wrapText: true, vertical: 'top' };
  }

  for (const block of report.blocks) {
    switch (block.kind) {
      case 'heading':
        sheet.addRow([]);
        addWide(block.text, {
          bold: true,
          size: block.level === 1 ? 14 : block.level === 2 ? 12 : 11,
        });
        break;
      case 'paragraph':
        addWide(block.text, { size: 11 });
        break;
      case 'table': {
        // The data is on its own sheet; say where, in the order the report gives it.
        const row = sheet.addRow([block.title, tableSheetNames.get(block) ?? block.id]);
        row.getCell(2).font = { italic: true, color: { argb: MUTED } };
        break;
      }
      case 'barChart':
        writeChartData(sheet, block);
        break;
    }
  }
}

/** No chart objects (exceljs cannot write them): the bars' values, in cells that can be charted. */
function writeChartData(sheet: Worksheet, chart: ReportBarChart): void {
  sheet.addRow([]);
  sheet.addRow([chart.title]).getCell(1).font = { bold: true };
  for (const bar of chart.bars) {
    const row = sheet.addRow([bar.label, chart.unit === 'percent' ? bar.value / 100 : bar.value]);
    const value = row.getCell(2);
    value.numFmt =
      chart.unit === 'percent' ? NUMBER_FORMATS.percent : Number.isInteger(bar.value) ? '#,##0' : '#,##0.0';
    value.alignment = { horizontal: 'left' };
  }
  sheet.addRow([]);
}

function writeTable(workbook: stream.xlsx.WorkbookWriter, name: string, table: ReportTable, language: ReportLanguage): void {
  const columnCount = Math.max(1, table.columns.length);
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 2, activeCell: 'A3' }],
    pageSetup: {
      paperSize: 9,
      orientation: columnCount > 5 ? 'landscape' : 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '2:2',
    },
  });
  table.columns.forEach((column, i) => {
    sheet.getColumn(i + 1).width = columnWidth(table, column.key, language);
  });

  const title = sheet.getRow(1);
  title.getCell(1).value = table.title;
  title.getCell(1).font = { bold: true, size: 13 };

  const header = sheet.getRow(2);
  table.columns.forEach((column, i) => {
    const cell = header.getCell(i + 1);
    cell.value = column.header;
    cell.font = { bold: true };
    cell.fill = {
      type: 'pattern',
      pattern: 'solid',
      fgColor: { argb: HEADER_FILL },
    };
    cell.border = { bottom: { style: 'thin' } };
    cell.alignment = {
      vertical: 'middle',
      wrapText: true,
      horizontal: isNumericColumn(column.type) ? 'right' : 'left',
    };
  });

  title.commit();
  header.commit();
  table.rows.forEach((source, r) => {
    const row = sheet.getRow(3 + r);
    table.columns.forEach((column, c) => {
      writeCell(row.getCell(c + 1), source[column.key] ?? null, column.type, language);
    });
    row.commit();
  });

  if (table.columns.length > 0) {
    sheet.autoFilter = {
      from: { row: 2, column: 1 },
      to: { row: 2 + table.rows.length, column: table.columns.length },
    };
  }
  if (table.note) {
    const note = sheet.getRow(table.rows.length + 4).getCell(1);
    note.value = table.note;
    note.font = { italic: true, color: { argb: MUTED } };
  }
  sheet.commit();
}

/**
 * The body cells' styles, one object per distinct style, shared by every cell that has it:
 * exceljs recognises a style object it has seen (a WeakMap per workbook) instead of describing
 * and comparing a fresh one per cell, which was a third of a 25,000-row sheet's time. Never
 * mutated once made.
 */
const TEXT_STYLE: Partial<Style> = { alignment: { wrapText: true, vertical: 'top' } };
const RIGHT_STYLES = new Map<string, Partial<Style>>();
function rightAligned(numFmt: string | null): Partial<Style> {
  const key = numFmt ?? '';
  let style = RIGHT_STYLES.get(key);
  if (!style) {
    style = numFmt === null ? { alignment: { horizontal: 'right', vertical: 'top' } } : { numFmt, alignment: { horizontal: 'right', vertical: 'top' } };
    RIGHT_STYLES.set(key, style);
  }
  return style;
}

function writeCell(cell: Cell, value: ReportCell, type: ColumnType, language: ReportLanguage): void {
  if (value === null) return;
  if (type === 'text') {
    cell.value = value;
    cell.style = TEXT_STYLE;
    return;
  }
  if (type === 'date') {
    const date = typeof value === 'string' ? parseIsoDate(value) : null;
    if (date) {
      // Midnight UTC: exceljs turns a Date into a serial day using UTC.
      cell.value = new Date(Date.UTC(date.year, date.month - 1, date.day));
      cell.style = rightAligned(DATE_FORMATS[language]);
    } else {
      cell.value = value;
      cell.style = rightAligned(null);
    }
    return;
  }
  // A string here is e.g. a suppressed count ("<5"): kept as text, aligned like the numbers.
  if (typeof value === 'number') {
    cell.value = type === 'percent' ? value / 100 : value;
    cell.style = rightAligned(type === 'number' && !Number.isInteger(value) ? NUMBER_WITH_DECIMALS : NUMBER_FORMATS[type]);
  } else {
    cell.value = value;
    cell.style = rightAligned(null);
  }
}

function columnWidth(table: ReportTable, key: string, language: ReportLanguage): number {
  const column = table.columns.find((c) => c.key === key);
  if (!column) return 10;
  if (column.width !== undefined && column.width > 0) return column.width;
  const texts = [
    ...column.header.split(/\s+/), // the header may wrap at spaces
    ...table.rows.map((row) => formatCell(row[key] ?? null, column.type, language)),
  ];
  const longest = Math.max(0, ...texts.map((text) => text.length));
  return Math.min(60, Math.max(8, longest + 2));
}

/** Excel sheet names: at most 31 characters, none of : \ / ? * [ ], unique ignoring case. */
class SheetNames {
  private readonly taken = new Set<string>(['history']); // reserved by Excel

  claim(wanted: string): string {
    const base =
      wanted
        .replace(/[:\\/?*[\]]/g, '_')
        .replace(/^'+|'+$/g, '')
        .trim()
        .slice(0, 31) || 'Sheet';
    let name = base;
    for (let n = 2; this.taken.has(name.toLowerCase()); n++) {
      const suffix = ` (${n})`;
      name = base.slice(0, 31 - suffix.length) + suffix;
    }
    this.taken.add(name.toLowerCase());
    return name;
  }
}
