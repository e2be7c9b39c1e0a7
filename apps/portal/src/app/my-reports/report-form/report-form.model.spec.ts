import type { IndicatorDetail, ProgressReportDetail } from '../../shared/reporting/report-types';
import { dimensionSums, formValueFrom, hasSumMismatch, reapplyChanges, toSaveInput } from './report-form.model';

const victims: IndicatorDetail = {
  id: 'i1',
  code: 'VICTIMS',
  nameAz: 'Qurbanlar',
  nameEn: 'Victims',
  unit: 'COUNT',
  currency: null,
  combineRule: 'SUM',
  baseline: null,
  target: 60,
  dimensions: [
    { code: 'sex', options: ['female', 'male'] },
    { code: 'citizenship', options: ['national', 'foreign'] },
  ],
};

describe('report form model', () => {
  it('starts empty for a new report with one cell per dimension option', () => {
    const value = formValueFrom([victims], null);
    expect(value.implementationStatus).toBe('IN_PROGRESS');
    expect(value.indicators[0].cells).toEqual({
      'sex:female': null,
      'sex:male': null,
      'citizenship:national': null,
      'citizenship:foreign': null,
    });
  });

  it('loads saved values and keeps cells it cannot show', () => {
    const report = {
      implementationStatus: 'COMPLETED',
      percentComplete: 100,
      narrativeAz: 'Mətn',
      narrativeEn: null,
      challenges: null,
      nextSteps: null,
      expenditureAmount: 400,
      expenditureCurrency: 'AZN',
      expenditureSource: 'State budget',
      indicatorValues: [
        {
          id: 'v1',
          indicatorId: 'i1',
          value: 70,
          breakdown: [
            { options: ['sex:female'], value: 69 },
            { options: ['sex:male', 'citizenship:foreign'], value: 1 },
          ],
        },
      ],
    } as unknown as ProgressReportDetail;
    const value = formValueFrom([victims], report);
    expect(value.indicators[0].cells['sex:female']).toBe(69);
    expect(value.indicators[0].crossCells).toEqual([{ options: ['sex:male', 'citizenship:foreign'], value: 1 }]);
    const input = toSaveInput(value, { measureId: 'm', periodId: 'p', organizationId: 'o' }, 4);
    expect(input.version).toBe(4);
    expect(input.expenditure).toEqual({ amount: 400, currency: 'AZN', source: 'State budget' });
    expect(input.narrativeEn).toBeNull();
    expect(input.indicatorValues).toEqual([
      {
        indicatorId: 'i1',
        value: 70,
        breakdown: [
          { options: ['sex:female'], value: 69 },
          { options: ['sex:male', 'citizenship:foreign'], value: 1 },
        ],
      },
    ]);
  });

  it('sums each dimension as you type and flags a table that does not add up', () => {
    const value = formValueFrom([victims], null);
    const v = value.indicators[0];
    v.value = 70;
    v.cells['sex:female'] = 69;
    expect(dimensionSums(victims, v)[0]).toMatchObject({ sum: 69, complete: false, mismatch: false });
    v.cells['sex:male'] = 2;
    expect(dimensionSums(victims, v)[0]).toMatchObject({ sum: 71, complete: true, mismatch: true });
    expect(hasSumMismatch([victims], value)).toBe(true);
    v.cells['sex:male'] = 1;
    expect(hasSumMismatch([victims], value)).toBe(false);
    v.cells['citizenship:national'] = 75;
    expect(dimensionSums(victims, v)[1]).toMatchObject({ complete: false, mismatch: true });
  });

  it('leaves indicators without any figure out of the input', () => {
    const value = formValueFrom([victims], null);
    expect(toSaveInput(value, { measureId: 'm', periodId: 'p', organizationId: 'o' }, null)).toMatchObject({
      version: undefined,
      indicatorValues: [],
      expenditure: null,
      percentComplete: 0,
    });
  });
});

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('reapplyChanges', () => {
  it('keeps the newer version’s fields and applies only what I changed', () => {
    const base = formValueFrom([victims], null);
    base.indicators[0].value = 40;
    const theirs = clone(base);
    theirs.expenditureAmount = 1200;
    theirs.indicators[0].cells['sex:female'] = 25;
    const mine = clone(base);
    mine.narrativeEn = 'Twelve events.';
    mine.indicators[0].cells['sex:male'] = 15;
    const merged = reapplyChanges(base, mine, theirs);
    expect(merged.expenditureAmount).toBe(1200);
    expect(merged.narrativeEn).toBe('Twelve events.');
    expect(merged.indicators[0].cells).toMatchObject({ 'sex:female': 25, 'sex:male': 15 });
    expect(merged.indicators[0].value).toBe(40);
  });

  it('lets my change win where both changed the same field', () => {
    const base = formValueFrom([victims], null);
    const theirs = { ...clone(base), percentComplete: 50 };
    const mine = { ...clone(base), percentComplete: 70 };
    expect(reapplyChanges(base, mine, theirs).percentComplete).toBe(70);
  });
});
