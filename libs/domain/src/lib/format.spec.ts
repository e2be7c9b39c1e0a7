import { Language } from './enums';
import { NBSP, NO_VALUE, formatChange, formatDate, formatNumber, formatPercent, formatSignedNumber } from './format';

const { AZ, EN } = Language;

// Exact strings produced by Node 20's ICU; a change here changes every generated report.
describe('formatNumber', () => {
  it.each([
    [1056, AZ, undefined, '1.056'],
    [1056, EN, undefined, '1,056'],
    [5523, AZ, undefined, '5.523'],
    [70000, AZ, undefined, '70.000'],
    [147, AZ, undefined, '147'],
    [153000, AZ, 2, '153.000,00'],
    [153000, EN, 2, '153,000.00'],
    [1234.5, AZ, undefined, '1.234,5'],
    [1234.5, EN, undefined, '1,234.5'],
    [2.345, AZ, undefined, '2,35'], // half away from zero, as the API rounds
    [-2.345, EN, undefined, '-2.35'],
    [1.005, EN, undefined, '1.01'],
    [66.666666, EN, 0, '67'],
    [-1056, AZ, undefined, '-1.056'],
    [0, AZ, undefined, '0'],
  ])('%p in %s (decimals %p) → %p', (value, language, decimals, expected) => {
    expect(formatNumber(value, language, decimals)).toBe(expected);
  });

  it('prints a dash for a missing value', () => {
    expect(formatNumber(null, AZ)).toBe(NO_VALUE);
    expect(NO_VALUE).toBe('—');
  });

  it('refuses to print NaN or Infinity into a report', () => {
    expect(() => formatNumber(NaN, EN)).toThrow(RangeError);
    expect(() => formatNumber(Infinity, AZ)).toThrow(RangeError);
  });
});

describe('formatPercent', () => {
  it.each([
    [30.1, AZ, undefined, `30,1${NBSP}%`], // the agreed AZ form: no-break space before %
    [30.1, EN, undefined, '30.1%'],
    [30.09, AZ, undefined, `30,1${NBSP}%`],
    [30.05, EN, undefined, '30.1%'], // half away from zero
    [100, AZ, undefined, `100${NBSP}%`],
    [0, EN, undefined, '0%'],
    [66.666, EN, 2, '66.67%'],
    [66.666, AZ, 0, `67${NBSP}%`],
    [-23.1, AZ, undefined, `-23,1${NBSP}%`],
    [1250, EN, undefined, '1,250%'],
    [1250, AZ, undefined, `1.250${NBSP}%`],
  ])('%p in %s (decimals %p) → %p', (value, language, decimals, expected) => {
    expect(formatPercent(value, language, decimals)).toBe(expected);
  });

  it('prints exactly `decimals` digits when fixed, so table columns line up', () => {
    expect(formatPercent(100, EN, 1, { fixed: true })).toBe('100.0%');
    expect(formatPercent(87.5, AZ, 2, { fixed: true })).toBe(`87,50${NBSP}%`);
  });

  it('accepts the language as a plain string (document models carry "AZ" / "EN")', () => {
    expect(formatPercent(30.1, 'AZ')).toBe(`30,1${NBSP}%`);
    expect(formatNumber(70000, 'AZ')).toBe('70.000');
    expect(formatDate('2016-03-15', 'EN')).toBe('15 Mar 2016');
  });

  it('refuses an unknown language instead of guessing', () => {
    expect(() => formatNumber(1, 'RU' as never)).toThrow(RangeError);
  });

  it('prints a dash for a missing value', () => {
    expect(formatPercent(null, EN)).toBe('—');
  });
});

describe('formatDate', () => {
  it.each([
    ['2016-03-15', AZ, '15.03.2016'],
    ['2016-03-15', EN, '15 Mar 2016'],
    ['2016-01-05', AZ, '05.01.2016'],
    ['2016-01-05', EN, '5 Jan 2016'],
    ['2016-09-01', EN, '1 Sep 2016'], // not en-GB's "Sept"
    ['2016-12-31', AZ, '31.12.2016'],
    ['2016-12-31', EN, '31 Dec 2016'],
  ])('%s in %s → %s', (date, language, expected) => {
    expect(formatDate(date, language)).toBe(expected);
  });

  it('does not shift the day with the server time zone', () => {
    // Dates are read as UTC midnights and formatted in UTC.
    expect(formatDate('2016-01-01', EN)).toBe('1 Jan 2016');
  });

  it('refuses a malformed date', () => {
    expect(() => formatDate('15.03.2016', AZ)).toThrow(RangeError);
  });
});

describe('formatChange', () => {
  it.each([
    // "147 (+30 % vs 2015)", "15 (+2)" in the 2016 report
    [34, 30.1, AZ, `+34 (+30,1${NBSP}%)`],
    [34, 30.1, EN, '+34 (+30.1%)'],
    [2, null, AZ, '+2'],
    [-34, -23.1, EN, '-34 (-23.1%)'],
    [0, 0, EN, '0 (0%)'],
    [1500, 12.5, AZ, `+1.500 (+12,5${NBSP}%)`],
    [0.25, null, EN, '+0.25'],
    [null, null, AZ, ''],
    [null, 30.1, EN, ''],
  ])('(%p, %p) in %s → %p', (absolute, percent, language, expected) => {
    expect(formatChange(absolute, percent, language)).toBe(expected);
  });
});

describe('formatSignedNumber', () => {
  it.each([
    [2, AZ, '+2'],
    [-1500, AZ, '-1.500'],
    [0, EN, '0'],
    [1056.5, EN, '+1,056.5'],
  ])('%p in %s → %p', (value, language, expected) => {
    expect(formatSignedNumber(value, language)).toBe(expected);
  });
});
