import { CombineRule, IndicatorUnit } from './enums';
import type { BreakdownCell, IndicatorDimension } from './indicators';
import { cellKey, change, combine, formatCell, parseCell, totalFromBreakdown, validateIndicatorValue } from './indicators';

describe('combine', () => {
  const values = [
    { value: 113, at: '2015-12-31' },
    { value: 147, at: '2016-12-31' },
    { value: 120, at: '2014-12-31' },
  ];
  it.each([
    [CombineRule.SUM, 380],
    [CombineRule.LATEST, 147],
    [CombineRule.MAX, 147],
    [CombineRule.AVERAGE, 380 / 3],
  ])('%s of 113, 147, 120 → %p', (rule, expected) => {
    expect(combine(rule, values)).toBeCloseTo(expected, 12);
  });

  it('LATEST goes by date, not by size or input order', () => {
    expect(combine(CombineRule.LATEST, [{ value: 90, at: '2016-12-31' }, { value: 500, at: '2016-09-30' }])).toBe(90);
  });

  it('LATEST compares full dates, not just years', () => {
    expect(combine(CombineRule.LATEST, [{ value: 1, at: '2016-10-01' }, { value: 2, at: '2016-09-30' }])).toBe(1);
  });

  it('LATEST resolves ties at the latest date to the largest value, whatever the order', () => {
    const tie = [
      { value: 3, at: '2016-12-31' },
      { value: 7, at: '2016-12-31' },
      { value: 99, at: '2015-12-31' },
    ];
    expect(combine(CombineRule.LATEST, tie)).toBe(7);
    expect(combine(CombineRule.LATEST, [...tie].reverse())).toBe(7);
  });

  it.each(Object.values(CombineRule))('%s of nothing is null', (rule) => {
    expect(combine(rule, [])).toBeNull();
  });

  it('MAX handles negative values', () => {
    expect(combine(CombineRule.MAX, [{ value: -5, at: '2016-12-31' }, { value: -2, at: '2015-12-31' }])).toBe(-2);
  });

  it('SUM and AVERAGE carry no binary noise', () => {
    const amounts = [{ value: 0.1, at: '2016-12-31' }, { value: 0.2, at: '2016-12-31' }];
    expect(combine(CombineRule.SUM, amounts)).toBe(0.3);
    expect(combine(CombineRule.AVERAGE, amounts)).toBe(0.15);
  });

  it('refuses a non-finite value or a malformed date', () => {
    expect(() => combine(CombineRule.SUM, [{ value: NaN, at: '2016-12-31' }])).toThrow(RangeError);
    expect(() => combine(CombineRule.SUM, [{ value: 1, at: '2016' }])).toThrow(RangeError);
  });

  it('refuses an unknown rule', () => {
    expect(() => combine('MEDIAN' as CombineRule, [{ value: 1, at: '2016-12-31' }])).toThrow(RangeError);
  });
});

describe('change', () => {
  it.each([
    // Figures of the 2016 report: crimes 147 (+30 % vs 2015), criminal groups 15 (+2).
    [147, 113, 34, 30.1],
    [15, 13, 2, 15.4],
    [113, 147, -34, -23.1],
    [70, 70, 0, 0],
    [5, 0, 5, null], // no percent against zero
    [-10, -20, 10, 50], // relative to |previous|: the sign follows the direction
    [0.3, 0.1, 0.2, 200], // no binary noise in the absolute change
    [null, 10, null, null],
    [10, null, null, null],
  ])('%p vs %p → %p, %p %', (current, previous, absolute, percent) => {
    expect(change(current, previous)).toEqual({ absolute, percent });
  });
});

