/**
 * Indicator arithmetic: combining values across periods and organisations, change versus
 * the previous period, and the consistency rules of disaggregated values (DOMAIN.md
 * "Indicator"). A breakdown cell names one option per dimension it covers, written
 * `"dimension:option"`, e.g. `["sex:female", "citizenship:foreign"]`.
 */
import { CombineRule, IndicatorUnit } from './enums';
import { isIsoDate } from './dates';
import { roundTo } from './completion';

export interface DatedValue {
  value: number;
  /** End of the period the value belongs to, YYYY-MM-DD. */
  at: string;
}

/**
 * Combines values per the indicator's rule; null when there are none.
 * LATEST takes the value with the latest `at`. Several values at that same date (several
 * organisations reporting the same period) resolve to the largest, so the result never
 * depends on the order rows come back from the database; combine per organisation first
 * when a stock should be summed across organisations.
 */
export function combine(rule: CombineRule, values: readonly DatedValue[]): number | null {
  for (const { value, at } of values) {
    if (!Number.isFinite(value)) throw new RangeError(`Indicator value must be finite, got ${value}`);
    if (!isIsoDate(at)) throw new RangeError(`Expected a period end as YYYY-MM-DD, got "${at}"`);
  }
  if (values.length === 0) return null;
  const numbers = values.map(({ value }) => value);
  switch (rule) {
    case CombineRule.SUM:
      return sum(numbers);
    case CombineRule.MAX:
      return Math.max(...numbers);
    case CombineRule.AVERAGE:
      return withoutNoise(sum(numbers) / numbers.length);
    case CombineRule.LATEST: {
      // ISO dates order correctly as strings.
      const latest = values.reduce((max, { at }) => (at > max ? at : max), values[0].at);
      return Math.max(...values.filter(({ at }) => at === latest).map(({ value }) => value));
    }
    default:
      throw new RangeError(`Unknown combine rule "${String(rule as never)}"`);
  }
}

export interface Change {
  absolute: number | null;
  /** Relative change in %, 1 decimal; null when there is no previous value or it is 0. */
  percent: number | null;
}

/**
 * Change versus the previous period: 147 vs 113 → { absolute: 34, percent: 30.1 }.
 * The percentage is relative to |previous| so that its sign always follows the direction.
 */
export function change(current: number | null, previous: number | null): Change {
  if (current === null || previous === null) return { absolute: null, percent: null };
  // The difference has no more decimals than its inputs: 77.535 − 77.465 is 0.07, not 0.0699999999999932.
  const absolute = roundTo(current - previous, Math.max(decimalsOf(current), decimalsOf(previous)));
  const percent = previous === 0 ? null : roundTo(((current - previous) / Math.abs(previous)) * 100, 1);
  return { absolute, percent };
}

export interface Cell {
  dimension: string;
  option: string;
}

/** `'sex:female'` → `{ dimension: 'sex', option: 'female' }`; null when malformed. Splits at the first colon. */
export function parseCell(cell: string): Cell | null {
  const colon = cell.indexOf(':');
  if (colon <= 0 || colon === cell.length - 1) return null;
  return { dimension: cell.slice(0, colon), option: cell.slice(colon + 1) };
}

export function formatCell(dimension: string, option: string): string {
  return `${dimension}:${option}`;
}

/** Order-insensitive key of a cell (`["sex:male","age:child"]` and its reverse give one key). */
export function cellKey(options: readonly string[]): string {
  return [...options].sort().join('|');
}

export interface IndicatorDimension {
  code: string;
  options: readonly string[];
}

export interface BreakdownCell {
  options: readonly string[];
  value: number;
}

export interface IndicatorValueInput {
  /** The total; null when only parts are given. */
  value: number | null;
  breakdown: readonly BreakdownCell[];
}

export interface FieldError {
  /** Path of the offending input, e.g. `indicatorValues[0].breakdown[1].options`. */
  field: string;
  message: string;
}

export interface ValidateIndicatorValueOptions {
  /** Enables unit rules: COUNT whole and ≥ 0, AMOUNT ≥ 0, BOOLEAN 0 or 1. */
  unit?: IndicatorUnit;
  /** Prefix of every field path, e.g. `indicatorValues[0]`. */
  path?: string;
}

