/**
 * How completion is computed (DOMAIN.md): the numbers everyone will quote. The SQL
 * aggregation in the API is tested to agree with these functions, so they are written to
 * be reproducible there:
 *
 * - Means are computed at full precision. Round once, at the edge, with `roundPercent`
 *   (never feed a rounded figure into a further mean, or SQL and TypeScript drift by 0.01).
 * - Rounding is half away from zero, like PostgreSQL `ROUND(x::numeric, 2)`.
 * - Callers pass only accepted data ("latest accepted report up to the chosen period").
 */
import { AssignmentRole, ImplementationStatus, RagStatus } from './enums';
import { daysBetween, parseIsoDate } from './dates';
import { isLate } from './workflow';

/** Decimals of every percentage the API or a report exposes. */
export const PERCENT_DECIMALS = 2;

/**
 * Rounds half away from zero (2.345 → 2.35, -2.345 → -2.35), matching PostgreSQL's
 * ROUND on numeric. The product is first cut to 15 significant digits, the precision a
 * double holds reliably (and the digits PostgreSQL keeps when casting float8 to numeric),
 * so binary noise does not flip a tie: 1.005 * 100 is 100.49999999999999 in binary but
 * rounds to 1.01 as the decimal 1.005 should.
 */
export function roundTo(value: number, decimals: number): number {
  if (!Number.isFinite(value)) throw new RangeError(`Cannot round ${value}`);
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 10) {
    throw new RangeError(`decimals must be an integer 0–10, got ${decimals}`);
  }
  const factor = 10 ** decimals;
  const shifted = Number((Math.abs(value) * factor).toPrecision(15));
  const rounded = (Math.sign(value) * Math.round(shifted)) / factor;
  return rounded === 0 ? 0 : rounded; // no "-0" in API output
}

/** The single rounding used for exposed percentages (2 decimals, half away from zero). */
export function roundPercent(value: number): number;
export function roundPercent(value: number | null): number | null;
export function roundPercent(value: number | null): number | null {
  return value === null ? null : roundTo(value, PERCENT_DECIMALS);
}

export interface AcceptedProgress {
  implementationStatus: ImplementationStatus;
  percentComplete: number;
}

/**
 * Completion of one assignment from its latest accepted report up to the chosen period:
 * 0 when there is none, 100 when COMPLETED (whatever percent was typed), else the percent
 * complete clamped to 0–100.
 */
export function assignmentCompletion(latestAccepted: AcceptedProgress | null): number {
  if (latestAccepted === null) return 0;
  if (latestAccepted.implementationStatus === ImplementationStatus.COMPLETED) return 100;
  const percent = latestAccepted.percentComplete;
  if (!Number.isFinite(percent)) throw new RangeError(`percentComplete must be a number, got ${percent}`);
  return Math.min(100, Math.max(0, percent));
}

export type RoleWeights = Readonly<Record<AssignmentRole, number>>;

/** The lead organisation's progress counts twice a partner's, unless configured. */
export const DEFAULT_ROLE_WEIGHTS: RoleWeights = Object.freeze({
  [AssignmentRole.LEAD]: 2,
  [AssignmentRole.PARTNER]: 1,
});

/**
 * Weighted mean Σ(value·weight) / Σweight; null when there is nothing to average (no items,
 * or all weights 0). Weights must be finite and non-negative.
 */
export function weightedMean(items: readonly { value: number; weight: number }[]): number | null {
  let sum = 0;
  let totalWeight = 0;
  for (const { value, weight } of items) {
    if (!Number.isFinite(weight) || weight < 0) throw new RangeError(`Weight must be finite and ≥ 0, got ${weight}`);
    if (!Number.isFinite(value)) throw new RangeError(`Value must be finite, got ${value}`);
    sum += value * weight;
    totalWeight += weight;
  }
  return totalWeight === 0 ? null : sum / totalWeight;
}

/** Measure completion: mean of its assignments' completions weighted by role; null with no assignments. */
export function measureCompletion(
  assignments: readonly { role: AssignmentRole; completion: number }[],
  weights: RoleWeights = DEFAULT_ROLE_WEIGHTS,
): number | null {
  return weightedMean(assignments.map(({ role, completion }) => ({ value: completion, weight: weights[role] })));
}

/**
 * Whether a measure is CANCELLED. A measure has no status of its own; we take its LEAD
 * assignment's latest accepted report: the lead organisation answers for the measure, and a
 * partner dropping out does not cancel the work of the others. With no lead, or no accepted
 * report from it, the measure is not cancelled.
 */
export function isMeasureCancelled(
  assignments: readonly { role: AssignmentRole; latestAccepted: { implementationStatus: ImplementationStatus } | null }[],
): boolean {
  const lead = assignments.find((assignment) => assignment.role === AssignmentRole.LEAD);
  return lead?.latestAccepted?.implementationStatus === ImplementationStatus.CANCELLED;
}

