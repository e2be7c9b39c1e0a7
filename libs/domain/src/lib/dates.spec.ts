import { daysBetween, isIsoDate, parseIsoDate } from './dates';

describe('isIsoDate', () => {
  it.each([
    ['2016-03-15', true],
    ['2016-02-29', true], // leap year
    ['2015-02-29', false],
    ['2016-02-30', false],
    ['2016-13-01', false],
    ['2016-3-15', false],
    ['15.03.2016', false],
    ['2016-03-15T00:00:00Z', false],
    ['', false],
  ])('%s → %s', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });
});

describe('parseIsoDate', () => {
  it('reads the date as UTC midnight', () => {
    expect(parseIsoDate('2016-03-15')).toBe(Date.UTC(2016, 2, 15));
  });

  it('throws RangeError on a malformed date', () => {
    expect(() => parseIsoDate('2016-02-30')).toThrow(RangeError);
  });
});

describe('daysBetween', () => {
  it.each([
    ['2016-01-01', '2016-12-31', 365],
    ['2015-01-01', '2015-12-31', 364],
    ['2016-03-26', '2016-03-28', 2], // across a European DST change: still whole days
    ['2016-03-15', '2016-03-10', -5],
  ])('%s → %s = %i', (from, to, expected) => {
    expect(daysBetween(from, to)).toBe(expected);
  });
});
