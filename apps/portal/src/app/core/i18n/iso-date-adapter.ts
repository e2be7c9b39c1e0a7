import {
  FormStyle,
  TranslationWidth,
  formatDate,
  getLocaleDayNames,
  getLocaleFirstDayOfWeek,
  getLocaleMonthNames,
} from '@angular/common';
import { DestroyRef, Injectable, type Provider, effect, inject } from '@angular/core';
import { DateAdapter, MAT_DATE_FORMATS, type MatDateFormats } from '@angular/material/core';
import { MatDatepickerIntl } from '@angular/material/datepicker';
import { TranslatedDatepickerIntl } from './datepicker-intl';
import { LanguageService } from './language.service';

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const INVALID = 'invalid';

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}
function iso(year: number, month: number, date: number): string {
  return `${pad(year, 4)}-${pad(month + 1)}-${pad(date)}`;
}
/** The ISO date's parts, or null when it is not a real calendar date. */
function parts(value: string): [number, number, number] | null {
  const m = ISO.exec(value);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]) - 1, Number(m[3])];
  const check = new Date(Date.UTC(y, mo, d));
  return check.getUTCFullYear() === y && check.getUTCMonth() === mo && check.getUTCDate() === d ? [y, mo, d] : null;
}
/** Noon UTC of the date: formatted in any time zone it stays the same day. */
function utcNoon(value: string): Date {
  const [y, m, d] = parts(value) ?? [1970, 0, 1];
  return new Date(Date.UTC(y, m, d, 12));
}

/**
 * Material's date adapter over ISO `YYYY-MM-DD` strings: the form value is exactly what the API
 * takes (no Date, so no time-zone shift), and the text follows the UI language — az
 * `15.03.2016`, en `15 Mar 2016` (ru `15.03.2016`). Typing accepts the displayed form, the
 * other numeric one (`15.03.2016`, `15/03/2016`), `15 Mar 2016` and ISO.
 */
@Injectable()
export class IsoDateAdapter extends DateAdapter<string, string> {
  private readonly language = inject(LanguageService);

  constructor() {
    super();
    this.setLocale(this.language.language().locale);
    const ref = effect(() => this.setLocale(this.language.language().locale));
    inject(DestroyRef).onDestroy(() => ref.destroy());
  }

  getYear(date: string): number {
    return parts(date)?.[0] ?? NaN;
  }
  getMonth(date: string): number {
    return parts(date)?.[1] ?? NaN;
  }
  getDate(date: string): number {
    return parts(date)?.[2] ?? NaN;
  }
  getDayOfWeek(date: string): number {
    return utcNoon(date).getUTCDay();
  }
  getMonthNames(style: 'long' | 'short' | 'narrow'): string[] {
    return [...getLocaleMonthNames(this.locale, FormStyle.Standalone, this.width(style))];
  }
  getDateNames(): string[] {
    return Array.from({ length: 31 }, (_, i) => String(i + 1));
  }
  getDayOfWeekNames(style: 'long' | 'short' | 'narrow'): string[] {
    return [...getLocaleDayNames(this.locale, FormStyle.Standalone, this.width(style))];
  }
  getYearName(date: string): string {
    return String(this.getYear(date));
  }
  getFirstDayOfWeek(): number {
    return getLocaleFirstDayOfWeek(this.locale);
  }
  getNumDaysInMonth(date: string): number {
    const [y, m] = parts(date) ?? [1970, 0];
    return new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  }
  clone(date: string): string {
    return date;
  }
  createDate(year: number, month: number, date: number): string {
    const value = iso(year, month, date);
    if (!parts(value)) throw Error(`Invalid date ${value}`);
    return value;
  }
  today(): string {
    const now = new Date();
    return iso(now.getFullYear(), now.getMonth(), now.getDate());
  }
  parse(value: unknown): string | null {
    if (value === null || value === undefined || value === '') return null;
    if (typeof value !== 'string') return this.invalid();
    const text = value.trim();
    if (ISO.test(text)) return parts(text) ? text : this.invalid();
    const numeric = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(text);
    if (numeric) return this.valid(Number(numeric[3]), Number(numeric[2]) - 1, Number(numeric[1]));
    const named = /^(\d{1,2})\s+(\p{L}+)\.?\s+(\d{4})$/u.exec(text);
    if (named) {
      const name = named[2].toLocaleLowerCase(this.locale);
      const month = ['short', 'long']
        .flatMap((style) => [this.locale, 'en'].map((l) => this.monthNames(l, style as 'short' | 'long')))
        .map((names) => names.findIndex((n) => n.toLocaleLowerCase(this.locale).replace('.', '') === name))
        .find((i) => i >= 0);
      if (month !== undefined) return this.valid(Number(named[3]), month, Number(named[1]));
    }
    return this.invalid();
  }
  format(date: string, displayFormat: string): string {
    if (!this.isValid(date)) throw Error('IsoDateAdapter: cannot format an invalid date');
    const pattern = displayFormat === 'input' ? (this.locale.startsWith('en') ? 'd MMM y' : 'dd.MM.y') : displayFormat;
    return formatDate(utcNoon(date), pattern, this.locale, 'UTC');
  }
  addCalendarYears(date: string, years: number): string {
    return this.addCalendarMonths(date, years * 12);
  }
  addCalendarMonths(date: string, months: number): string {
    const [y, m, d] = parts(date) ?? [1970, 0, 1];
    const first = new Date(Date.UTC(y, m + months, 1));
    const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
    return iso(first.getUTCFullYear(), first.getUTCMonth(), Math.min(d, last));
  }
  addCalendarDays(date: string, days: number): string {
    const next = utcNoon(date);
    next.setUTCDate(next.getUTCDate() + days);
    return iso(next.getUTCFullYear(), next.getUTCMonth(), next.getUTCDate());
  }
  /** Form values are ISO strings; an empty one is no date (not an invalid one). */
  override deserialize(value: unknown): string | null {
    if (value === '' || value === null || value === undefined) return null;
    return super.deserialize(value);
  }
  toIso8601(date: string): string {
    return date;
  }
  isDateInstance(value: unknown): boolean {
    return typeof value === 'string' && (value === INVALID || ISO.test(value));
  }
  isValid(date: string): boolean {
    return parts(date) !== null;
  }
  invalid(): string {
    return INVALID;
  }

  private valid(year: number, month: number, date: number): string {
    const value = iso(year, month, date);
    return parts(value) ? value : this.invalid();
  }
  private width(style: 'long' | 'short' | 'narrow'): TranslationWidth {
    return style === 'long'
      ? TranslationWidth.Wide
      : style === 'short'
        ? TranslationWidth.Abbreviated
        : TranslationWidth.Narrow;
  }
  private monthNames(locale: string, style: 'short' | 'long'): readonly string[] {
    try {
      return getLocaleMonthNames(locale, FormStyle.Format, this.width(style));
    } catch {
      return [];
    }
  }
}

/** Display formats per language are chosen by the adapter's locale: see `format`. */
export const ISO_DATE_FORMATS: MatDateFormats = {
  parse: { dateInput: 'input' },
  display: {
    dateInput: 'input',
    monthYearLabel: 'LLL y',
    dateA11yLabel: 'longDate',
    monthYearA11yLabel: 'LLLL y',
  },
};

/** Providers for a component with Material datepickers over ISO date strings. */
export function provideIsoDates(): Provider[] {
  return [
    { provide: DateAdapter, useClass: IsoDateAdapter },
    { provide: MAT_DATE_FORMATS, useValue: ISO_DATE_FORMATS },
    { provide: MatDatepickerIntl, useClass: TranslatedDatepickerIntl },
  ];
}