describe('parseCell / formatCell / cellKey', () => {
  it.each([
    ['sex:female', { dimension: 'sex', option: 'female' }],
    ['form:sexual:commercial', { dimension: 'form', option: 'sexual:commercial' }], // first colon splits
    ['sex', null],
    [':female', null],
    ['sex:', null],
    ['', null],
  ])('parseCell(%p) → %p', (text, expected) => {
    expect(parseCell(text)).toEqual(expected);
  });

  it('formatCell is the inverse of parseCell', () => {
    expect(formatCell('citizenship', 'foreign')).toBe('citizenship:foreign');
    expect(parseCell(formatCell('age', 'child'))).toEqual({ dimension: 'age', option: 'child' });
  });

  it('cellKey ignores the order of options', () => {
    expect(cellKey(['sex:male', 'age:child'])).toBe(cellKey(['age:child', 'sex:male']));
    expect(cellKey(['sex:male', 'age:child'])).not.toBe(cellKey(['sex:male', 'age:adult']));
  });
});

describe('validateIndicatorValue', () => {
  const sex: IndicatorDimension = { code: 'sex', options: ['female', 'male'] };
  const citizenship: IndicatorDimension = { code: 'citizenship', options: ['national', 'foreign'] };
  const dims = [sex, citizenship];
  const count = { unit: IndicatorUnit.COUNT };
  const cell = (value: number, ...options: string[]): BreakdownCell => ({ options, value });

  describe('accepts', () => {
    it.each([
      ['a total alone', { value: 70, breakdown: [] }],
      ['parts alone', { value: null, breakdown: [cell(69, 'sex:female'), cell(1, 'sex:male')] }],
      // Victims identified in 2016: 69 women, 1 man; 69 citizens, 1 foreign.
      [
        'two complete margins that match the total',
        { value: 70, breakdown: [cell(69, 'sex:female'), cell(1, 'sex:male'), cell(69, 'citizenship:national'), cell(1, 'citizenship:foreign')] },
      ],
      [
        'a complete cross table that matches the total',
        {
          value: 70,
          breakdown: [
            cell(68, 'sex:female', 'citizenship:national'),
            cell(1, 'sex:female', 'citizenship:foreign'),
            cell(1, 'citizenship:national', 'sex:male'),
            cell(0, 'sex:male', 'citizenship:foreign'),
          ],
        },
      ],
      ['an incomplete margin below the total', { value: 70, breakdown: [cell(1, 'citizenship:foreign')] }],
      ['an incomplete margin equal to the total', { value: 70, breakdown: [cell(70, 'sex:female')] }],
    ])('%s', (_label, input) => {
      expect(validateIndicatorValue(dims, input, count)).toEqual([]);
    });

    it('amounts that add up despite binary noise', () => {
      const input = { value: 0.3, breakdown: [cell(0.1, 'sex:female'), cell(0.2, 'sex:male')] };
      expect(validateIndicatorValue(dims, input, { unit: IndicatorUnit.AMOUNT })).toEqual([]);
    });
  });

  describe('rejects cells', () => {
    it.each([
      ['no option', [cell(1)], 'breakdown[0].options', 'A cell names at least one option'],
      ['a malformed option', [cell(1, 'female')], 'breakdown[0].options', '"female" is not written as "dimension:option"'],
      ['an unknown dimension', [cell(1, 'age:child')], 'breakdown[0].options', 'Unknown dimension "age"'],
      ['an unknown option', [cell(1, 'sex:other')], 'breakdown[0].options', 'Dimension "sex" has no option "other"'],
      ['two options of one dimension', [cell(1, 'sex:female', 'sex:male')], 'breakdown[0].options', 'Names more than one option of "sex"'],
      [
        'a duplicate combination (in any order)',
        [cell(1, 'sex:female', 'citizenship:foreign'), cell(2, 'citizenship:foreign', 'sex:female')],
        'breakdown[1].options',
        'Names the same combination as breakdown[0]',
      ],
    ])('%s', (_label, breakdown, field, message) => {
      expect(validateIndicatorValue(dims, { value: null, breakdown }, count)).toEqual([{ field, message }]);
    });
  });

  describe('checks numbers by unit', () => {
    it.each([
      [IndicatorUnit.COUNT, -1, 'Must not be negative'],
      [IndicatorUnit.COUNT, 2.5, 'A count must be a whole number'],
      [IndicatorUnit.AMOUNT, -0.01, 'Must not be negative'],
      [IndicatorUnit.BOOLEAN, 2, 'A yes/no value must be 0 or 1'],
      [IndicatorUnit.PERCENT, NaN, 'Must be a finite number'],
      [IndicatorUnit.COUNT, Infinity, 'Must be a finite number'],
      [undefined, NaN, 'Must be a finite number'],
    ])('%s %p: %s', (unit, value, message) => {
      expect(validateIndicatorValue(dims, { value, breakdown: [] }, { unit })).toEqual([{ field: 'value', message }]);
      expect(validateIndicatorValue(dims, { value: null, breakdown: [cell(value, 'sex:female')] }, { unit })).toEqual([
        { field: 'breakdown[0].value', message },
      ]);
    });

    it.each([
      [IndicatorUnit.AMOUNT, 153000.5],
      [IndicatorUnit.PERCENT, -3.5],
      [IndicatorUnit.BOOLEAN, 1],
      [undefined, -4],
    ])('%s accepts %p', (unit, value) => {
      expect(validateIndicatorValue(dims, { value, breakdown: [] }, { unit })).toEqual([]);
    });
  });

  describe('checks sums', () => {
    it('a complete margin must equal the total', () => {
      expect(validateIndicatorValue(dims, { value: 70, breakdown: [cell(69, 'sex:female'), cell(2, 'sex:male')] }, count)).toEqual([
        { field: 'breakdown', message: 'Cells by sex add up to 71, not the total 70' },
      ]);
    });

    it('each complete margin is checked on its own', () => {
      const breakdown = [cell(69, 'sex:female'), cell(1, 'sex:male'), cell(60, 'citizenship:national'), cell(1, 'citizenship:foreign')];
      expect(validateIndicatorValue(dims, { value: 70, breakdown }, count)).toEqual([
        { field: 'breakdown', message: 'Cells by citizenship add up to 61, not the total 70' },
      ]);
    });

    it('a complete cross table must equal the total', () => {
      const breakdown = [
        cell(60, 'sex:female', 'citizenship:national'),
        cell(1, 'sex:female', 'citizenship:foreign'),
        cell(1, 'sex:male', 'citizenship:national'),
        cell(0, 'sex:male', 'citizenship:foreign'),
      ];
      expect(validateIndicatorValue(dims, { value: 70, breakdown }, count)).toEqual([
        { field: 'breakdown', message: 'Cells by sex × citizenship add up to 62, not the total 70' },
      ]);
    });

    it('an incomplete table of a count must not exceed the total', () => {
      expect(validateIndicatorValue(dims, { value: 70, breakdown: [cell(71, 'sex:female')] }, count)).toEqual([
        { field: 'breakdown', message: 'Cells by sex add up to 71, more than the total 70' },
      ]);
    });

    it('an incomplete table is not checked without a non-negative unit', () => {
      expect(validateIndicatorValue(dims, { value: 70, breakdown: [cell(71, 'sex:female')] })).toEqual([]);
    });

    it('without a total, complete tables must agree with each other', () => {
      const breakdown = [cell(69, 'sex:female'), cell(1, 'sex:male'), cell(68, 'citizenship:national'), cell(1, 'citizenship:foreign')];
      expect(validateIndicatorValue(dims, { value: null, breakdown }, count)).toEqual([
        { field: 'breakdown', message: 'Cells by citizenship add up to 69, not the total 70 given by the cells by sex' },
      ]);
    });

    it('without a total, an incomplete table must not exceed the total the complete one gives', () => {
      const breakdown = [cell(69, 'sex:female'), cell(1, 'sex:male'), cell(71, 'citizenship:national')];
      expect(validateIndicatorValue(dims, { value: null, breakdown }, count)).toEqual([
        { field: 'breakdown', message: 'Cells by citizenship add up to 71, more than the total 70 given by the cells by sex' },
      ]);
    });

    it('a PERCENT indicator is exempt: rates do not add up', () => {
      const breakdown = [cell(10, 'sex:female'), cell(20, 'sex:male')];
      expect(validateIndicatorValue(dims, { value: 15, breakdown }, { unit: IndicatorUnit.PERCENT })).toEqual([]);
    });

    it('sums are not checked while the total is invalid', () => {
      const breakdown = [cell(69, 'sex:female'), cell(1, 'sex:male')];
      expect(validateIndicatorValue(dims, { value: -70, breakdown }, count)).toEqual([{ field: 'value', message: 'Must not be negative' }]);
    });

    it('sums are not checked while cells are invalid (one error at a time)', () => {
      const breakdown = [cell(69, 'sex:female'), cell(5, 'sex:other')];
      expect(validateIndicatorValue(dims, { value: 70, breakdown }, count)).toEqual([
        { field: 'breakdown[1].options', message: 'Dimension "sex" has no option "other"' },
      ]);
    });
  });

  it('prefixes every field with the given path', () => {
    const errors = validateIndicatorValue(
      dims,
      { value: -1, breakdown: [cell(1, 'sex:female'), cell(1, 'sex:x')] },
      { unit: IndicatorUnit.COUNT, path: 'indicatorValues[0]' },
    );
    expect(errors.map((error) => error.field)).toEqual(['indicatorValues[0].value', 'indicatorValues[0].breakdown[1].options']);
  });

  it('reports every problem of every cell', () => {
    const errors = validateIndicatorValue(dims, { value: null, breakdown: [cell(-1, 'sex:x', 'sex:female')] }, count);
    expect(errors).toEqual([
      { field: 'breakdown[0].options', message: 'Dimension "sex" has no option "x"' },
      { field: 'breakdown[0].options', message: 'Names more than one option of "sex"' },
      { field: 'breakdown[0].value', message: 'Must not be negative' },
    ]);
  });
});

