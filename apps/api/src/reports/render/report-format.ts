import type { ColumnType, ReportCell, ReportLanguage } from './report-document';

/**
 * Display formatting for PDF and DOCX (XLSX uses number formats, CSV raw numbers).
 *
 * Intl does the rounding, but separators are set here: CLDR's `az` uses "." for grouping,
 * while Azerbaijani official texts write "1 056" and "30,1 %". A no-break space keeps a
 * number or a percent sign from being split across lines.
 */
const NBSP = '\u00a0';

const SEPARATORS: Record<ReportLanguage, { group: string; decimal: string }> = {
  AZ: { group: NBSP, decimal: ',' },
  EN: { group: ',', decimal: '.' },
};

const INTL_LOCALE: Record<ReportLanguage, string> = { AZ: 'az', EN: 'en-GB' };

/** Fixed month names: ICU versions differ ("Sep" vs "Sept"), which would change the bytes. */
const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(language: ReportLanguage, minDigits: number, maxDigits: number): Intl.NumberFormat {
  const key = `${language}:${minDigits}:${maxDigits}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(INTL_LOCALE[language], {
      minimumFractionDigits: minDigits,
      maximumFractionDigits: maxDigits,
    });
    numberFormats.set(key, format);
  }
  return format;
}

export function formatNumber(
  value: number,
  language: ReportLanguage,
  fractionDigits: { min: number; max: number } = { min: 0, max: 2 },
): string {
  const { group, decimal } = SEPARATORS[language];
  return numberFormat(language, fractionDigits.min, fractionDigits.max)
    .formatToParts(value)
    .map((part) => (part.type === 'group' ? group : part.type === 'decimal' ? decimal : part.value))
    .join('');
}

/** `value` is 0–100. AZ "30,1 %", EN "30.1%". */
export function formatPercent(value: number, language: ReportLanguage, fractionDigits = 1): string {
  const number = formatNumber(value, language, {
    min: fractionDigits,
    max: fractionDigits,
  });
  return language === 'AZ' ? `${number}${NBSP}%` : `${number}%`;
}

/** Calendar parts of a 'YYYY-MM-DD' string, or null when it is not a valid date. */
export function parseIsoDate(text: string): { year: number; month: number; day: number } | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return { year, month, day };
}

/** AZ "15.03.2016", EN "15 Mar 2016"; anything that is not 'YYYY-MM-DD' is returned as is. */
export function formatDate(text: string, language: ReportLanguage): string {
  const date = parseIsoDate(text);
  if (!date) return text;
  const { year, month, day } = date;
  return language === 'AZ'
    ? `${String(day).padStart(2, '0')}.${String(month).padStart(2, '0')}.${year}`
    : `${day} ${EN_MONTHS[month - 1]} ${year}`;
}

const FRACTION_DIGITS: Record<Exclude<ColumnType, 'text' | 'date' | 'percent'>, { min: number; max: number }> = {
  integer: { min: 0, max: 0 },
  // Fixed digits so that right-aligned columns line up on the decimal separator.
  decimal: { min: 1, max: 1 },
  amount: { min: 2, max: 2 },
};

export function isNumericColumn(type: ColumnType): boolean {
  return type !== 'text' && type !== 'date';
}

/** Text of a table cell as printed in PDF and DOCX. Empty cells stay empty. */
export function formatCell(cell: ReportCell, type: ColumnType, language: ReportLanguage): string {
  if (cell === null) return '';
  if (typeof cell === 'string') return type === 'date' ? formatDate(cell, language) : cell;
  if (!Number.isFinite(cell)) return '';
  switch (type) {
    case 'percent':
      return formatPercent(cell, language);
    case 'integer':
    case 'decimal':
    case 'amount':
      return formatNumber(cell, language, FRACTION_DIGITS[type]);
    default:
      return formatNumber(cell, language);
  }
}

/** Value printed next to a bar: percent with one decimal, counts as they are. */
export function formatBarValue(value: number, unit: 'percent' | 'count', language: ReportLanguage): string {
  return unit === 'percent' ? formatPercent(value, language) : formatNumber(value, language, { min: 0, max: 1 });
}

/** The few words the renderers add themselves; everything else comes translated in the document. */
export const RENDER_LABELS: Record<
  ReportLanguage,
  {
    summarySheet: string;
    pageBefore: string;
    pageBetween: string;
    bcp47: string;
  }
> = {
  AZ: {
    summarySheet: 'Xülasə',
    pageBefore: 'Səhifə ',
    pageBetween: ' / ',
    bcp47: 'az-AZ',
  },
  EN: {
    summarySheet: 'Summary',
    pageBefore: 'Page ',
    pageBetween: ' of ',
    bcp47: 'en-GB',
  },
};

/** AZ "Səhifə 1 / 3", EN "Page 1 of 3". */
export function pageLabel(page: number, pages: number, language: ReportLanguage): string {
  const { pageBefore, pageBetween } = RENDER_LABELS[language];
  return `${pageBefore}${page}${pageBetween}${pages}`;
}

/** Hex colours (no '#') shared by the PDF and DOCX charts. */
export const BAR_COLORS = {
  GREEN: '2E7D32',
  AMBER: 'F9A825',
  RED: 'C62828',
  NEUTRAL: '1F5F8B',
} as const;
