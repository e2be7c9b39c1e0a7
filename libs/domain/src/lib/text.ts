/**
 * Azerbaijani text: case mapping, search folding and alphabetical order.
 *
 * Azerbaijani has two i's: dotless I/ı and dotted İ/i. JavaScript's default toLowerCase maps
 * I → i and İ → "i̇" (i + combining dot), which breaks both search and display, so every
 * mapping here goes the Azerbaijani way explicitly rather than relying on the runtime's
 * locale data alone (a small-ICU build would otherwise fall back silently).
 */

/** Lowercase the Azerbaijani way: I → ı, İ → i. */
export function azLocaleLower(text: string): string {
  // NFC first so that a decomposed İ (I + U+0307) is one letter before mapping.
  return text.normalize('NFC').replace(/I/g, 'ı').replace(/İ/g, 'i').toLocaleLowerCase('az');
}

/** Uppercase the Azerbaijani way: i → İ, ı → I. */
export function azLocaleUpper(text: string): string {
  return text.normalize('NFC').replace(/i/g, 'İ').replace(/ı/g, 'I').toLocaleUpperCase('az');
}

/**
 * Search key: Azerbaijani lowercase in NFC, so "İSTİQAMƏT" finds "istiqamət" and "IŞIQ" finds
 * "ışıq". I and i stay different letters (I folds to ı), as they are in the language.
 */
export function azFold(text: string): string {
  return azLocaleLower(text).normalize('NFC');
}

/** Whether `needle` occurs in `haystack` ignoring case, the Azerbaijani way. */
export function azIncludes(haystack: string, needle: string): boolean {
  return azFold(haystack).includes(azFold(needle));
}

/**
 * Collator for the Azerbaijani alphabet (A B C Ç D E Ə F G Ğ H X I İ J K Q L M N O Ö P R S Ş
 * T U Ü V Y Z), as ICU defines it. Shared: building a collator is costly.
 */
export const azCollator = new Intl.Collator('az');

export function azCompare(a: string, b: string): number {
  return azCollator.compare(a, b);
}

/** A sorted copy in Azerbaijani alphabetical order (stable; the input is not changed). */
export function sortAz(items: readonly string[]): string[];
export function sortAz<T>(items: readonly T[], key: (item: T) => string): T[];
export function sortAz<T>(items: readonly T[], key?: (item: T) => string): T[] {
  const keyOf = key ?? ((item: T) => String(item));
  return [...items].sort((a, b) => azCollator.compare(keyOf(a), keyOf(b)));
}
