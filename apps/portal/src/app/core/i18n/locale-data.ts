import { registerLocaleData } from '@angular/common';
import localeAz from '@angular/common/locales/az';
import localeRu from '@angular/common/locales/ru';

/**
 * Number and date symbols for every known language (a few KB; no runtime download). English
 * uses Angular's built-in `en` data ("15 Sep 2016", as the generated reports print it).
 */
export function registerPortalLocales(): void {
  registerLocaleData(localeAz, 'az');
  registerLocaleData(localeRu, 'ru');
}
