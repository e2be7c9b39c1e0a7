/**
 * Language-aware formatting of figures for generated reports and the portal, so that the
 * PDF, the spreadsheet and the screen print a figure the same way.
 *
 * Azerbaijani follows Intl/CLDR for `az`: a dot groups thousands and a comma marks decimals
 * ("1.056", "153.000,50", "30,1%") — also how the 2016 report itself writes "70.000" and
 * "5.523". English uses en-GB conventions ("1,056", "30.1%", "15 Mar 2016").
 * Values are rounded with `roundTo` (half away from zero) before Intl sees them, so a printed
 * figure always agrees with the figure the API returns.
 */
import { Language } from './enums';
import { parseIsoDate } from './dates';
import { roundTo } from './completion';

/** Printed for a missing figure (e.g. completion of a plan with no assigned measures). */
export const NO_VALUE = '—';

const NUMBER_LOCALE: Record<Language, string> = {
  [Language.AZ]: 'az',
  [Language.EN]: 'en-GB',
};

/**
 * `1056` → AZ "1.056", EN "1,056". Without `decimals`, up to 2 fraction digits are shown as
 * needed; with it, exactly that many.
 */
export function formatNumber(value: number | null, language: Language, decimals?: number): string {
  if (value === null) return NO_VALUE;
  const digits = decimals ?? 2;
  return numberFormat(language, {
    minimumFractionDigits: decimals ?? 0,
    maximumFractionDigits: digits,
  }).format(roundTo(checkFinite(value), digits));
}

/** A percentage given on the 0–100 scale: `30.1` → AZ "30,1%", EN "30.1%" (up to `decimals`, default 1). */
export function formatPercent(value: number | null, language: Language, decimals = 1): string {
  if (value === null) return NO_VALUE;
  return percentFormat(language, decimals, 'auto').format(roundTo(checkFinite(value), decimals) / 100);
}

/** `'2016-03-15'` → AZ "15.03.2016", EN "15 Mar 2016". */
export function formatDate(date: string, language: Language): string {
  const utc = new Date(parseIsoDate(date));
  if (language === Language.AZ) {
    return formatter(`date|az`, () => new Intl.DateTimeFormat('az', { timeZone: 'UTC', day: '2-digit', month: '2-digit', year: 'numeric' })).format(utc);
  }
  // en-GB abbreviates September as "Sept" in recent CLDR; en-US parts give the stable
  // three-letter month, reassembled in the British day-month-year order.
  const parts = formatter(`date|en`, () => new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', day: 'numeric', month: 'short', year: 'numeric' })).formatToParts(utc);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('day')} ${part('month')} ${part('year')}`;
}

/**
 * Change versus the previous period, signed: (34, 30.1) → AZ "+34 (+30,1%)", EN "+34 (+30.1%)";
 * (2, null) → "+2"; no previous value → "" so the caller can leave the comparison out.
 */
export function formatChange(absolute: number | null, percent: number | null, language: Language): string {
  if (absolute === null) return '';
  const signedAbsolute = numberFormat(language, { maximumFractionDigits: 2, signDisplay: 'exceptZero' }).format(
    roundTo(checkFinite(absolute), 2),
  );
  if (percent === null) return signedAbsolute;
  const signedPercent = percentFormat(language, 1, 'exceptZero').format(roundTo(checkFinite(percent), 1) / 100);
  return `${signedAbsolute} (${signedPercent})`;
}

function checkFinite(value: number): number {
  if (!Number.isFinite(value)) throw new RangeError(`Cannot format ${value}`);
  return value;
}

// Intl formatters are costly to build and reports format thousands of figures: cache them.
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function formatter<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, create: () => T): T {
  let cached = formatters.get(key) as T | undefined;
  if (cached === undefined) {
    cached = create();
    formatters.set(key, cached);
  }
  return cached;
}

function numberFormat(language: Language, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const locale = NUMBER_LOCALE[language];
  return formatter(`number|${locale}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(locale, options));
}

function percentFormat(language: Language, decimals: number, signDisplay: 'auto' | 'exceptZero'): Intl.NumberFormat {
  return numberFormat(language, { style: 'percent', minimumFractionDigits: 0, maximumFractionDigits: decimals, signDisplay });
}
