import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { IsoDateAdapter } from './iso-date-adapter';
import { LanguageService } from './language.service';
import { languageByCode } from './languages';
import { registerPortalLocales } from './locale-data';

describe('IsoDateAdapter', () => {
  const code = signal<'az' | 'en'>('az');
  let adapter: IsoDateAdapter;

  beforeAll(() => registerPortalLocales());
  beforeEach(() => {
    code.set('az');
    TestBed.configureTestingModule({
      providers: [IsoDateAdapter, { provide: LanguageService, useValue: { language: () => languageByCode(code()) } }],
    });
    adapter = TestBed.inject(IsoDateAdapter);
  });

  it('shows az as DD.MM.YYYY and en as 15 Mar 2016, and keeps ISO values', () => {
    expect(adapter.format('2016-03-15', 'input')).toBe('15.03.2016');
    adapter.setLocale('en');
    expect(adapter.format('2016-03-15', 'input')).toBe('15 Mar 2016');
    expect(adapter.toIso8601('2016-03-15')).toBe('2016-03-15');
  });

  it('parses the displayed forms and ISO to ISO, without time-zone shifts', () => {
    expect(adapter.parse('15.03.2016')).toBe('2016-03-15');
    expect(adapter.parse('1/3/2016')).toBe('2016-03-01');
    expect(adapter.parse('2016-12-31')).toBe('2016-12-31');
    adapter.setLocale('en');
    expect(adapter.parse('15 Mar 2016')).toBe('2016-03-15');
    expect(adapter.parse('')).toBeNull();
    expect(adapter.isValid(adapter.parse('31.02.2016') as string)).toBe(false);
    expect(adapter.isValid(adapter.parse('03/15/2016x') as string)).toBe(false);
  });

  it('does calendar arithmetic on dates only', () => {
    expect(adapter.addCalendarDays('2016-02-28', 2)).toBe('2016-03-01');
    expect(adapter.addCalendarMonths('2016-01-31', 1)).toBe('2016-02-29');
    expect(adapter.addCalendarYears('2016-02-29', 1)).toBe('2017-02-28');
    expect(adapter.getNumDaysInMonth('2016-02-10')).toBe(29);
    expect(adapter.getDayOfWeek('2016-03-15')).toBe(2);
    expect(adapter.compareDate('2016-03-15', '2016-03-16')).toBeLessThan(0);
  });
});
