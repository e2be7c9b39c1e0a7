/**
 * Deterministic randomness for the generator: mulberry32 (small, fast, good enough for test
 * data), plus the helpers every table needs. The same seed gives the same rows, ids included.
 */
export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** Picks by weight: `weighted([['A', 90], ['B', 10]])`. */
  weighted<T>(choices: readonly (readonly [T, number])[]): T {
    const total = choices.reduce((s, [, w]) => s + w, 0);
    let r = this.next() * total;
    for (const [value, weight] of choices) {
      r -= weight;
      if (r < 0) return value;
    }
    return choices[choices.length - 1][0];
  }

  /** `n` distinct items (or all, if fewer). */
  sample<T>(items: readonly T[], n: number): T[] {
    const copy = [...items];
    const out: T[] = [];
    while (out.length < n && copy.length > 0) out.push(copy.splice(Math.floor(this.next() * copy.length), 1)[0]);
    return out;
  }

  shuffle<T>(items: readonly T[]): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i -= 1) {
      const j = Math.floor(this.next() * (i + 1));
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy;
  }

  /** A version-4-shaped UUID drawn from this stream, so ids are reproducible too. */
  uuid(): string {
    const hex = (n: number) => (n >>> 0).toString(16).padStart(8, '0');
    const a = hex(this.next() * 4294967296);
    const b = hex(this.next() * 4294967296);
    const c = hex(this.next() * 4294967296);
    const d = hex(this.next() * 4294967296);
    const variant = ((parseInt(c[0], 16) & 0x3) | 0x8).toString(16);
    return `${a}-${b.slice(0, 4)}-4${b.slice(5, 8)}-${variant}${c.slice(1, 4)}-${c.slice(4, 8)}${d}`;
  }

  /**
   * A version-4-shaped UUID ordered by (`prefix`, `counter`), with 48 bits drawn from this
   * stream: `pppppppp-cccc-4ccc-8ccc-rrrrrrrrrrrr`. The generator gives each country its prefix
   * and numbers its ids in the order it writes them, so every uuid index grows at its end (no
   * random page splits as the tables outgrow memory), and a copy of a country derives its ids
   * from the source's by swapping the prefix (tools/generate/copy.ts).
   */
  orderedUuid(prefix: number, counter: number): string {
    if (!Number.isInteger(counter) || counter < 0 || counter >= 2 ** 40) throw new RangeError(`id counter out of range: ${counter}`);
    const p = (prefix >>> 0).toString(16).padStart(8, '0');
    const c = counter.toString(16).padStart(10, '0');
    const r = (this.next() * 2 ** 32).toString(16).split('.')[0].padStart(8, '0') + (this.next() * 2 ** 16).toString(16).split('.')[0].padStart(4, '0');
    return `${p}-${c.slice(0, 4)}-4${c.slice(4, 7)}-8${c.slice(7, 10)}-${r}`;
  }

  /** A child stream: generating one part never shifts the numbers of another. */
  fork(salt: number): Rng {
    return new Rng(Math.imul((this.state ^ salt) >>> 0, 2654435761) ^ salt);
  }
}