/**
 * Checks one indicator value against the indicator's dimensions. Returns every problem found
 * (empty = valid), each with the path of its field, for a BAD_USER_INPUT error.
 *
 * Cells: at least one option, each `dimension:option` of a known dimension and option, at
 * most one option per dimension, no two cells naming the same combination.
 * Sums: cells covering the same set of dimensions form a table (sex alone; sex × citizenship;
 * …). A complete table must add up to the total — or, with no total given, to the total the
 * other complete tables give. An incomplete table of a non-negative unit must not exceed it.
 * PERCENT is exempt: a rate's parts do not add up to the overall rate.
 */
export function validateIndicatorValue(
  dimensions: readonly IndicatorDimension[],
  input: IndicatorValueInput,
  options: ValidateIndicatorValueOptions = {},
): FieldError[] {
  const { unit } = options;
  const prefix = options.path ? `${options.path}.` : '';
  const errors: FieldError[] = [];

  const totalErrors = input.value === null ? [] : checkNumber(input.value, unit, `${prefix}value`);
  errors.push(...totalErrors);

  const optionsByDimension = new Map(dimensions.map((dimension) => [dimension.code, new Set(dimension.options)]));
  const firstIndexOfKey = new Map<string, number>();
  let cellsValid = true;
  input.breakdown.forEach((cell, index) => {
    const field = `${prefix}breakdown[${index}]`;
    const cellErrors = checkCellOptions(cell.options, optionsByDimension);
    if (cellErrors.length === 0) {
      const key = cellKey(cell.options);
      const first = firstIndexOfKey.get(key);
      if (first === undefined) firstIndexOfKey.set(key, index);
      else cellErrors.push(`Names the same combination as breakdown[${first}]`);
    }
    const valueErrors = checkNumber(cell.value, unit, `${field}.value`);
    if (cellErrors.length > 0 || valueErrors.length > 0) cellsValid = false;
    errors.push(...cellErrors.map((message) => ({ field: `${field}.options`, message })), ...valueErrors);
  });

  // Sums of invalid numbers would only repeat the problem in other words.
  if (!cellsValid || totalErrors.length > 0 || unit === IndicatorUnit.PERCENT) return errors;

  const tables = tablesOf(dimensions, input.breakdown);
  const complete = tables.filter((table) => table.complete);
  const total = input.value ?? (complete.length > 0 ? complete[0].sum : null);
  if (total === null) return errors;
  const totalLabel = input.value === null ? `the total ${total} given by the cells by ${complete[0].label}` : `the total ${total}`;
  for (const table of tables) {
    if (input.value === null && table === complete[0]) continue;
    if (table.complete && !nearlyEqual(table.sum, total)) {
      errors.push({ field: `${prefix}breakdown`, message: `Cells by ${table.label} add up to ${table.sum}, not ${totalLabel}` });
    } else if (!table.complete && isNonNegativeUnit(unit) && table.sum > total && !nearlyEqual(table.sum, total)) {
      errors.push({ field: `${prefix}breakdown`, message: `Cells by ${table.label} add up to ${table.sum}, more than ${totalLabel}` });
    }
  }
  return errors;
}

/**
 * The total implied by the parts, for a value given only as a breakdown: the sum of the first
 * complete table (fewest dimensions first, then in the indicator's dimension order); null
 * when no table is complete (or for PERCENT, whose parts do not add up). Invalid cells are
 * ignored — validate first.
 */
export function totalFromBreakdown(
  dimensions: readonly IndicatorDimension[],
  breakdown: readonly BreakdownCell[],
  unit?: IndicatorUnit,
): number | null {
  if (unit === IndicatorUnit.PERCENT) return null;
  const optionsByDimension = new Map(dimensions.map((dimension) => [dimension.code, new Set(dimension.options)]));
  const valid = breakdown.filter((cell) => checkCellOptions(cell.options, optionsByDimension).length === 0 && Number.isFinite(cell.value));
  const seen = new Set<string>();
  const unique = valid.filter((cell) => {
    const key = cellKey(cell.options);
    return seen.has(key) ? false : (seen.add(key), true);
  });
  return tablesOf(dimensions, unique).find((table) => table.complete)?.sum ?? null;
}

