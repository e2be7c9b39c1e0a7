import { addDays, addMonths, periodLabel, wholeMonths } from './period-dates';

describe('period dates', () => {
  it('counts whole calendar months, leap years included', () => {
    expect(wholeMonths('2016-01-01', '2016-12-31')).toBe(12);
    expect(wholeMonths('2015-01-01', '2015-12-31')).toBe(12);
    expect(wholeMonths('2016-04-01', '2016-06-30')).toBe(3);
    expect(wholeMonths('2016-02-01', '2016-02-29')).toBe(1);
    expect(wholeMonths('2016-01-15', '2016-12-31')).toBeNull();
    expect(wholeMonths('2016-01-01', '2016-12-30')).toBeNull();
  });

  it('continues a leap year with the next calendar year', () => {
    const start = addDays('2016-12-31', 1);
    expect(start).toBe('2017-01-01');
    expect(addDays(addMonths(start, 12), -1)).toBe('2017-12-31');
    expect(addDays(addMonths('2016-01-01', 12), -1)).toBe('2016-12-31');
  });

  it('labels years, quarters and months', () => {
    expect(periodLabel('2017-01-01', 12)).toBe('2017');
    expect(periodLabel('2017-07-01', 3)).toBe('2017-Q3');
    expect(periodLabel('2017-03-01', 1)).toBe('2017-03');
    expect(periodLabel('2017-01-15', null)).toBe('2017-01-15');
  });
});
