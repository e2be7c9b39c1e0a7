import { Injectable } from '@angular/core';

const PREFIX = 'nap.draft:';

/**
 * What a user is typing, kept in sessionStorage (per tab) on every change, so that an expired
 * session or a reload loses nothing: the form restores it when it opens again and clears it
 * once the server has the data.
 */
@Injectable({ providedIn: 'root' })
export class FormDraftStore {
  save<T>(key: string, value: T): void {
    try {
      sessionStorage.setItem(PREFIX + key, JSON.stringify({ savedAt: new Date().toISOString(), value }));
    } catch {
      // Quota or private mode: the server-side autosave still protects the work.
    }
  }

  load<T>(key: string): { savedAt: string; value: T } | null {
    try {
      const raw = sessionStorage.getItem(PREFIX + key);
      return raw ? (JSON.parse(raw) as { savedAt: string; value: T }) : null;
    } catch {
      return null;
    }
  }

  clear(key: string): void {
    try {
      sessionStorage.removeItem(PREFIX + key);
    } catch {
      // Nothing to clear.
    }
  }
}
