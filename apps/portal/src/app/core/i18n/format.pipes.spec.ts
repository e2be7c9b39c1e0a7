import { TestBed } from '@angular/core/testing';
import { LanguageService } from './language.service';
import { AppChangePipe, AppDatePipe, AppNamePipe, AppNumberPipe, AppPercentPipe } from './format.pipes';
import { languageByCode } from './languages';
import { registerPortalLocales } from './locale-data';
import { signal } from '@angular/core';

describe('format pipes', () => {
  const code = signal('az');
  const fakeLanguage = {
    code,
    language: () => languageByCode(code()),
    pick: (az: string | null, en: string | null) => (code() === 'en' ? en || az || '' : az || en || ''),
  };

  beforeAll(() => registerPortalLocales());

  beforeEach(() => {
    code.set('az');
    TestBed.configureTestingModule({
      providers: [
        AppNumberPipe,
        AppPercentPipe,
        AppDatePipe,
        AppNamePipe,
        AppChangePipe,
        { provide: LanguageService, useValue: fakeLanguage },
      ],
    });
  });

  it('formats Azerbaijani numbers, percentages and dates', () => {
    expect(TestBed.inject(AppNumberPipe).transform(147)).toBe('147');
    expect(TestBed.inject(AppNumberPipe).transform(153000.5)).toBe('153.000,5');
    expect(TestBed.inject(AppPercentPipe).transform(30.1)).toBe('30,1\u00a0%');
    expect(TestBed.inject(AppDatePipe).transform('2016-03-15')).toBe('15.03.2016');
  });

  it('formats English numbers, percentages and dates', () => {
    code.set('en');
    expect(TestBed.inject(AppNumberPipe).transform(153000.5)).toBe('153,000.5');
    expect(TestBed.inject(AppPercentPipe).transform(30.1)).toBe('30.1%');
    expect(TestBed.inject(AppDatePipe).transform('2016-09-15')).toBe('15 Sep 2016');
  });

  it('formats the change versus the previous period', () => {
    const pipe = TestBed.inject(AppChangePipe);
    expect(pipe.transform(12000, 20.7)).toBe('+12.000 (+20,7\u00a0%)');
    expect(pipe.transform(2, null)).toBe('+2');
    expect(pipe.transform(-3, -10)).toBe('−3 (−10\u00a0%)');
    expect(pipe.transform(null, null)).toBe('');
    code.set('en');
    expect(pipe.transform(34, 30.1)).toBe('+34 (+30.1%)');
  });

  it('shows a dash for missing figures', () => {
    expect(TestBed.inject(AppNumberPipe).transform(null)).toBe('—');
    expect(TestBed.inject(AppPercentPipe).transform(undefined)).toBe('—');
    expect(TestBed.inject(AppDatePipe).transform(null)).toBe('—');
  });

  it('picks the name in the UI language', () => {
    const pipe = TestBed.inject(AppNamePipe);
    const org = { nameAz: 'Təhsil Nazirliyi', nameEn: 'Ministry of Education' };
    expect(pipe.transform(org)).toBe('Təhsil Nazirliyi');
    code.set('en');
    expect(pipe.transform(org)).toBe('Ministry of Education');
    expect(pipe.transform({ titleAz: 'Plan', titleEn: 'The plan' }, 'title')).toBe('The plan');
  });
});
