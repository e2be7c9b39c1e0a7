/**
 * Language-aware formatting of figures: the one set of formatters behind the generated
 * reports (PDF, DOCX, the words of the annual report) and anything else that prints a figure,
 * so that a figure reads the same everywhere.
 *
 * The agreed conventions (portal issue):
 * - AZ numbers follow Intl/CLDR `az`: a dot groups thousands, a comma marks decimals
 *   ("1.056", "153.000,50"), which is also how the 2016 report writes "70.000" and "5.523".
 * - AZ percent puts a no-break space before the sign, "30,1 %"; EN writes "30.1%".
 * - Dates: AZ "15.03.2016", EN "15 Mar 2016" (always the three-letter month).
 * Values are rounded with `roundTo` (half away from zero) before Intl sees them, so a printed
 * figure always agrees with the figure the API returns.
 */
import { Language } from './enums';
import { parseIsoDate } from './dates';
import { roundTo } from './completion';

/** Printed for a missing figure (e.g. completion of a plan with no assigned measures). */
export const NO_VALUE = '—';

/** Keeps a number and its % sign (or a thousands group) on one line. */
export const NBSP = '\u00a0';

/** The enum or its string value, so callers holding `'AZ'` from a document model need no cast. */
export type LanguageCode = Language | `${Language}`;

const NUMBER_LOCALE: Record<Language, string> = {
  [Language.AZ]: 'az',
  [Language.EN]: 'en-GB',
};

// Fixed names: ICU versions differ (en-GB "Sept" vs "Sep"), which would change report bytes.
const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * `1056` → AZ "1.056", EN "1,056". Without `decimals`, up to 2 fraction digits are shown as
 * needed; with it, exactly that many.
 */
export function formatNumber(value: number | null, language: LanguageCode, decimals?: number): string {
  if (value === null) return NO_VALUE;
  const digits = decimals ?? 2;
  return numberFormat(language, { minimumFractionDigits: decimals ?? 0, maximumFractionDigits: digits }).format(
    roundTo(checkFinite(value), digits),
  );
}

export interface PercentOptions {
  /** Always print `decimals` fraction digits ("100,0 %"), e.g. so a table column lines up. */
  fixed?: boolean;
}

/**
 * A percentage given on the 0–100 scale: `30.1` → AZ "30,1 %" (no-break space), EN "30.1%".
 * Up to `decimals` fraction digits (default 1), or exactly that many with `fixed`.
 */
export function formatPercent(value: number | null, language: LanguageCode, decimals = 1, options: PercentOptions = {}): string {
  if (value === null) return NO_VALUE;
  const number = numberFormat(language, {
    minimumFractionDigits: options.fixed ? decimals : 0,
    maximumFractionDigits: decimals,
  }).format(roundTo(checkFinite(value), decimals));
  return withPercentSign(number, language);
}

/** `'2016-03-15'` → AZ "15.03.2016", EN "15 Mar 2016". Throws on anything but a real YYYY-MM-DD date. */
export function formatDate(date: string, language: LanguageCode): string {
  const utc = new Date(parseIsoDate(date));
  const day = utc.getUTCDate();
  const month = utc.getUTCMonth();
  const year = utc.getUTCFullYear();
  return language === Language.AZ
    ? `${String(day).padStart(2, '0')}.${String(month + 1).padStart(2, '0')}.${year}`
    : `${day} ${EN_MONTHS[month]} ${year}`;
}

/** A signed number: 2 → "+2", -1500 → AZ "-1.500", 0 → "0". */
export function formatSignedNumber(value: number, language: LanguageCode, decimals?: number): string {
  const digits = decimals ?? 2;
  return numberFormat(language, {
    minimumFractionDigits: decimals ?? 0,
    maximumFractionDigits: digits,
    signDisplay: 'exceptZero',
  }).format(roundTo(checkFinite(value), digits));
}

/**
 * Change versus the previous period, signed: (34, 30.1) → AZ "+34 (+30,1 %)", EN "+34 (+30.1%)";
 * (2, null) → "+2"; no previous value → "" so the caller can leave the comparison out.
 */
export function formatChange(absolute: number | null, percent: number | null, language: LanguageCode): string {
  if (absolute === null) return '';
  const signedAbsolute = formatSignedNumber(absolute, language);
  if (percent === null) return signedAbsolute;
  const signedPercent = numberFormat(language, { maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(
    roundTo(checkFinite(percent), 1),
  );
  return `${signedAbsolute} (${withPercentSign(signedPercent, language)})`;
}

function withPercentSign(number: string, language: LanguageCode): string {
  return language === Language.AZ ? `${number}${NBSP}%` : `${number}%`;
}

function checkFinite(value: number): number {
  if (!Number.isFinite(value)) throw new RangeError(`Cannot format ${value}`);
  return value;
}

// Intl formatters are costly to build and reports format thousands of figures: cache them.
const formatters = new Map<string, Intl.NumberFormat>();

function numberFormat(language: LanguageCode, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const locale = NUMBER_LOCALE[language as Language];
  if (locale === undefined) throw new RangeError(`Unknown language "${String(language)}"`);
  const key = `${locale}|${JSON.stringify(options)}`;
  let cached = formatters.get(key);
  if (cached === undefined) {
    cached = new Intl.NumberFormat(locale, options);
    formatters.set(key, cached);
  }
  return cached;
}