describe('totalFromBreakdown', () => {
  const dims: IndicatorDimension[] = [
    { code: 'sex', options: ['female', 'male'] },
    { code: 'citizenship', options: ['national', 'foreign'] },
  ];
  it.each([
    ['a complete margin', [{ options: ['sex:female'], value: 31 }, { options: ['sex:male'], value: 7 }], 38],
    ['the second margin when the first is incomplete', [{ options: ['sex:female'], value: 31 }, { options: ['citizenship:national'], value: 37 }, { options: ['citizenship:foreign'], value: 1 }], 38],
    [
      'a complete cross table',
      [
        { options: ['sex:female', 'citizenship:national'], value: 30 },
        { options: ['sex:female', 'citizenship:foreign'], value: 1 },
        { options: ['sex:male', 'citizenship:national'], value: 7 },
        { options: ['sex:male', 'citizenship:foreign'], value: 0 },
      ],
      38,
    ],
    ['nothing complete', [{ options: ['sex:female'], value: 31 }], null],
    ['no parts', [], null],
    ['a duplicated cell counted once', [{ options: ['sex:female'], value: 31 }, { options: ['sex:female'], value: 31 }, { options: ['sex:male'], value: 7 }], 38],
    ['invalid cells ignored', [{ options: ['sex:female'], value: 31 }, { options: ['sex:other'], value: 5 }], null],
  ])('%s → %p', (_label, breakdown, expected) => {
    expect(totalFromBreakdown(dims, breakdown)).toBe(expected);
  });

  it('prefers the margin over the cross table, in dimension order', () => {
    const breakdown = [
      { options: ['citizenship:national'], value: 37 },
      { options: ['citizenship:foreign'], value: 1 },
      { options: ['sex:female'], value: 31 },
      { options: ['sex:male'], value: 8 }, // inconsistent on purpose: sex is first in the dimension order
    ];
    expect(totalFromBreakdown(dims, breakdown)).toBe(39);
  });

  it('is null for PERCENT', () => {
    expect(totalFromBreakdown(dims, [{ options: ['sex:female'], value: 40 }, { options: ['sex:male'], value: 60 }], IndicatorUnit.PERCENT)).toBeNull();
  });
});

describe('change without floating-point noise', () => {
  it('keeps the decimals of its inputs', () => {
    expect(change(77.535, 77.465).absolute).toBe(0.07);
    expect(change(0.3, 0.1).absolute).toBe(0.2);
    expect(change(147, 113)).toEqual({ absolute: 34, percent: 30.1 });
  });
});
