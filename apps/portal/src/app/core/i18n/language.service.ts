import { DOCUMENT } from '@angular/common';
import { HttpClient } from '@angular/common/http';
import { computed, inject, Injectable, signal } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { DEFAULT_LANGUAGE, KNOWN_LANGUAGES, languageByCode, type PortalLanguage } from './languages';

const STORAGE_KEY = 'nap.language';

/** The UI language: persisted in localStorage, mirrored to <html lang> and Transloco. */
@Injectable({ providedIn: 'root' })
export class LanguageService {
  private readonly transloco = inject(TranslocoService);
  private readonly http = inject(HttpClient);
  private readonly document = inject(DOCUMENT);

  private readonly enabledCodes = signal<string[]>([DEFAULT_LANGUAGE, 'en']);
  private readonly current = signal<string>(DEFAULT_LANGUAGE);

  readonly code = this.current.asReadonly();
  readonly language = computed<PortalLanguage>(() => languageByCode(this.current()));
  readonly available = computed(() => KNOWN_LANGUAGES.filter((l) => this.enabledCodes().includes(l.code)));

  /** Run once at start-up: reads the offered languages and loads the chosen one. */
  async init(): Promise<void> {
    try {
      const codes = await firstValueFrom(this.http.get<string[]>('/i18n/languages.json'));
      const known = codes.filter((c) => KNOWN_LANGUAGES.some((l) => l.code === c));
      if (known.length > 0) this.enabledCodes.set(known);
    } catch {
      // Keep the built-in list: az and en.
    }
    this.transloco.setAvailableLangs(this.enabledCodes());
    const stored = readStored();
    const initial = stored && this.enabledCodes().includes(stored) ? stored : DEFAULT_LANGUAGE;
    await this.use(initial);
  }

  async use(code: string): Promise<void> {
    if (!this.enabledCodes().includes(code)) return;
    await firstValueFrom(this.transloco.load(code));
    this.transloco.setActiveLang(code);
    this.current.set(code);
    this.document.documentElement.lang = code;
    try {
      localStorage.setItem(STORAGE_KEY, code);
    } catch {
      // Private mode: the choice lasts for this page only.
    }
  }

  /** Picks the field for the UI language from a bilingual record (`nameAz`/`nameEn`, `titleAz`/`titleEn`). */
  pick(az: string | null | undefined, en: string | null | undefined, ru?: string | null): string {
    const code = this.current();
    if (code === 'en') return en || az || '';
    if (code === 'ru') return ru || en || az || '';
    return az || en || '';
  }
}

function readStored(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}
