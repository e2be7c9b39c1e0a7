import {
  AssignmentRole,
  type CombineRule,
  ImplementationStatus,
  type RagStatus,
  ReportStatus,
  assignmentCompletion,
  cellKey,
  change,
  combine,
  expectedProgress,
  isMeasureCancelled,
  measureCompletion,
  organizationCompletion,
  ragStatus,
  reportingCompliance,
  rollupCompletion,
  roundPercent,
  type AcceptedProgress,
} from '@nap/domain';
import type { Sql } from './generated-plan';

/**
 * The test oracle: the figures of a plan computed in TypeScript by the `@nap/domain`
 * functions from the raw rows, to compare with what the SQL aggregation returns. It reads
 * the tables directly (no API code) and implements no rule itself beyond choosing rows:
 * "latest accepted report up to the period", which sections lie under which, and which
 * assignments owe a report.
 */
export interface RawPlan {
  sections: { id: string; parent_id: string | null }[];
  measures: { id: string; code: string; section_id: string; weight: number; start_date: string; due_date: string }[];
  assignments: { id: string; measure_id: string; organization_id: string; role: AssignmentRole }[];
  periods: { id: string; label: string; start_date: string; end_date: string; due_date: string }[];
  reports: {
    id: string;
    assignment_id: string;
    period_id: string;
    organization_id: string;
    status: ReportStatus;
    implementation_status: ImplementationStatus;
    percent_complete: number;
    submitted_at: Date | null;
  }[];
  firstSubmission: Map<string, Date>;
  indicators: { id: string; measure_id: string; unit: string; combine_rule: CombineRule; target: number | null }[];
  values: { report_id: string; indicator_id: string; value: number | null; breakdown: { options: string[]; value: number }[] }[];
}

export async function readRawPlan(sql: Sql, planId: string): Promise<RawPlan> {
  const num = (value: unknown): number => Number(value);
  // One after another: the test's single connection runs one statement at a time.
  const all = async <T extends unknown[]>(queries: { [K in keyof T]: () => Promise<T[K]> }): Promise<T> => {
    const results: unknown[] = [];
    for (const query of queries) results.push(await query());
    return results as T;
  };
  const [sections, measures, assignments, periods, reports, events, indicators, values] = await all([
    () => sql<RawPlan['sections'][number]>(`SELECT id, parent_id FROM plan_section WHERE plan_id = $1`, [planId]),
    () => sql<Record<string, string>>(
      `SELECT id, code, section_id, weight::text, start_date::text, due_date::text FROM measure WHERE plan_id = $1`,
      [planId],
    ),
    () => sql<RawPlan['assignments'][number]>(
      `SELECT a.id, a.measure_id, a.organization_id, a.role FROM assignment a JOIN measure m ON m.id = a.measure_id WHERE m.plan_id = $1`,
      [planId],
    ),
    () => sql<RawPlan['periods'][number]>(
      `SELECT id, label, start_date::text, end_date::text, due_date::text FROM reporting_period WHERE plan_id = $1`,
      [planId],
    ),
    () => sql<Record<string, unknown>>(
      `SELECT r.id, r.assignment_id, r.period_id, r.organization_id, r.status, r.implementation_status,
              r.percent_complete::text, r.submitted_at
       FROM progress_report r JOIN reporting_period p ON p.id = r.period_id WHERE p.plan_id = $1`,
      [planId],
    ),
    () => sql<{ report_id: string; at: Date }>(
      `SELECT e.report_id, e.at FROM report_event e JOIN progress_report r ON r.id = e.report_id
       JOIN reporting_period p ON p.id = r.period_id WHERE p.plan_id = $1 AND e.action = 'SUBMIT'`,
      [planId],
    ),
    () => sql<Record<string, unknown>>(
      `SELECT i.id, i.measure_id, i.unit, i.combine_rule, i.target::text FROM indicator i JOIN measure m ON m.id = i.measure_id WHERE m.plan_id = $1`,
      [planId],
    ),
    () => sql<Record<string, unknown>>(
      `SELECT v.report_id, v.indicator_id, v.value::text, v.breakdown FROM indicator_value v
       JOIN indicator i ON i.id = v.indicator_id JOIN measure m ON m.id = i.measure_id WHERE m.plan_id = $1`,
      [planId],
    ),
  ]);
  const firstSubmission = new Map<string, Date>();
  for (const event of events) {
    const known = firstSubmission.get(event.report_id);
    if (!known || event.at < known) firstSubmission.set(event.report_id, event.at);
  }
  return {
    sections,
    measures: measures.map((m) => ({ ...m, weight: num(m['weight']) }) as RawPlan['measures'][number]),
    assignments,
    periods,
    reports: reports.map((r) => ({ ...r, percent_complete: num(r['percent_complete']) }) as RawPlan['reports'][number]),
    firstSubmission,
    indicators: indicators.map((i) => ({ ...i, target: i['target'] === null ? null : num(i['target']) }) as RawPlan['indicators'][number]),
    values: values.map((v) => ({ ...v, value: v['value'] === null ? null : num(v['value']) }) as RawPlan['values'][number]),
  };
}

