import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Every GraphQL operation is explicitly guarded: each @Query/@Mutation/@Subscription carries
 * @Roles(...) or @Public() in its own decorator block. (The global guard also denies any
 * operation without them, so a miss fails closed; this test makes it fail loudly.)
 */
function resolverFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return resolverFiles(path);
    return /\.resolver\.ts$/.test(name) ? [path] : [];
  });
}

function unguardedOperations(source: string): string[] {
  const lines = source.split('\n');
  const problems: string[] = [];
  lines.forEach((line, i) => {
    if (!/^\s*@(Query|Mutation|Subscription)\(/.test(line)) return;
    // The decorator block: contiguous lines above (and below, until the method) starting with @.
    let start = i;
    while (start > 0 && /^\s*@/.test(lines[start - 1])) start -= 1;
    let end = i;
    while (end + 1 < lines.length && /^\s*@/.test(lines[end + 1])) end += 1;
    const block = lines.slice(start, end + 1).join('\n');
    if (!/@Roles\(|@Public\(\)/.test(block)) problems.push(`line ${i + 1}: ${line.trim()}`);
  });
  return problems;
}

describe('resolver guards', () => {
  const root = join(__dirname, '../..');
  const files = resolverFiles(root);

  it('finds the resolvers', () => {
    expect(files.length).toBeGreaterThanOrEqual(6);
  });

  it.each(files.map((f) => [relative(root, f), f]))('%s: every operation names its roles or is public', (_name, file) => {
    expect(unguardedOperations(readFileSync(file, 'utf8'))).toEqual([]);
  });

  it('detects an unguarded operation', () => {
    expect(unguardedOperations("  @Query(() => String)\n  leak() { return 'x'; }")).toHaveLength(1);
    expect(unguardedOperations("  @Roles(Role.ADMIN)\n  @Query(() => String)\n  ok() { return 'x'; }")).toEqual([]);
  });
});
