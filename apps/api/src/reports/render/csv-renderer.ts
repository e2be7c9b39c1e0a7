import type { ReportCell, ReportDocument, ReportLanguage, ReportTable } from './report-document';

/**
 * Excel opens a CSV with the list separator and decimal mark of the user's locale: in `az`
 * those are ";" and ",", so an AZ report is written that way and opens as columns of numbers.
 */
const DIALECTS: Record<ReportLanguage, { delimiter: string; decimal: string }> = {
  AZ: { delimiter: ';', decimal: ',' },
  EN: { delimiter: ',', decimal: '.' },
};

const UTF8_BOM = '\ufeff'; // without it Excel reads UTF-8 as a legacy code page and mangles "ə"
const LINE_END = '\r\n'; // RFC 4180

// Plain digits: no grouping, no exponent, float noise (0.30000000000000004) trimmed.
const PLAIN_NUMBER = new Intl.NumberFormat('en-US', {
  useGrouping: false,
  maximumFractionDigits: 10,
});

/** A spreadsheet would run these as a formula (CSV injection, OWASP). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * What the file is (the report's title, subtitle and metadata: kind, plan, period, a
 * scorecard's organisation), then every table of the report, each introduced by a line with
 * its title and followed by its note, separated by blank lines. Headings, paragraphs and
 * charts have no place in CSV.
 */
export async function renderCsv(report: ReportDocument): Promise<Buffer> {
  const dialect = DIALECTS[report.language];
  const tables = report.blocks.filter((block): block is ReportTable => block.kind === 'table');
  const sections = [headerLines(report, dialect), ...tables.map((table) => tableLines(table, dialect))];
  return Buffer.from(UTF8_BOM + sections.map((lines) => lines.join(LINE_END) + LINE_END).join(LINE_END), 'utf8');
}

/** Title, subtitle, then one "label;value" line per metadata item. */
function headerLines(report: ReportDocument, dialect: { delimiter: string }): string[] {
  const text = (value: string) => textField(value, dialect.delimiter);
  return [
    text(report.title),
    ...(report.subtitle ? [text(report.subtitle)] : []),
    ...report.metadata.map(({ label, value }) => [text(label), text(value)].join(dialect.delimiter)),
  ];
}

function tableLines(table: ReportTable, dialect: { delimiter: string; decimal: string }): string[] {
  const line = (fields: string[]): string => fields.join(dialect.delimiter);
  const lines = [
    line([textField(table.title, dialect.delimiter)]),
    line(table.columns.map((column) => textField(column.header, dialect.delimiter))),
    ...table.rows.map((row) => line(table.columns.map((column) => cellField(row[column.key] ?? null, dialect)))),
  ];
  if (table.note) lines.push(line([textField(table.note, dialect.delimiter)]));
  return lines;
}

function cellField(value: ReportCell, dialect: { delimiter: string; decimal: string }): string {
  if (value === null) return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return '';
    // Percent stays on the 0–100 scale of the document (30.1), as the column header says.
    return quote(PLAIN_NUMBER.format(value).replace('.', dialect.decimal), dialect.delimiter);
  }
  // Dates stay 'YYYY-MM-DD': unambiguous, and Excel recognises them in every locale.
  return textField(value, dialect.delimiter);
}

function textField(value: string, delimiter: string): string {
  return quote(FORMULA_START.test(value) ? `'${value}` : value, delimiter);
}

function quote(value: string, delimiter: string): string {
  return value.includes(delimiter) || /["\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