export interface MeasureForRollup {
  /** From `measureCompletion`: null when the measure has no assignments. */
  completion: number | null;
  /** The measure's weight (default 1). */
  weight: number;
  cancelled: boolean;
}

/**
 * Section or plan completion: mean of its measures' completions weighted by measure weight.
 * Left out: CANCELLED measures (DOMAIN.md), and measures with no assignments (completion
 * null) — nobody can report on those, so counting them as 0 would punish every agency for
 * a planning gap; the API should expose them separately (e.g. as "unassigned"). Null when
 * no measure is left.
 */
export function rollupCompletion(measures: readonly MeasureForRollup[]): number | null {
  return weightedMean(
    measures
      .filter((measure) => !measure.cancelled && measure.completion !== null)
      .map((measure) => ({ value: measure.completion as number, weight: measure.weight })),
  );
}

/**
 * Organisation completion: plain (unweighted) mean over its assignments, leaving out those of
 * CANCELLED measures; null when none is left.
 */
export function organizationCompletion(assignments: readonly { completion: number; cancelled: boolean }[]): number | null {
  return weightedMean(
    assignments.filter((assignment) => !assignment.cancelled).map(({ completion }) => ({ value: completion, weight: 1 })),
  );
}

/**
 * Expected progress (0–100) at `asOf` (normally the period's end): the share of days from
 * `startDate` to `dueDate` that have elapsed. A measure whose due date is not after its
 * start is expected 0 before the due date and 100 from it.
 */
export function expectedProgress(startDate: string, dueDate: string, asOf: string): number {
  const span = daysBetween(startDate, dueDate);
  if (span <= 0) return parseIsoDate(asOf) < parseIsoDate(dueDate) ? 0 : 100;
  const elapsed = daysBetween(startDate, asOf);
  return Math.min(100, Math.max(0, (elapsed / span) * 100));
}

export interface RagInput {
  /** Measure completion; null (no assignments) counts as 0. */
  completion: number | null;
  /** The measure's implementation status (its lead's latest accepted one), if any. */
  implementationStatus: ImplementationStatus | null;
  startDate: string;
  dueDate: string;
  asOf: string;
}

/** Points below expected progress still GREEN / still AMBER. */
export const RAG_GREEN_TOLERANCE = 10;
export const RAG_AMBER_TOLERANCE = 25;

/**
 * RAG status of a measure. COMPLETED (status, or completion 100) is always GREEN; past due
 * (asOf after dueDate) and not completed is RED; otherwise GREEN within 10 points of expected
 * progress, AMBER within 25, else RED. Both figures are compared as exposed (rounded to 2
 * decimals) so that a reader checking "40 vs 50" sees the colour the rule gives.
 * Cancelled measures get a colour too; callers leave them out of RAG counts.
 */
export function ragStatus(input: RagInput): RagStatus {
  const completion = toHundredths(input.completion ?? 0);
  if (input.implementationStatus === ImplementationStatus.COMPLETED || completion >= 100_00) return RagStatus.GREEN;
  if (parseIsoDate(input.asOf) > parseIsoDate(input.dueDate)) return RagStatus.RED;
  const expected = toHundredths(expectedProgress(input.startDate, input.dueDate, input.asOf));
  if (completion >= expected - RAG_GREEN_TOLERANCE * 100) return RagStatus.GREEN;
  if (completion >= expected - RAG_AMBER_TOLERANCE * 100) return RagStatus.AMBER;
  return RagStatus.RED;
}

// Whole hundredths of a point: comparing integers keeps "50.3 − 10" free of binary noise.
function toHundredths(percent: number): number {
  return Math.round(roundPercent(percent) * 100);
}

export interface ReportingCompliance {
  expected: number;
  onTime: number;
  late: number;
  missing: number;
  /** onTime / expected × 100, rounded to 2 decimals; null when nothing was expected. */
  timelinessPercent: number | null;
}

/**
 * Reporting compliance of an organisation in a period: one item per expected report (one
 * per assignment). `submittedAt` is when the report was first submitted (null = never):
 * a report submitted on time and later returned for correction stays on time.
 */
export function reportingCompliance(items: readonly { submittedAt: Date | null; dueDate: string }[]): ReportingCompliance {
  let onTime = 0;
  let late = 0;
  let missing = 0;
  for (const { submittedAt, dueDate } of items) {
    if (submittedAt === null) missing += 1;
    else if (isLate(submittedAt, dueDate)) late += 1;
    else onTime += 1;
  }
  const expected = items.length;
  return {
    expected,
    onTime,
    late,
    missing,
    timelinessPercent: expected === 0 ? null : roundPercent((onTime / expected) * 100),
  };
}