interface Table {
  label: string;
  sum: number;
  complete: boolean;
}

/** Groups valid, distinct cells by the set of dimensions they cover, in a stable order. */
function tablesOf(dimensions: readonly IndicatorDimension[], cells: readonly BreakdownCell[]): Table[] {
  const order = new Map(dimensions.map((dimension, index) => [dimension.code, index]));
  const byDimensions = new Map<string, { codes: string[]; values: number[] }>();
  for (const cell of cells) {
    const codes = cell.options
      .map((option) => (parseCell(option) as Cell).dimension)
      .sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
    const key = codes.join('|');
    const table = byDimensions.get(key) ?? { codes, values: [] };
    table.values.push(cell.value);
    byDimensions.set(key, table);
  }
  const size = new Map(dimensions.map((dimension) => [dimension.code, new Set(dimension.options).size]));
  return [...byDimensions.values()]
    .sort((a, b) => a.codes.length - b.codes.length || compareCodes(a.codes, b.codes, order))
    .map(({ codes, values }) => ({
      label: codes.join(' × '),
      sum: sum(values),
      // Cells are distinct and valid, so a full count means every combination is present.
      complete: values.length === codes.reduce((product, code) => product * (size.get(code) ?? 0), 1),
    }));
}

function compareCodes(a: readonly string[], b: readonly string[], order: ReadonlyMap<string, number>): number {
  for (let i = 0; i < a.length; i += 1) {
    const difference = (order.get(a[i]) ?? 0) - (order.get(b[i]) ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

function checkCellOptions(options: readonly string[], optionsByDimension: ReadonlyMap<string, ReadonlySet<string>>): string[] {
  if (!Array.isArray(options) || options.length === 0) return ['A cell names at least one option'];
  const errors: string[] = [];
  const dimensionsSeen = new Set<string>();
  for (const text of options) {
    const cell = typeof text === 'string' ? parseCell(text) : null;
    if (cell === null) {
      errors.push(`"${String(text)}" is not written as "dimension:option"`);
      continue;
    }
    const known = optionsByDimension.get(cell.dimension);
    if (known === undefined) errors.push(`Unknown dimension "${cell.dimension}"`);
    else if (!known.has(cell.option)) errors.push(`Dimension "${cell.dimension}" has no option "${cell.option}"`);
    if (dimensionsSeen.has(cell.dimension)) errors.push(`Names more than one option of "${cell.dimension}"`);
    dimensionsSeen.add(cell.dimension);
  }
  return errors;
}

function checkNumber(value: number, unit: IndicatorUnit | undefined, field: string): FieldError[] {
  if (typeof value !== 'number' || !Number.isFinite(value)) return [{ field, message: 'Must be a finite number' }];
  if (isNonNegativeUnit(unit) && value < 0) return [{ field, message: 'Must not be negative' }];
  if (unit === IndicatorUnit.COUNT && !Number.isInteger(value)) return [{ field, message: 'A count must be a whole number' }];
  if (unit === IndicatorUnit.BOOLEAN && value !== 0 && value !== 1) return [{ field, message: 'A yes/no value must be 0 or 1' }];
  return [];
}

function isNonNegativeUnit(unit: IndicatorUnit | undefined): boolean {
  return unit === IndicatorUnit.COUNT || unit === IndicatorUnit.AMOUNT || unit === IndicatorUnit.BOOLEAN;
}

function sum(values: readonly number[]): number {
  return withoutNoise(values.reduce((total, value) => total + value, 0));
}

/** Drops binary noise (0.1 + 0.2 → 0.3) by keeping the 15 significant digits a double holds. */
/** Decimal places of a number as written (at most 10, the most roundTo takes). */
function decimalsOf(value: number): number {
  const text = String(value);
  if (/e/i.test(text)) return 10;
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : Math.min(10, text.length - dot - 1);
}

function withoutNoise(value: number): number {
  return Number(value.toPrecision(15));
}

function nearlyEqual(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}
