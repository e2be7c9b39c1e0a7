import { formatDate, formatNumber } from '@angular/common';
import { inject, Pipe, type PipeTransform } from '@angular/core';
import { LanguageService } from './language.service';

/*
 * Figures and dates in the UI language. The pipes are impure because the language can change
 * while the inputs stay the same; each reads the language signal, so OnPush views re-render.
 */

/** 1056 → az "1.056", en "1,056". `digits` is an Angular digits-info, default up to 2 decimals. */
@Pipe({ name: 'appNumber', pure: false })
export class AppNumberPipe implements PipeTransform {
  private readonly language = inject(LanguageService);

  transform(value: number | null | undefined, digits = '1.0-2'): string {
    if (value === null || value === undefined || !Number.isFinite(value)) return '—';
    return formatNumber(value, this.language.language().locale, digits);
  }
}

/** A percentage on the 0–100 scale: 30.1 → az "30,1 %", en "30.1%". */
@Pipe({ name: 'appPercent', pure: false })
export class AppPercentPipe implements PipeTransform {
  private readonly language = inject(LanguageService);

  transform(value: number | null | undefined, decimals = 1): string {
    if (value === null || value === undefined || !Number.isFinite(value)) return '—';
    const lang = this.language.language();
    return `${formatNumber(value, lang.locale, `1.0-${decimals}`)}${lang.percentSeparator}%`;
  }
}

/** '2016-03-15' → az "15.03.2016", en "15 Mar 2016"; `withTime` for timestamps. */
@Pipe({ name: 'appDate', pure: false })
export class AppDatePipe implements PipeTransform {
  private readonly language = inject(LanguageService);

  transform(value: string | Date | null | undefined, withTime = false): string {
    if (value === null || value === undefined || value === '') return '—';
    const lang = this.language.language();
    return formatDate(value, withTime ? lang.dateTimePattern : lang.datePattern, lang.locale);
  }
}

/** Bilingual record → the name in the UI language: `{{ org | appName }}` or `{{ plan | appName: 'title' }}`. */
@Pipe({ name: 'appName', pure: false })
export class AppNamePipe implements PipeTransform {
  private readonly language = inject(LanguageService);

  transform(value: object | null | undefined, field = 'name'): string {
    if (!value) return '';
    const record = value as Record<string, unknown>;
    const get = (suffix: string) => {
      const v = record[`${field}${suffix}`];
      return typeof v === 'string' ? v : null;
    };
    return this.language.pick(get('Az'), get('En'), get('Ru'));
  }
}

/**
 * Change versus the previous period, signed, as the generated reports print it:
 * (34, 30.1) → az "+34 (+30,1 %)", en "+34 (+30.1%)"; (2, null) → "+2". Angular's locale data,
 * not Intl: browsers may ship without Azerbaijani number data.
 */
@Pipe({ name: 'appChange', pure: false })
export class AppChangePipe implements PipeTransform {
  private readonly language = inject(LanguageService);

  transform(absolute: number | null | undefined, percent: number | null | undefined): string {
    if (absolute === null || absolute === undefined || !Number.isFinite(absolute)) return '';
    const lang = this.language.language();
    const signed = (value: number, digits: string) =>
      `${value > 0 ? '+' : value < 0 ? '−' : ''}${formatNumber(Math.abs(value), lang.locale, digits)}`;
    const head = signed(absolute, '1.0-2');
    if (percent === null || percent === undefined || !Number.isFinite(percent)) return head;
    return `${head} (${signed(percent, '1.0-1')}${lang.percentSeparator}%)`;
  }
}

export const FORMAT_PIPES = [AppNumberPipe, AppPercentPipe, AppDatePipe, AppNamePipe, AppChangePipe] as const;