export interface ExpectedPlanCompletion {
  percent: number | null;
  measures: Map<
    string,
    {
      completion: number | null;
      expectedProgress: number;
      rag: RagStatus;
      implementationStatus: ImplementationStatus | null;
      cancelled: boolean;
      overdue: boolean;
      reported: boolean;
      assignmentCount: number;
    }
  >;
  sections: Map<string, { percent: number | null; measureCount: number }>;
  organizations: Map<string, { percent: number | null; assignmentCount: number }>;
  byStatus: Record<string, number>;
  byRag: Record<string, number>;
}

/** Every section under `root` (itself included). */
function subtree(raw: RawPlan, root: string): Set<string> {
  const found = new Set([root]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const section of raw.sections) {
      if (section.parent_id !== null && found.has(section.parent_id) && !found.has(section.id)) {
        found.add(section.id);
        grew = true;
      }
    }
  }
  return found;
}

function latestAccepted(raw: RawPlan, periodEnd: string, before = false): Map<string, AcceptedProgress> {
  const endOf = new Map(raw.periods.map((p) => [p.id, p.end_date]));
  const best = new Map<string, { end: string; progress: AcceptedProgress }>();
  for (const report of raw.reports) {
    const end = endOf.get(report.period_id) as string;
    if (report.status !== ReportStatus.ACCEPTED || (before ? end >= periodEnd : end > periodEnd)) continue;
    const known = best.get(report.assignment_id);
    if (!known || end > known.end) {
      best.set(report.assignment_id, {
        end,
        progress: { implementationStatus: report.implementation_status, percentComplete: report.percent_complete },
      });
    }
  }
  return new Map([...best].map(([id, { progress }]) => [id, progress]));
}

export function expectedPlanCompletion(
  raw: RawPlan,
  periodId: string,
  filter: { sectionId?: string; organizationId?: string } = {},
): ExpectedPlanCompletion {
  const period = raw.periods.find((p) => p.id === periodId);
  if (!period) throw new Error('unknown period');
  const asOf = period.end_date;
  const latest = latestAccepted(raw, asOf);
  const scopeSections = filter.sectionId ? subtree(raw, filter.sectionId) : new Set(raw.sections.map((s) => s.id));
  const measures = raw.measures.filter(
    (m) =>
      scopeSections.has(m.section_id) &&
      (!filter.organizationId || raw.assignments.some((a) => a.measure_id === m.id && a.organization_id === filter.organizationId)),
  );

  const perMeasure = new Map<string, ExpectedPlanCompletion['measures'] extends Map<string, infer V> ? V & { raw: number | null } : never>();
  for (const measure of measures) {
    const assignments = raw.assignments.filter((a) => a.measure_id === measure.id);
    const completions = assignments.map((a) => ({ role: a.role, completion: assignmentCompletion(latest.get(a.id) ?? null) }));
    const completion = measureCompletion(completions);
    const cancelled = isMeasureCancelled(assignments.map((a) => ({ role: a.role, latestAccepted: latest.get(a.id) ?? null })));
    const lead = assignments.find((a) => a.role === AssignmentRole.LEAD);
    const implementationStatus = lead ? (latest.get(lead.id)?.implementationStatus ?? null) : null;
    const rag = ragStatus({ completion, implementationStatus, startDate: measure.start_date, dueDate: measure.due_date, asOf });
    const done = implementationStatus === ImplementationStatus.COMPLETED || roundPercent(completion ?? 0) >= 100;
    perMeasure.set(measure.id, {
      raw: completion,
      completion: roundPercent(completion),
      expectedProgress: roundPercent(expectedProgress(measure.start_date, measure.due_date, asOf)),
      rag,
      implementationStatus,
      cancelled,
      overdue: asOf > measure.due_date && !done && !cancelled,
      reported: assignments.some((a) => latest.has(a.id)),
      assignmentCount: assignments.length,
    });
  }
  const rollupOf = (list: typeof measures): number | null =>
    roundPercent(
      rollupCompletion(
        list.map((m) => {
          const figures = perMeasure.get(m.id);
          return { completion: figures?.raw ?? null, weight: m.weight, cancelled: figures?.cancelled ?? false };
        }),
      ),
    );

  const sections = new Map<string, { percent: number | null; measureCount: number }>();
  for (const sectionId of scopeSections) {
    const under = subtree(raw, sectionId);
    const list = measures.filter((m) => under.has(m.section_id));
    sections.set(sectionId, { percent: rollupOf(list), measureCount: list.length });
  }

  const organizations = new Map<string, { percent: number | null; assignmentCount: number }>();
  const inScope = new Set(measures.map((m) => m.id));
  const orgIds = new Set(raw.assignments.filter((a) => inScope.has(a.measure_id)).map((a) => a.organization_id));
  for (const orgId of orgIds) {
    if (filter.organizationId && orgId !== filter.organizationId) continue;
    const own = raw.assignments.filter((a) => a.organization_id === orgId && inScope.has(a.measure_id));
    organizations.set(orgId, {
      percent: roundPercent(
        organizationCompletion(
          own.map((a) => ({
            completion: assignmentCompletion(latest.get(a.id) ?? null),
            cancelled: perMeasure.get(a.measure_id)?.cancelled ?? false,
          })),
        ),
      ),
      assignmentCount: own.length,
    });
  }

  const byStatus: Record<string, number> = {};
  const byRag: Record<string, number> = {};
  for (const figures of perMeasure.values()) {
    const status = figures.implementationStatus ?? 'NOT_REPORTED';
    byStatus[status] = (byStatus[status] ?? 0) + 1;
    if (!figures.cancelled) byRag[figures.rag] = (byRag[figures.rag] ?? 0) + 1;
  }

  return {
    percent: rollupOf(measures),
    measures: new Map([...perMeasure].map(([id, { raw: _raw, ...rest }]) => [id, rest])),
    sections,
    organizations,
    byStatus,
    byRag,
  };
}

