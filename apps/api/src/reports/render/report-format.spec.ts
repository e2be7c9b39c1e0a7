import * as domain from '@nap/domain';
import { Language } from '@nap/domain';
import { formatCell, formatDate, formatNumber, formatPercent, pageLabel, parseIsoDate } from './report-format';

const NBSP = '\u00a0';

describe('report formatting', () => {
  it('groups thousands with a dot in AZ (Intl az, as the 2016 report writes 70.000) and a comma in EN', () => {
    expect(formatCell(1056, 'integer', 'AZ')).toBe('1.056');
    expect(formatCell(70000, 'integer', 'AZ')).toBe('70.000');
    expect(formatCell(1056, 'integer', 'EN')).toBe('1,056');
    expect(formatCell(1234567.891, 'amount', 'AZ')).toBe('1.234.567,89');
    expect(formatCell(1234567.891, 'amount', 'EN')).toBe('1,234,567.89');
    expect(formatCell(2.25, 'decimal', 'AZ')).toBe('2,3');
    expect(formatCell(-1500, 'integer', 'EN')).toBe('-1,500');
    expect(formatNumber(0.5, 'AZ')).toBe('0,5');
    expect(formatCell(147, 'number', 'AZ')).toBe('147');
    expect(formatCell(45.678, 'number', 'EN')).toBe('45.68');
  });

  it('writes percent as AZ "30,1 %" and EN "30.1%"', () => {
    expect(formatPercent(30.1, 'AZ')).toBe(`30,1${NBSP}%`);
    expect(formatPercent(30.1, 'EN')).toBe('30.1%');
    expect(formatCell(100, 'percent', 'EN')).toBe('100.0%');
    expect(formatCell(100, 'percent', 'AZ')).toBe(`100,0${NBSP}%`);
  });

  it('writes dates as AZ "15.03.2016" and EN "15 Mar 2016"', () => {
    expect(formatDate('2016-03-15', 'AZ')).toBe('15.03.2016');
    expect(formatDate('2016-03-15', 'EN')).toBe('15 Mar 2016');
    expect(formatDate('2016-09-05', 'EN')).toBe('5 Sep 2016');
    expect(formatCell('2016-02-30', 'date', 'AZ')).toBe('2016-02-30'); // not a date: shown as given
    expect(parseIsoDate('2016-02-29')).toEqual({
      year: 2016,
      month: 2,
      day: 29,
    });
    expect(parseIsoDate('15.03.2016')).toBeNull();
  });

  it('shows empty, non-finite and text cells as they are', () => {
    expect(formatCell(null, 'integer', 'AZ')).toBe('');
    expect(formatCell(Number.NaN, 'decimal', 'AZ')).toBe('');
    expect(formatCell('<5', 'integer', 'AZ')).toBe('<5');
    expect(formatCell('Əmək', 'text', 'AZ')).toBe('Əmək');
  });

  it('labels pages', () => {
    expect(pageLabel(1, 3, 'AZ')).toBe('Səhifə 1 / 3');
    expect(pageLabel(1, 3, 'EN')).toBe('Page 1 of 3');
  });

  it('prints a figure exactly as @nap/domain does (one set of formatters)', () => {
    expect(formatNumber(5523, 'AZ')).toBe(domain.formatNumber(5523, Language.AZ));
    expect(formatPercent(30.1, 'EN')).toBe(domain.formatPercent(30.1, Language.EN, 1, { fixed: true }));
    expect(formatDate('2016-09-01', 'EN')).toBe(domain.formatDate('2016-09-01', Language.EN));
  });
});
