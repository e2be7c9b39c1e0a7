import type { ImplementationStatus, SaveProgressReportInput } from '@nap/contracts';
import type { IndicatorDetail, ProgressReportDetail } from '../../shared/reporting/report-types';

/** One indicator in the form: the total and one cell per `dimension:option`. */
export interface IndicatorFormValue {
  indicatorId: string;
  value: number | null;
  cells: Record<string, number | null>;
  /** Cells naming several dimensions at once (given through the API): kept and sent back as they are. */
  crossCells: { options: string[]; value: number }[];
}

export interface ReportFormValue {
  implementationStatus: ImplementationStatus;
  percentComplete: number | null;
  narrativeAz: string;
  narrativeEn: string;
  challenges: string;
  nextSteps: string;
  expenditureAmount: number | null;
  expenditureCurrency: string;
  expenditureSource: string;
  indicators: IndicatorFormValue[];
}

export function cellId(dimension: string, option: string): string {
  return `${dimension}:${option}`;
}

/** The form's starting value: the saved report, or an empty one for the measure's indicators. */
export function formValueFrom(
  indicators: readonly IndicatorDetail[],
  report: ProgressReportDetail | null,
): ReportFormValue {
  return {
    implementationStatus: report?.implementationStatus ?? 'IN_PROGRESS',
    percentComplete: report?.percentComplete ?? null,
    narrativeAz: report?.narrativeAz ?? '',
    narrativeEn: report?.narrativeEn ?? '',
    challenges: report?.challenges ?? '',
    nextSteps: report?.nextSteps ?? '',
    expenditureAmount: report?.expenditureAmount ?? null,
    expenditureCurrency: report?.expenditureCurrency ?? 'AZN',
    expenditureSource: report?.expenditureSource ?? '',
    indicators: indicators.map((indicator) => {
      const saved = report?.indicatorValues.find((v) => v.indicatorId === indicator.id);
      const cells: Record<string, number | null> = {};
      for (const dimension of indicator.dimensions) {
        for (const option of dimension.options) cells[cellId(dimension.code, option)] = null;
      }
      const crossCells: IndicatorFormValue['crossCells'] = [];
      for (const cell of saved?.breakdown ?? []) {
        if (cell.options.length === 1 && cell.options[0] in cells) cells[cell.options[0]] = cell.value;
        else crossCells.push({ options: [...cell.options], value: cell.value });
      }
      return { indicatorId: indicator.id, value: saved?.value ?? null, cells, crossCells };
    }),
  };
}

const blankToNull = (text: string): string | null => (text.trim() === '' ? null : text.trim());

/** The mutation input; `version` is required once the report exists (optimistic lock). */
export function toSaveInput(
  value: ReportFormValue,
  key: { measureId: string; periodId: string; organizationId: string },
  version: number | null,
): SaveProgressReportInput {
  return {
    ...key,
    version: version ?? undefined,
    implementationStatus: value.implementationStatus,
    percentComplete: value.percentComplete ?? 0,
    narrativeAz: blankToNull(value.narrativeAz),
    narrativeEn: blankToNull(value.narrativeEn),
    challenges: blankToNull(value.challenges),
    nextSteps: blankToNull(value.nextSteps),
    expenditure:
      value.expenditureAmount === null
        ? null
        : {
            amount: value.expenditureAmount,
            currency: value.expenditureCurrency || 'AZN',
            source: blankToNull(value.expenditureSource),
          },
    indicatorValues: value.indicators
      .map((indicator) => ({
        indicatorId: indicator.indicatorId,
        value: indicator.value,
        breakdown: [
          ...Object.entries(indicator.cells)
            .filter(
              (entry): entry is [string, number] =>
                entry[1] !== null && entry[1] !== undefined && Number.isFinite(entry[1]),
            )
            .map(([options, cellValue]) => ({ options: [options], value: cellValue })),
          ...indicator.crossCells,
        ],
      }))
      .filter((v) => v.value !== null || v.breakdown.length > 0),
  };
}

export interface DimensionSum {
  dimension: string;
  sum: number;
  filled: number;
  options: number;
  /** Every option has a value. */
  complete: boolean;
  /** complete and ≠ total, or incomplete and already above the total. */
  mismatch: boolean;
}

/**
 * The live sums of the disaggregation grid: per dimension, the sum of its cells against the
 * total (the domain rule: a complete table must add up to the total; parts never exceed it).
 * PERCENT indicators are rates and never add up.
 */
export function dimensionSums(indicator: IndicatorDetail, value: IndicatorFormValue): DimensionSum[] {
  return indicator.dimensions.map((dimension) => {
    const values = dimension.options.map((option) => value.cells[cellId(dimension.code, option)]);
    const given = values.filter((v): v is number => v !== null && v !== undefined && Number.isFinite(v));
    const sum = Math.round(given.reduce((a, b) => a + b, 0) * 1e6) / 1e6;
    const complete = given.length === dimension.options.length;
    const total = value.value;
    const comparable = indicator.unit !== 'PERCENT' && total !== null && given.length > 0;
    const mismatch =
      comparable && (complete ? Math.abs(sum - (total as number)) > 1e-9 : sum > (total as number) + 1e-9);
    return {
      dimension: dimension.code,
      sum,
      filled: given.length,
      options: dimension.options.length,
      complete,
      mismatch,
    };
  });
}

export function hasSumMismatch(indicators: readonly IndicatorDetail[], value: ReportFormValue): boolean {
  return indicators.some((indicator) => {
    const v = value.indicators.find((i) => i.indicatorId === indicator.id);
    return v ? dimensionSums(indicator, v).some((s) => s.mismatch) : false;
  });
}

/**
 * Reapplies one person's edits on top of a newer version (three-way, field by field): a field
 * they changed since `base` takes their value; every other field takes the newer version's, so
 * what someone else saved meanwhile in other fields is kept. Indicator values merge per cell.
 */
export function reapplyChanges(base: ReportFormValue, mine: ReportFormValue, theirs: ReportFormValue): ReportFormValue {
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  const pick = <T>(b: T, m: T, t: T): T => (same(m, b) ? t : m);
  const merged: ReportFormValue = { ...theirs };
  for (const key of Object.keys(theirs) as (keyof ReportFormValue)[]) {
    if (key === 'indicators') continue;
    (merged as unknown as Record<string, unknown>)[key] = pick(base[key], mine[key], theirs[key]);
  }
  merged.indicators = theirs.indicators.map((their) => {
    const b = base.indicators.find((i) => i.indicatorId === their.indicatorId);
    const m = mine.indicators.find((i) => i.indicatorId === their.indicatorId);
    if (!b || !m) return their;
    const cells: Record<string, number | null> = { ...their.cells };
    for (const cell of Object.keys(cells))
      cells[cell] = pick(b.cells[cell] ?? null, m.cells[cell] ?? null, their.cells[cell] ?? null);
    return {
      ...their,
      value: pick(b.value, m.value, their.value),
      cells,
      crossCells: pick(b.crossCells, m.crossCells, their.crossCells),
    };
  });
  return merged;
}
