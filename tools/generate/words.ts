import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DEMO_PLAN } from '../../apps/api/src/database/seed/demo-data';
import type { Rng } from './prng';

/**
 * Azerbaijani vocabulary for generated titles and narratives: the real words of the 2016
 * annual report (shared/seed/report-2016.az.txt). Where that file is not at hand (a clone
 * without shared/), the demo plan's own Azerbaijani titles and descriptions are used, which
 * are taken from the same report.
 */
const WORD = /[A-Za-zÇçƏəĞğİıÖöŞşÜü]{3,}/g;

function candidates(): string[] {
  const root = resolve(__dirname, '..', '..');
  return [
    process.env['NAP_REPORT_TEXT'] ?? '',
    join(root, '..', 'shared', 'seed', 'report-2016.az.txt'),
    '/work/shared/seed/report-2016.az.txt',
  ].filter((p) => p !== '');
}

export interface Vocabulary {
  words: string[];
  source: string;
}

let cached: Vocabulary | null = null;

export function vocabulary(): Vocabulary {
  if (cached) return cached;
  const file = candidates().find((p) => existsSync(p));
  let text: string;
  let source: string;
  if (file) {
    text = readFileSync(file, 'utf8');
    source = file;
  } else {
    text = DEMO_PLAN.sections.flatMap((s) => [s.titleAz, ...s.measures.flatMap((m) => [m.titleAz, m.descriptionAz, m.expectedResultAz])]).join(' ');
    source = 'demo plan titles';
  }
  const seen = new Set<string>();
  for (const match of text.match(WORD) ?? []) {
    const word = match.toLocaleLowerCase('az');
    // Drop roman numerals and all-caps abbreviations' leftovers.
    if (/^[ivxlcdm]+$/.test(word)) continue;
    seen.add(word);
  }
  // Sorted, so the same seed picks the same words whatever the file's order of discovery.
  cached = { words: [...seen].sort(), source };
  return cached;
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('az') + text.slice(1);
}

/** A title-like phrase of `min`–`max` real Azerbaijani words. */
export function phrase(rng: Rng, min: number, max: number): string {
  const { words } = vocabulary();
  const n = rng.int(min, max);
  const out: string[] = [];
  for (let i = 0; i < n; i += 1) out.push(rng.pick(words));
  return capitalise(out.join(' '));
}

/** One or more sentences. */
export function sentences(rng: Rng, count: number): string {
  const out: string[] = [];
  for (let i = 0; i < count; i += 1) out.push(`${phrase(rng, 6, 16)}.`);
  return out.join(' ');
}
