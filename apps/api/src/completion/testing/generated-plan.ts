import { randomUUID } from 'node:crypto';
import { AssignmentRole, CombineRule, ImplementationStatus, IndicatorUnit, ReportStatus } from '@nap/domain';
import { rebuildRollups } from '../rollup';

/**
 * A large generated plan for the SQL-vs-domain agreement tests: nested sections, hundreds of
 * measures with fractional weights, leads and partners (and measures with no lead or no
 * assignment at all), four half-year periods, reports in every workflow and implementation
 * status (cancelled, completed at less than 100 %, delayed, …), first submissions on time
 * and resubmissions late, and indicators of every combine rule with one- and two-dimensional
 * breakdowns. Test support only: nothing in the API imports it.
 */

/** mulberry32: a small seeded PRNG, so a failure can be replayed with the same seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Sql = <T = Record<string, unknown>>(text: string, params?: unknown[]) => Promise<T[]>;

export interface GeneratedPlan {
  planId: string;
  /** In time order. */
  periods: { id: string; label: string }[];
  organizationIds: string[];
  topSectionIds: string[];
  measureCount: number;
}

const DAY = 86_400_000;
const iso = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
const isoMs = (date: string): number => Date.parse(`${date}T00:00:00Z`);

/** Inserts rows given as objects through json_to_recordset: one statement per table. */
async function bulkInsert(sql: Sql, table: string, columns: Record<string, string>, rows: Record<string, unknown>[]): Promise<void> {
  const names = Object.keys(columns);
  const definition = names.map((name) => `"${name}" ${columns[name]}`).join(', ');
  const list = names.map((name) => `"${name}"`).join(', ');
  for (let i = 0; i < rows.length; i += 2000) {
    await sql(`INSERT INTO "${table}" (${list}) SELECT ${list} FROM json_to_recordset($1::json) AS x(${definition})`, [
      JSON.stringify(rows.slice(i, i + 2000)),
    ]);
  }
}

