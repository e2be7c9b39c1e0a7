import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/*
 * Every translation key the templates and code name literally exists in every language file,
 * and the language files have the same keys: a missing key would show its path to the user.
 */
const appDir = join(__dirname, '..', '..');
const i18nDir = join(__dirname, '..', '..', '..', '..', 'public', 'i18n');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.(ts|html)$/.test(name) && !name.endsWith('.spec.ts') ? [path] : [];
  });
}

function flatten(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => flatten(child, prefix ? `${prefix}.${key}` : key));
}

const languages = (JSON.parse(readFileSync(join(i18nDir, 'languages.json'), 'utf8')) as string[]).map((code) => ({
  code,
  keys: new Set(flatten(JSON.parse(readFileSync(join(i18nDir, `${code}.json`), 'utf8')))),
}));

describe('translations', () => {
  const used = new Set<string>();
  for (const file of files(appDir)) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/'([a-zA-Z]+(?:\.[a-zA-Z_]+)+)'\s*\|\s*transloco/g)) used.add(match[1]);
    for (const match of text.matchAll(/translate\('([a-zA-Z]+(?:\.[a-zA-Z_]+)+)'/g)) used.add(match[1]);
    for (const match of text.matchAll(/(?:label|title): '([a-z]+\.[a-zA-Z.]+)'/g)) used.add(match[1]);
  }

  it('finds keys to check', () => {
    expect(used.size).toBeGreaterThan(50);
  });

  it.each(languages.map((l) => [l.code, l.keys] as const))('%s has every key used in the code', (_code, keys) => {
    expect([...used].filter((key) => !keys.has(key)).sort()).toEqual([]);
  });

  it('all languages have the same keys', () => {
    const [first, ...others] = languages;
    for (const other of others) {
      expect([...first.keys].filter((k) => !other.keys.has(k)).sort()).toEqual([]);
      expect([...other.keys].filter((k) => !first.keys.has(k)).sort()).toEqual([]);
    }
  });
});
