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

export const FORMAT_PIPES = [AppNumberPipe, AppPercentPipe, AppDatePipe, AppNamePipe] as const;
