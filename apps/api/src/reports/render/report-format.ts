import {
  formatDate as formatIsoDate,
  formatNumber as formatDomainNumber,
  formatPercent as formatDomainPercent,
  isIsoDate,
} from '@nap/domain';
import type { ColumnType, ReportCell, ReportLanguage } from './report-document';

/**
 * Display formatting for PDF and DOCX (XLSX uses number formats, CSV raw numbers). The
 * figures themselves are printed by `@nap/domain`'s formatters, the single source for every
 * output: AZ "1.056", "30,1 %", "15.03.2016"; EN "1,056", "30.1%", "15 Mar 2016".
 */

/** Exactly `decimals` fraction digits, or up to 2 as needed without it. */
export function formatNumber(value: number, language: ReportLanguage, decimals?: number): string {
  return formatDomainNumber(value, language, decimals);
}

/** `value` is 0–100, printed with exactly `fractionDigits` digits: AZ "30,1 %", EN "30.1%". */
export function formatPercent(value: number, language: ReportLanguage, fractionDigits = 1): string {
  return formatDomainPercent(value, language, fractionDigits, { fixed: true });
}

/** Calendar parts of a 'YYYY-MM-DD' string, or null when it is not a valid date. */
export function parseIsoDate(text: string): { year: number; month: number; day: number } | null {
  const trimmed = text.trim();
  if (!isIsoDate(trimmed)) return null;
  const [year, month, day] = trimmed.split('-').map(Number);
  return { year, month, day };
}

/** AZ "15.03.2016", EN "15 Mar 2016"; anything that is not 'YYYY-MM-DD' is returned as is. */
export function formatDate(text: string, language: ReportLanguage): string {
  const trimmed = text.trim();
  return isIsoDate(trimmed) ? formatIsoDate(trimmed, language) : text;
}

// Fixed digits so that right-aligned columns line up on the decimal separator.
const FRACTION_DIGITS: Record<Exclude<ColumnType, 'text' | 'date' | 'percent' | 'number'>, number> = {
  integer: 0,
  decimal: 1,
  amount: 2,
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
  return unit === 'percent' ? formatPercent(value, language) : formatNumber(value, language);
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