export async function generatePlan(sql: Sql, seed: number, measureTotal = 240, indicatorTotal = 24): Promise<GeneratedPlan> {
  const random = seededRandom(seed);
  const int = (min: number, max: number): number => min + Math.floor(random() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const chance = (p: number): boolean => random() < p;
  const shuffle = <T>(items: readonly T[]): T[] => {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i -= 1) {
      const j = Math.floor(random() * (i + 1));
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy;
  };
  const tag = `G${seed}`;

  const organizations = Array.from({ length: 9 }, (_, i) => ({
    id: randomUUID(),
    code: `${tag}-ORG-${i + 1}`,
    name_az: `Təşkilat ${i + 1} (${tag})`,
    name_en: `Organisation ${i + 1} (${tag})`,
    type: 'OTHER',
  }));
  await bulkInsert(sql, 'organization', { id: 'uuid', code: 'text', name_az: 'text', name_en: 'text', type: 'text' }, organizations);

  const planId = randomUUID();
  await sql(
    `INSERT INTO action_plan (id, code, title_az, title_en, start_date, end_date, status) VALUES ($1, $2, $3, $4, '2014-01-01', '2017-12-31', 'ACTIVE')`,
    [planId, `${tag}-PLAN`, `Sınaq planı ${tag}`, `Generated plan ${tag}`],
  );

  // Sections: 6 directions, some with subsections and one level deeper.
  const sections: { id: string; plan_id: string; parent_id: string | null; code: string; title_az: string; title_en: string; sort_order: number }[] = [];
  const addSection = (parent: string | null, code: string, order: number): string => {
    const id = randomUUID();
    sections.push({ id, plan_id: planId, parent_id: parent, code, title_az: `Bölmə ${code}`, title_en: `Section ${code}`, sort_order: order });
    return id;
  };
  const topSectionIds: string[] = [];
  for (let s = 1; s <= 6; s += 1) {
    const top = addSection(null, `${s}`, s);
    topSectionIds.push(top);
    for (let c = 1; c <= int(0, 2); c += 1) {
      const child = addSection(top, `${s}.${c}`, c);
      if (chance(0.4)) addSection(child, `${s}.${c}.1`, 1);
    }
  }
  await bulkInsert(
    sql,
    'plan_section',
    { id: 'uuid', plan_id: 'uuid', parent_id: 'uuid', code: 'text', title_az: 'text', title_en: 'text', sort_order: 'int' },
    sections,
  );

  const WEIGHTS = [1, 1, 1, 2, 0.5, 1.5, 3, 0.25, 1.25];
  const measures = Array.from({ length: measureTotal }, (_, i) => {
    const section = pick(sections);
    const start = isoMs('2014-01-01') + int(0, 900) * DAY;
    // Some are due the day they start (expected progress jumps 0 → 100), some run for years.
    const due = chance(0.05) ? start : start + int(30, 1100) * DAY;
    return {
      id: randomUUID(),
      plan_id: planId,
      section_id: section.id,
      code: `M${i + 1}`,
      title_az: `Tədbir ${i + 1}`,
      title_en: `Measure ${i + 1}`,
      start_date: iso(start),
      due_date: iso(due),
      weight: pick(WEIGHTS),
    };
  });
  await bulkInsert(
    sql,
    'measure',
    { id: 'uuid', plan_id: 'uuid', section_id: 'uuid', code: 'text', title_az: 'text', title_en: 'text', start_date: 'date', due_date: 'date', weight: 'numeric' },
    measures,
  );

  const assignments: { id: string; measure_id: string; organization_id: string; role: AssignmentRole }[] = [];
  for (const measure of measures) {
    if (chance(0.03)) continue; // nobody assigned: shown, left out of the means
    const orgs = shuffle(organizations).slice(0, int(1, 4));
    const withLead = !chance(0.03); // a few only have partners
    orgs.forEach((org, index) =>
      assignments.push({
        id: randomUUID(),
        measure_id: measure.id,
        organization_id: org.id,
        role: index === 0 && withLead ? AssignmentRole.LEAD : AssignmentRole.PARTNER,
      }),
    );
  }
  await bulkInsert(sql, 'assignment', { id: 'uuid', measure_id: 'uuid', organization_id: 'uuid', role: 'text' }, assignments);

  const periods = [
    { label: '2015-H1', start_date: '2015-01-01', end_date: '2015-06-30', due_date: '2015-07-20' },
    { label: '2015-H2', start_date: '2015-07-01', end_date: '2015-12-31', due_date: '2016-01-20' },
    { label: '2016-H1', start_date: '2016-01-01', end_date: '2016-06-30', due_date: '2016-07-20' },
    { label: '2016-H2', start_date: '2016-07-01', end_date: '2016-12-31', due_date: '2017-01-20' },
  ].map((period) => ({ ...period, id: randomUUID(), plan_id: planId, status: 'CLOSED' }));
  await bulkInsert(
    sql,
    'reporting_period',
    { id: 'uuid', plan_id: 'uuid', label: 'text', start_date: 'date', end_date: 'date', due_date: 'date', status: 'text' },
    periods,
  );

  const STATUSES: ReportStatus[] = [
    ...Array<ReportStatus>(12).fill(ReportStatus.ACCEPTED),
    ReportStatus.SUBMITTED,
    ReportStatus.SUBMITTED,
    ReportStatus.RETURNED,
    ReportStatus.RETURNED,
    ReportStatus.DRAFT,
    ReportStatus.DRAFT,
  ];
  const IMPLEMENTATION: ImplementationStatus[] = [
    ImplementationStatus.NOT_STARTED,
    ImplementationStatus.IN_PROGRESS,
    ImplementationStatus.IN_PROGRESS,
    ImplementationStatus.IN_PROGRESS,
    ImplementationStatus.DELAYED,
    ImplementationStatus.COMPLETED,
    ImplementationStatus.COMPLETED,
    ImplementationStatus.CANCELLED,
  ];
  const PERCENTS = () => (chance(0.3) ? pick([0, 33.33, 66.67, 12.5, 87.5, 100, 50, 99.99, 0.01]) : int(0, 10000) / 100);

  const reports: Record<string, unknown>[] = [];
  const events: Record<string, unknown>[] = [];
  for (const assignment of assignments) {
    for (const period of periods) {
      if (chance(0.2)) continue; // not even a draft
      const id = randomUUID();
      const status = pick(STATUSES);
      const implementation = pick(IMPLEMENTATION);
      // COMPLETED is often typed below 100: completion must count it as 100.
      const percent = PERCENTS();
      const dueMs = isoMs(period.due_date);
      const firstAt = dueMs + int(-20, 6) * DAY + int(0, 86_399) * 1000;
      const submitted = status !== ReportStatus.DRAFT;
      const resubmitted = submitted && status !== ReportStatus.SUBMITTED && chance(0.3);
      const lastAt = resubmitted ? firstAt + int(1, 30) * DAY : firstAt;
      reports.push({
        id,
        assignment_id: assignment.id,
        period_id: period.id,
        measure_id: assignment.measure_id,
        organization_id: assignment.organization_id,
        status,
        implementation_status: implementation,
        percent_complete: percent,
        // The row keeps the latest submission; compliance must use the first (report_event).
        submitted_at: submitted ? new Date(lastAt).toISOString() : null,
        accepted_at: status === ReportStatus.ACCEPTED ? new Date(lastAt + 2 * DAY).toISOString() : null,
        late: submitted && lastAt >= dueMs + DAY,
      });
      // A few older rows have no SUBMIT event: submitted_at is then the first submission.
      if (submitted && (resubmitted || chance(0.9))) {
        events.push({ id: randomUUID(), report_id: id, action: 'SUBMIT', from_status: 'DRAFT', to_status: 'SUBMITTED', report_version: 1, at: new Date(firstAt).toISOString() });
        if (resubmitted) {
          events.push({ id: randomUUID(), report_id: id, action: 'SUBMIT', from_status: 'RETURNED', to_status: 'SUBMITTED', report_version: 3, at: new Date(lastAt).toISOString() });
        }
      }
    }
  }
  await bulkInsert(
    sql,
    'progress_report',
    {
      id: 'uuid',
      assignment_id: 'uuid',
      period_id: 'uuid',
      measure_id: 'uuid',
      organization_id: 'uuid',
      status: 'text',
      implementation_status: 'text',
      percent_complete: 'numeric',
      submitted_at: 'timestamptz',
      accepted_at: 'timestamptz',
      late: 'boolean',
    },
    reports,
  );
  await bulkInsert(
    sql,
    'report_event',
    { id: 'uuid', report_id: 'uuid', action: 'text', from_status: 'text', to_status: 'text', report_version: 'int', at: 'timestamptz' },
    events,
  );

  // Indicators: every rule, COUNT with sex and sex × citizenship cells (small counts included).
  const RULES = [CombineRule.SUM, CombineRule.SUM, CombineRule.MAX, CombineRule.AVERAGE, CombineRule.LATEST];
  const assigned = measures.filter((measure) => assignments.some((a) => a.measure_id === measure.id));
  const indicators = Array.from({ length: indicatorTotal }, (_, i) => {
    const rule = RULES[i % RULES.length];
    const unit = rule === CombineRule.AVERAGE ? IndicatorUnit.PERCENT : i % 7 === 3 ? IndicatorUnit.AMOUNT : IndicatorUnit.COUNT;
    const disaggregated = unit === IndicatorUnit.COUNT && i % 2 === 0;
    return {
      id: randomUUID(),
      measure_id: pick(assigned).id,
      code: `IND_${i + 1}`,
      name_az: `Göstərici ${i + 1}`,
      name_en: `Indicator ${i + 1}`,
      unit,
      currency: unit === IndicatorUnit.AMOUNT ? 'AZN' : null,
      combine_rule: rule,
      target: chance(0.8) ? int(10, 500) : null,
      dimensions: disaggregated
        ? [
            { code: 'sex', options: ['female', 'male'] },
            { code: 'citizenship', options: ['national', 'foreign'] },
          ]
        : [],
      sort_order: i,
    };
  });
  await bulkInsert(
    sql,
    'indicator',
    { id: 'uuid', measure_id: 'uuid', code: 'text', name_az: 'text', name_en: 'text', unit: 'text', currency: 'text', combine_rule: 'text', target: 'numeric', dimensions: 'jsonb', sort_order: 'int' },
    indicators,
  );

  const values: Record<string, unknown>[] = [];
  const reportsByMeasure = new Map<string, Record<string, unknown>[]>();
  for (const report of reports) {
    const list = reportsByMeasure.get(report['measure_id'] as string) ?? [];
    list.push(report);
    reportsByMeasure.set(report['measure_id'] as string, list);
  }
  for (const indicator of indicators) {
    for (const report of reportsByMeasure.get(indicator.measure_id) ?? []) {
      if (chance(0.15)) continue;
      const breakdown: { options: string[]; value: number }[] = [];
      let value: number | null;
      if (indicator.unit === IndicatorUnit.PERCENT) value = int(0, 10000) / 100;
      else if (indicator.unit === IndicatorUnit.AMOUNT) value = int(0, 5_000_000) / 100;
      else if (indicator.dimensions.length > 0) {
        // Small counts on purpose: suppression must hide them and their complements.
        const cells = [int(0, 3) === 0 ? int(1, 4) : int(0, 60), int(0, 2) === 0 ? int(1, 3) : int(0, 40), int(0, 5), int(0, 30)];
        const [femaleNational, femaleForeign, maleNational, maleForeign] = cells;
        breakdown.push(
          { options: ['sex:female', 'citizenship:national'], value: femaleNational },
          { options: ['citizenship:foreign', 'sex:female'], value: femaleForeign },
          { options: ['sex:male', 'citizenship:national'], value: maleNational },
          { options: ['sex:male', 'citizenship:foreign'], value: maleForeign },
          { options: ['sex:female'], value: femaleNational + femaleForeign },
          { options: ['sex:male'], value: maleNational + maleForeign },
        );
        value = cells.reduce((a, b) => a + b, 0);
      } else value = chance(0.05) ? null : int(0, 400);
      values.push({ id: randomUUID(), report_id: report['id'], indicator_id: indicator.id, value, breakdown });
    }
  }
  await bulkInsert(sql, 'indicator_value', { id: 'uuid', report_id: 'uuid', indicator_id: 'uuid', value: 'numeric', breakdown: 'jsonb' }, values);
  // Bulk rows bypass the API: compute the dashboard's rollups as the migration does.
  await rebuildRollups((text, params) => sql(text, params as unknown[]));

  return {
    planId,
    periods: periods.map(({ id, label }) => ({ id, label })),
    organizationIds: organizations.map((org) => org.id),
    topSectionIds,
    measureCount: measures.length,
  };
}