export function expectedCompliance(
  raw: RawPlan,
  periodId: string,
): Map<string, { expected: number; onTime: number; late: number; missing: number; timelinessPercent: number | null }> {
  const period = raw.periods.find((p) => p.id === periodId);
  if (!period) throw new Error('unknown period');
  const closedBefore = latestAccepted(raw, period.start_date, true);
  const measureById = new Map(raw.measures.map((m) => [m.id, m]));
  const reportOf = new Map(raw.reports.filter((r) => r.period_id === periodId).map((r) => [r.assignment_id, r]));
  const items = new Map<string, { submittedAt: Date | null; dueDate: string }[]>();
  for (const assignment of raw.assignments) {
    const measure = measureById.get(assignment.measure_id);
    if (!measure) continue;
    const report = reportOf.get(assignment.id);
    const submittedAt = report ? (raw.firstSubmission.get(report.id) ?? report.submitted_at) : null;
    const earlier = closedBefore.get(assignment.id)?.implementationStatus;
    const running =
      measure.start_date <= period.end_date &&
      measure.due_date >= period.start_date &&
      earlier !== ImplementationStatus.COMPLETED &&
      earlier !== ImplementationStatus.CANCELLED;
    if (!running && submittedAt === null) continue;
    const list = items.get(assignment.organization_id) ?? [];
    list.push({ submittedAt, dueDate: period.due_date });
    items.set(assignment.organization_id, list);
  }
  return new Map([...items].map(([orgId, list]) => [orgId, reportingCompliance(list)]));
}

export interface ExpectedIndicator {
  value: number | null;
  previousValue: number | null;
  change: number | null;
  changePercent: number | null;
  percentOfTarget: number | null;
  breakdown: Map<string, number>;
}

export function expectedIndicators(raw: RawPlan, periodId: string, previousPeriodId: string | null): Map<string, ExpectedIndicator> {
  const endOf = new Map(raw.periods.map((p) => [p.id, p.end_date]));
  const reportById = new Map(raw.reports.map((r) => [r.id, r]));
  const result = new Map<string, ExpectedIndicator>();
  for (const indicator of raw.indicators) {
    const accepted = (period: string | null) =>
      raw.values.filter((v) => {
        const report = reportById.get(v.report_id);
        return v.indicator_id === indicator.id && report?.status === ReportStatus.ACCEPTED && report.period_id === period;
      });
    const combined = (period: string | null): number | null =>
      period === null
        ? null
        : combine(
            indicator.combine_rule,
            accepted(period)
              .filter((v) => v.value !== null)
              .map((v) => ({ value: v.value as number, at: endOf.get(period) as string })),
          );
    const value = combined(periodId);
    const previousValue = combined(previousPeriodId);
    const { absolute, percent } = change(value, previousValue);
    // `change` of @nap/domain keeps 15 significant digits of the double difference, which
    // cancellation can leave noisy (77.535 − 77.465 → 0.0699999999999932); the database
    // subtracts decimals exactly. Compare with the exact decimal difference (reported upstream).
    const exact =
      absolute === null ? null : Number(((value as number) - (previousValue as number)).toFixed(Math.max(decimalsOf(value), decimalsOf(previousValue))));
    const cells = new Map<string, { options: string[]; values: number[] }>();
    for (const v of accepted(periodId)) {
      for (const cell of v.breakdown) {
        const key = cellKey(cell.options);
        const entry = cells.get(key) ?? { options: cell.options, values: [] };
        entry.values.push(cell.value);
        cells.set(key, entry);
      }
    }
    const at = endOf.get(periodId) as string;
    result.set(indicator.id, {
      value,
      previousValue,
      change: exact,
      changePercent: percent,
      percentOfTarget: value === null || !indicator.target ? null : roundPercent((value / indicator.target) * 100),
      breakdown: new Map(
        [...cells].map(([key, entry]) => [key, combine(indicator.combine_rule, entry.values.map((cellValue) => ({ value: cellValue, at }))) as number]),
      ),
    });
  }
  return result;
}

/** Digits after the decimal point of a number as JavaScript prints it (77.535 → 3). */
function decimalsOf(value: number | null): number {
  if (value === null) return 0;
  const [, fraction = ''] = String(value).split('.');
  return fraction.length;
}
