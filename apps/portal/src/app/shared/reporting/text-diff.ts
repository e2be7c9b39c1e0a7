export interface DiffPart {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

const MAX_CELLS = 250_000;

/**
 * Word-level difference of two texts (longest common subsequence), for showing what a
 * resubmission changed in a narrative. Whitespace is kept with the word before it. Very long
 * texts fall back to "all removed, all added" rather than stalling the page.
 */
export function diffWords(before: string | null | undefined, after: string | null | undefined): DiffPart[] {
  const a = tokenize(before ?? '');
  const b = tokenize(after ?? '');
  if (a.length * b.length > MAX_CELLS) {
    return merge([
      ...a.map((text) => ({ kind: 'removed' as const, text })),
      ...b.map((text) => ({ kind: 'added' as const, text })),
    ]);
  }
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i -= 1) {
    for (let j = b.length - 1; j >= 0; j -= 1) {
      lcs[i][j] = same(a[i], b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  const parts: DiffPart[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (same(a[i], b[j])) {
      parts.push({ kind: 'same', text: b[j] });
      i += 1;
      j += 1;
    } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
      parts.push({ kind: 'removed', text: a[i] });
      i += 1;
    } else {
      parts.push({ kind: 'added', text: b[j] });
      j += 1;
    }
  }
  while (i < a.length) parts.push({ kind: 'removed', text: a[i++] });
  while (j < b.length) parts.push({ kind: 'added', text: b[j++] });
  return merge(parts);
}

/** Words compare without the whitespace that follows them. */
function same(x: string, y: string): boolean {
  return x.trimEnd() === y.trimEnd();
}

function tokenize(text: string): string[] {
  return text.match(/\S+\s*/g) ?? [];
}

function merge(parts: DiffPart[]): DiffPart[] {
  const merged: DiffPart[] = [];
  for (const part of parts) {
    const last = merged[merged.length - 1];
    if (last && last.kind === part.kind) last.text += part.text;
    else merged.push({ ...part });
  }
  return merged;
}
