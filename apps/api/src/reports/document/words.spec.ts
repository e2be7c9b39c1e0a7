import { CombineRule, IndicatorUnit } from '@nap/domain';
import type { IndicatorFigures } from '../../completion/completion.service';
import { azNumberSuffix, azPeriodName, breakdownInWords, indicatorSentence, withoutSmallCountSentences } from './words';

const NBSP = '\u00a0';

function summary(overrides: Partial<IndicatorFigures> = {}, unit = IndicatorUnit.COUNT): IndicatorFigures {
  return {
    indicator: {
      id: 'i',
      measureId: 'm',
      code: 'CRIMES_DETECTED',
      nameAz: 'Aşkarlanmış cinayətlər',
      nameEn: 'Crimes detected',
      unit,
      currency: null,
      combineRule: CombineRule.SUM,
      baseline: null,
      target: null,
      dimensions: [],
    },
    measureCode: '4.1',
    value: 147,
    target: null,
    percentOfTarget: null,
    previousPeriodId: 'p',
    previousPeriodLabel: '2015',
    previousValue: 113,
    change: 34,
    changePercent: 30.1,
    breakdown: [],
    suppressed: false,
    ...overrides,
  };
}

describe('azNumberSuffix: vowel harmony with the last word read aloud', () => {
  it.each([
    [2015, 'ci'], // beş
    [2016, 'cı'], // altı
    [2014, 'cü'], // dörd
    [2013, 'cü'], // üç
    [2019, 'cu'], // doqquz
    [2010, 'cu'], // on
    [2020, 'ci'], // iyirmi
    [2040, 'cı'], // qırx
    [2030, 'cu'], // otuz
    [2100, 'cü'], // yüz
    [2000, 'ci'], // min
  ])('%i-%s', (year, suffix) => {
    expect(azNumberSuffix(year)).toBe(suffix);
  });

  it('names a year and any other period', () => {
    expect(azPeriodName('2016')).toBe('2016-cı il');
    expect(azPeriodName('2016-Q3')).toBe('«2016-Q3» dövrü');
  });
});

describe('indicatorSentence', () => {
  it('writes the 2016 report sentence in both languages', () => {
    expect(indicatorSentence(summary(), 'AZ')).toBe(`Aşkarlanmış cinayətlər: 147; bu, 2015-ci illə müqayisədə 30,1${NBSP}% çoxdur (+34).`);
    expect(indicatorSentence(summary(), 'EN')).toBe('Crimes detected: 147, 30.1% more than in 2015 (+34).');
  });

  it('says less, unchanged, or the absolute change against 0, and nothing without a previous value', () => {
    const fewer = summary({ value: 100, change: -13, changePercent: -11.5 });
    expect(indicatorSentence(fewer, 'AZ')).toContain(`2015-ci illə müqayisədə 11,5${NBSP}% azdır (-13).`);
    expect(indicatorSentence(fewer, 'EN')).toContain('11.5% fewer than in 2015 (-13).');
    expect(indicatorSentence(summary({ value: 113, change: 0, changePercent: 0 }), 'EN')).toBe('Crimes detected: 113, unchanged from 2015.');
    expect(indicatorSentence(summary({ previousValue: 0, change: 147, changePercent: null }), 'AZ')).toBe(
      'Aşkarlanmış cinayətlər: 147; 2015-ci illə müqayisədə +147.',
    );
    expect(indicatorSentence(summary({ previousPeriodLabel: null, previousValue: null, change: null, changePercent: null }), 'EN')).toBe(
      'Crimes detected: 147.',
    );
  });

  it('prints amounts with their currency and thousands the language way', () => {
    const spending = summary({ value: 153000, change: 15000, changePercent: 10.9 }, IndicatorUnit.AMOUNT);
    spending.indicator.currency = 'AZN';
    expect(indicatorSentence(spending, 'AZ')).toContain(': 153.000 AZN; bu, 2015-ci illə müqayisədə 10,9');
    expect(indicatorSentence(spending, 'EN')).toContain(': 153,000 AZN, 10.9% more than in 2015 (+15,000)');
  });
});

describe('breakdownInWords', () => {
  const victims = summary({
    value: 70,
    breakdown: [
      { options: ['sex:female'], value: 69, suppressed: false },
      { options: ['sex:male'], value: 1, suppressed: false },
      { options: ['citizenship:national'], value: 69, suppressed: false },
      { options: ['citizenship:foreign'], value: 1, suppressed: false },
      { options: ['sex:female', 'citizenship:national'], value: 68, suppressed: false },
    ],
  });

  it('names the one-dimensional cells, singular for one (EN), and leaves cross cells to the tables', () => {
    expect(breakdownInWords(victims, 'AZ')).toBe('69 qadın, 1 kişi; 69 vətəndaş, 1 əcnəbi');
    expect(breakdownInWords(victims, 'EN')).toBe('69 women, 1 man; 69 nationals, 1 foreigner');
  });

  it('never prints a dimension that has a suppressed cell', () => {
    const hidden = summary({
      breakdown: [
        { options: ['sex:female'], value: null, suppressed: true },
        { options: ['sex:male'], value: null, suppressed: true },
        { options: ['citizenship:national'], value: 66, suppressed: false },
        { options: ['citizenship:foreign'], value: 81, suppressed: false },
      ],
    });
    expect(breakdownInWords(hidden, 'AZ')).toBe('66 vətəndaş, 81 əcnəbi; cinsə görə bölgü məxfilik məqsədilə göstərilmir');
    expect(breakdownInWords(hidden, 'EN')).toBe('66 nationals, 81 foreigners; breakdown by sex withheld for privacy');
  });
});

describe('withoutSmallCountSentences', () => {
  const narrative =
    'Müəyyən edilmiş 70 (69-u qadın, 1-i kişi) qurbandan 69-u Azərbaycan vətəndaşı, 1-i əcnəbi olmuşdur. ' +
    'Ölkədə qaydaları pozan 4.870 əcnəbi çıxarılmışdır. Göstərici 30,1 % artmışdır. 2014-2016-cı illərdə 102 nəfər cəlb edilmişdir.';

  it('drops every sentence naming a count from 1 to the threshold, keeps the rest', () => {
    const { text, removed } = withoutSmallCountSentences(narrative, 4);
    expect(removed).toBe(1);
    expect(text).toBe(
      'Ölkədə qaydaları pozan 4.870 əcnəbi çıxarılmışdır. Göstərici 30,1 % artmışdır. 2014-2016-cı illərdə 102 nəfər cəlb edilmişdir.',
    );
  });

  it('follows the threshold', () => {
    expect(withoutSmallCountSentences('Five were found: 5. Seven more.', 5).removed).toBe(1);
    expect(withoutSmallCountSentences(narrative, 0).removed).toBe(0);
  });
});
