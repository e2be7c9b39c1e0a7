import type { SuppressedGroup, SuppressionGroupInput } from './suppression';
import { DEFAULT_SUPPRESSION_THRESHOLD, isSmallCount, suppressSmallCounts } from './suppression';

/** Shorthand: the values as published, '*' for suppressed. */
function published(group: SuppressedGroup): (number | null | '*')[] {
  return group.cells.map((cell) => (cell.suppressed ? '*' : cell.value));
}

function group(total: number | null, ...values: (number | null)[]): SuppressionGroupInput {
  return { total, cells: values.map((value, index) => ({ key: `c${index}`, value })) };
}

describe('suppressSmallCounts', () => {
  it('hides both cells of "69 female / 1 male, total 70": neither 1 nor 70 − 69 can be read', () => {
    const [sex] = suppressSmallCounts([
      {
        total: 70,
        cells: [
          { key: 'sex:female', value: 69 },
          { key: 'sex:male', value: 1 },
        ],
      },
    ]);
    expect(sex).toEqual({
      total: 70,
      cells: [
        { key: 'sex:female', value: null, suppressed: true },
        { key: 'sex:male', value: null, suppressed: true },
      ],
    });
    // Nothing visible to subtract from the total, and no 1 anywhere in the output.
    const visible = sex.cells.filter((cell) => !cell.suppressed);
    expect(visible).toEqual([]);
    expect(JSON.stringify(sex.cells)).not.toMatch(/\b(1|69)\b/);
  });

  it('protects the citizenship split of the same victims (69 national / 1 foreign)', () => {
    const [citizenship] = suppressSmallCounts([group(70, 69, 1)]);
    expect(published(citizenship)).toEqual(['*', '*']);
  });

  it.each([
    ['0 is shown', group(70, 70, 0), [70, 0]],
    ['5 and above are shown', group(75, 70, 5), [70, 5]],
    ['4 is hidden', group(74, 70, 4), ['*', '*']],
    ['two small cells need no complement', group(70, 65, 2, 3), [65, '*', '*']],
    ['the complement is the next smallest non-zero cell', group(70, 1, 10, 20, 39), ['*', '*', 20, 39]],
    ['zeros are skipped when choosing the complement', group(70, 1, 0, 10, 59), ['*', 0, '*', 59]],
    ['ties go to the first cell', group(21, 1, 10, 10), ['*', '*', 10]],
    ['with only zeros left, a zero is hidden (2 − 0 would give 2 away)', group(2, 2, 0, 0), ['*', '*', 0]],
    ['the only other cell is hidden even when 0', group(3, 0, 3), ['*', '*']],
    ['unknown cells stay unknown and are not used as the complement', group(70, 1, null, 69), ['*', null, '*']],
    ['a complement is added without a total too', group(null, 69, 1), ['*', '*']],
    ['a single cell is hidden on its own', group(70, 1), ['*']],
    ['all small cells are hidden', group(6, 1, 2, 3), ['*', '*', '*']],
    ['nothing small, nothing hidden', group(150, 50, 100), [50, 100]],
    ['an empty group stays empty', group(0), []],
  ])('%s', (_label, input, expected) => {
    const [output] = suppressSmallCounts([input]);
    expect(published(output)).toEqual(expected);
    expect(output.total).toBe(input.total);
  });

  it('returns null, not the number, for every suppressed cell', () => {
    const [output] = suppressSmallCounts([group(70, 1, 10, 59)]);
    expect(output.cells.filter((cell) => cell.suppressed).map((cell) => cell.value)).toEqual([null, null]);
  });

  it('keeps keys, order and totals of every group, independently', () => {
    const output = suppressSmallCounts([group(70, 69, 1), group(38, 31, 7)]);
    expect(output.map((g) => g.cells.map((cell) => cell.key))).toEqual([['c0', 'c1'], ['c0', 'c1']]);
    expect(output.map(published)).toEqual([['*', '*'], [31, 7]]);
  });

  it('has a configurable threshold', () => {
    expect(DEFAULT_SUPPRESSION_THRESHOLD).toBe(4);
    expect(published(suppressSmallCounts([group(70, 67, 3)], 2)[0])).toEqual([67, 3]);
    expect(published(suppressSmallCounts([group(70, 60, 10)], 10)[0])).toEqual(['*', '*']);
    expect(published(suppressSmallCounts([group(70, 69, 1)], 0)[0])).toEqual([69, 1]);
  });

  it('refuses a negative or non-numeric threshold', () => {
    expect(() => suppressSmallCounts([], -1)).toThrow(RangeError);
    expect(() => suppressSmallCounts([], NaN)).toThrow(RangeError);
  });

  it('does not modify its input', () => {
    const input = [group(70, 69, 1)];
    const copy = JSON.parse(JSON.stringify(input));
    suppressSmallCounts(input);
    expect(input).toEqual(copy);
  });

  it('never shows a small count nor leaves a lone suppressed cell (random groups)', () => {
    // Deterministic pseudo-random generator, so a failure is reproducible.
    let seed = 2016;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let run = 0; run < 2000; run += 1) {
      const values = Array.from({ length: 1 + random(6) }, () => (random(5) === 0 ? null : random(3) === 0 ? random(6) : random(80)));
      const total = values.reduce<number>((sum, value) => sum + (value ?? 0), 0);
      const [output] = suppressSmallCounts([group(total, ...values)]);
      for (const cell of output.cells) {
        expect(cell.suppressed || !isSmallCount(cell.value)).toBe(true);
      }
      const known = values.filter((value) => value !== null).length;
      const hidden = output.cells.filter((cell) => cell.suppressed).length;
      // A lone hidden cell is derivable as total − visible, unless it is the group's only known cell.
      if (known >= 2) expect(hidden).not.toBe(1);
    }
  });
});

describe('isSmallCount', () => {
  it.each([
    [null, false],
    [0, false],
    [0.5, true],
    [1, true],
    [4, true],
    [4.5, false],
    [5, false],
  ])('%p → %p', (value, expected) => {
    expect(isSmallCount(value)).toBe(expected);
  });
});
