import { suppressBreakdown } from './completion.service';

const cell = (options: string[], value: number) => ({ options, value });

describe('suppressBreakdown', () => {
  it('hides "1 man" and its complement, and leaves a table without small counts alone', () => {
    const result = suppressBreakdown(
      [cell(['sex:female'], 69), cell(['sex:male'], 1), cell(['citizenship:national'], 69), cell(['citizenship:foreign'], 1)],
      70,
      4,
    );
    expect(result.map((c) => [c.value, c.suppressed])).toEqual([
      [null, true],
      [null, true],
      [null, true],
      [null, true],
    ]);
    expect(suppressBreakdown([cell(['sex:female'], 31), cell(['sex:male'], 7)], 38, 4).every((c) => !c.suppressed)).toBe(true);
  });

  it('hides a visible zero when it is the only complement (2 − 0 would give the 2 away)', () => {
    const result = suppressBreakdown([cell(['sex:female'], 0), cell(['sex:male'], 2)], 2, 4);
    expect(result.every((c) => c.suppressed && c.value === null)).toBe(true);
  });

  it('protects every line of a cross table, whose margins are shown', () => {
    const cross = [
      cell(['citizenship:national', 'sex:female'], 60),
      cell(['citizenship:foreign', 'sex:female'], 2),
      cell(['citizenship:national', 'sex:male'], 30),
      cell(['citizenship:foreign', 'sex:male'], 8),
    ];
    const margins = [cell(['sex:female'], 62), cell(['sex:male'], 38)];
    const result = suppressBreakdown([...margins, ...cross], 100, 4);
    const hidden = (options: string[]) => result.find((c) => c.options.join() === options.join())?.suppressed;
    expect(hidden(['sex:female'])).toBe(false);
    expect(hidden(['sex:male'])).toBe(false);
    // female row: 62 − 60 would reveal the 2; male row then 38 − 30 the hidden 8
    for (const c of cross) expect(hidden(c.options)).toBe(true);
  });

  it('does nothing with a threshold of 0', () => {
    expect(suppressBreakdown([cell(['sex:male'], 1), cell(['sex:female'], 9)], 10, 0).some((c) => c.suppressed)).toBe(false);
  });
});
