/**
 * Languages the portal knows how to format. Which of them are offered is decided by
 * `public/i18n/languages.json`: to add Russian, drop `public/i18n/ru.json` beside az.json and
 * add "ru" to that list (its Angular locale data is already registered).
 */
export interface PortalLanguage {
  code: string;
  /** The language's own name, shown in the switcher whatever the UI language. */
  label: string;
  /** Angular locale id whose data (registered in locale-data.ts) formats numbers and dates. */
  locale: string;
  /** Angular date pattern for a calendar date: az 15.03.2016, en 15 Mar 2016. */
  datePattern: string;
  dateTimePattern: string;
  /** Between a figure and the percent sign: az/ru write "30,1 %", en "30.1%". */
  percentSeparator: string;
}

export const KNOWN_LANGUAGES: readonly PortalLanguage[] = [
  {
    code: 'az',
    label: 'Azərbaycanca',
    locale: 'az',
    datePattern: 'dd.MM.y',
    dateTimePattern: 'dd.MM.y HH:mm',
    percentSeparator: '\u00a0',
  },
  {
    code: 'en',
    label: 'English',
    locale: 'en',
    datePattern: 'd MMM y',
    dateTimePattern: 'd MMM y, HH:mm',
    percentSeparator: '',
  },
  {
    code: 'ru',
    label: 'Русский',
    locale: 'ru',
    datePattern: 'dd.MM.y',
    dateTimePattern: 'dd.MM.y HH:mm',
    percentSeparator: '\u00a0',
  },
];

export const DEFAULT_LANGUAGE = 'az';
export const FALLBACK_LANGUAGE = 'en';

export function languageByCode(code: string): PortalLanguage {
  return KNOWN_LANGUAGES.find((l) => l.code === code) ?? KNOWN_LANGUAGES[0];
}
