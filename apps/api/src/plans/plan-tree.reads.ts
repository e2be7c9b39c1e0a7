import type { EntityManager } from 'typeorm';
import type { ReportStatus } from '@nap/domain';
import type { Organization } from '../organizations/models/organization.model';
import type { ProgressReport } from '../reporting/models/progress-report.model';
import type { Assignment, ReportingPeriod } from './models/plan.models';

/**
 * The plan tree's reads (the plan screen: sections, periods, measures, assignments with their
 * organisations, each assignment's report), written for its size: 500+ measures and 1,500+
 * assignments in one request.
 *
 * - Relations asked for in the same tick share one statement: the plan's sections, periods and
 *   measures are one `UNION ALL` of per-part `json_agg`s, a measure's assignments (with their
 *   organisations and those organisations' parents) and indicators another. A part not asked
 *   for is not read.
 * - Rows come back as the GraphQL models' plain objects (camelCase keys built in SQL), not as
 *   TypeORM entities: no hydration. Measures and reports carry only the fields the query selects
 *   (plus what their resolvers need): their long texts are read only when asked for.
 * - Each batch reads rows in proportion to its keys (`= ANY($n)` on indexed columns).
 */

/** A plan-level relation, loaded by plan id. */
export type PlanPart = 'sections' | 'periods' | 'measures';
/** A measure-level relation, loaded by measure id. */
export type MeasurePart = 'assignments' | 'indicators';

/** An assignment as the plan tree loads it: its organisation attached (shared objects). */
export interface TreeAssignment extends Assignment {
  organization: TreeOrganization;
  /**
   * Its reports of the periods the query asks `report(periodId)` for, read with it (null: no
   * report). A period missing here is loaded by the report loader.
   */
  reportsByPeriod?: Map<string, TreeReport | null>;
  /** The report fields read with them (a query asking for others loads the whole report). */
  reportFields?: LoadedFields;
}

/** Fields read, as the canonical list (reportFields) and as a set. */
export interface LoadedFields {
  list: string;
  set: ReadonlySet<string>;
}

/** Whether the fields read include those asked for (a canonical list). */
export function covers(loaded: LoadedFields, asked: string): boolean {
  if (asked === loaded.list) return true;
  for (const f of asked.split(',')) if (!loaded.set.has(f)) return false;
  return true;
}

/** An organisation with its parent attached when the parent was read in the same statement. */
export interface TreeOrganization extends Organization {
  parent?: TreeOrganization | null;
}

export type TreeReport = ProgressReport & { status: ReportStatus };

interface PartRow {
  part: string;
  key: string | null;
  rows: unknown[] | null;
}

const NATURAL_CODE_ORDER = `string_to_array(regexp_replace(m.code, '[^0-9.]', '', 'g'), '.')::int[] NULLS LAST, m.code`;

const PLAN_PART_SQL: Record<Exclude<PlanPart, 'measures'>, (param: string) => string> = {
  sections: (p) => `SELECT 'sections' AS part, s.plan_id AS key,
      json_agg(json_build_object('id', s.id, 'planId', s.plan_id, 'parentId', s.parent_id, 'code', s.code,
        'titleAz', s.title_az, 'titleEn', s.title_en, 'sortOrder', s.sort_order) ORDER BY s.sort_order, s.code) AS rows
    FROM plan_section s WHERE s.plan_id = ANY(${p}::uuid[]) GROUP BY s.plan_id`,
  periods: (p) => `SELECT 'periods' AS part, rp.plan_id AS key,
      json_agg(json_build_object('id', rp.id, 'planId', rp.plan_id, 'label', rp.label, 'startDate', rp.start_date,
        'endDate', rp.end_date, 'dueDate', rp.due_date, 'status', rp.status, 'closedAt', rp.closed_at,
        'version', rp.version) ORDER BY rp.start_date) AS rows
    FROM reporting_period rp WHERE rp.plan_id = ANY(${p}::uuid[]) GROUP BY rp.plan_id`,
};

/** The Measure fields the tree can read, and those its own resolvers need whatever is asked. */
const MEASURE_COLUMNS: Record<string, string> = {
  id: 'm.id',
  planId: 'm.plan_id',
  sectionId: 'm.section_id',
  code: 'm.code',
  titleAz: 'm.title_az',
  titleEn: 'm.title_en',
  descriptionAz: 'm.description_az',
  descriptionEn: 'm.description_en',
  startDate: 'm.start_date',
  dueDate: 'm.due_date',
  recurring: 'm.recurring',
  weight: 'm.weight',
  plannedBudget: 'm.planned_budget',
  budgetCurrency: 'm.budget_currency',
  fundingSource: 'm.funding_source',
  expectedResultAz: 'm.expected_result_az',
  expectedResultEn: 'm.expected_result_en',
  tags: 'm.tags',
  version: 'm.version',
};
const MEASURE_REQUIRED = ['id', 'planId', 'sectionId'];

/**
 * The measure columns to read for the fields a query selects (plus what the resolvers need), as
 * a canonical list: part of the loader key, so a later request for other fields is its own read.
 */
export function measureFields(selected: Iterable<string>): string {
  return fieldList(selected, MEASURE_COLUMNS, MEASURE_REQUIRED);
}

function fieldList(selected: Iterable<string>, columns: Record<string, string>, required: string[]): string {
  const fields = new Set(required);
  for (const f of selected) if (Object.prototype.hasOwnProperty.call(columns, f)) fields.add(f);
  return [...fields].sort().join(',');
}

const jsonObject = (fields: string, columns: Record<string, string>) =>
  `json_build_object(${fields
    .split(',')
    .map((f) => `'${f}', ${columns[f]}`)
    .join(', ')})`;

// Natural order of codes: 1.2 before 1.10.
const measuresSql = (part: string, fields: string, p: string) => `SELECT '${part}' AS part, m.plan_id AS key,
      json_agg(${jsonObject(fields, MEASURE_COLUMNS)} ORDER BY ${NATURAL_CODE_ORDER}) AS rows
    FROM measure m WHERE m.plan_id = ANY(${p}::uuid[]) GROUP BY m.plan_id`;

/** The ProgressReport fields the tree can read; timestamps travel as epoch milliseconds (cheap to turn into Dates). */
const REPORT_COLUMNS: Record<string, string> = {
  id: 'r.id',
  assignmentId: 'r.assignment_id',
  measureId: 'r.measure_id',
  organizationId: 'r.organization_id',
  periodId: 'r.period_id',
  status: 'r.status',
  implementationStatus: 'r.implementation_status',
  percentComplete: 'r.percent_complete',
  narrativeAz: 'r.narrative_az',
  narrativeEn: 'r.narrative_en',
  narrativeRu: 'r.narrative_ru',
  challenges: 'r.challenges',
  nextSteps: 'r.next_steps',
  expenditureAmount: 'r.expenditure_amount',
  expenditureCurrency: 'r.expenditure_currency',
  expenditureSource: 'r.expenditure_source',
  late: 'r.late',
  version: 'r.version',
  createdAt: '(extract(epoch FROM r.created_at) * 1000)::float8',
  updatedAt: '(extract(epoch FROM r.updated_at) * 1000)::float8',
  submittedAt: '(extract(epoch FROM r.submitted_at) * 1000)::float8',
  returnedAt: '(extract(epoch FROM r.returned_at) * 1000)::float8',
  acceptedAt: '(extract(epoch FROM r.accepted_at) * 1000)::float8',
  reopenedAt: '(extract(epoch FROM r.reopened_at) * 1000)::float8',
};
/** What the read rule and ProgressReport's own resolvers (values, period, measure, organisation, actions) need. */
const REPORT_REQUIRED = ['id', 'assignmentId', 'measureId', 'organizationId', 'periodId', 'status'];
const REPORT_TIMESTAMPS = ['createdAt', 'updatedAt', 'submittedAt', 'returnedAt', 'acceptedAt', 'reopenedAt'] as const;

/** The report columns to read for the fields a query selects under `report(periodId)`, canonical. */
export function reportFields(selected: Iterable<string>): string {
  return fieldList(selected, REPORT_COLUMNS, REPORT_REQUIRED);
}

function reportFromJson(json: Record<string, unknown>): TreeReport {
  for (const k of REPORT_TIMESTAMPS) if (typeof json[k] === 'number') json[k] = new Date(json[k] as number);
  return json as unknown as TreeReport;
}

const ORGANIZATION_JSON = (o: string) =>
  `json_build_object('id', ${o}.id, 'code', ${o}.code, 'nameAz', ${o}.name_az, 'nameEn', ${o}.name_en,
    'nameRu', ${o}.name_ru, 'acronym', ${o}.acronym, 'type', ${o}.type, 'parentId', ${o}.parent_id, 'version', ${o}.version)`;

/** Splits `part:id` loader keys into the ids asked for per part (a part may carry `~fields`). */
export function idsByPart<P extends string>(keys: readonly string[]): Map<P, string[]> {
  const byPart = new Map<P, string[]>();
  for (const key of keys) {
    const i = key.lastIndexOf(':');
    const part = key.slice(0, i) as P;
    const id = key.slice(i + 1);
    const list = byPart.get(part);
    if (list) list.push(id);
    else byPart.set(part, [id]);
  }
  return byPart;
}

/**
 * One statement for every plan-level relation asked for: `part:planId` keys, answered with
 * each key's rows in the API's order (an unknown plan gets an empty list).
 */
export async function loadPlanParts(db: EntityManager, keys: readonly string[]): Promise<unknown[][]> {
  const byPart = idsByPart<PlanPart>(keys);
  const selects: string[] = [];
  const params: string[][] = [];
  for (const [part, ids] of byPart) {
    params.push(ids);
    const p = `$${params.length}`;
    if (part.startsWith('measures~')) {
      // `measures~<fields>`: the list was built by measureFields, from known names only.
      const fields = part.slice('measures~'.length);
      if (fields !== measureFields(fields.split(','))) throw new Error(`bad measure fields ${fields}`);
      selects.push(measuresSql(part, fields, p));
      continue;
    }
    const sql = PLAN_PART_SQL[part as Exclude<PlanPart, 'measures'>];
    if (!sql) throw new Error(`unknown plan part ${part}`);
    selects.push(sql(p));
  }
  const found = new Map<string, unknown[]>();
  for (const row of (await db.query(selects.join('\nUNION ALL\n'), params)) as PartRow[]) {
    if (row.part === 'periods')
      for (const p of row.rows as ReportingPeriod[]) p.closedAt = p.closedAt === null ? null : new Date(p.closedAt);
    found.set(`${row.part}:${row.key}`, row.rows ?? []);
  }
  return keys.map((k) => found.get(k) ?? []);
}

export interface MeasurePartsOptions {
  /** Periods whose reports to read with the assignments (the query's `report(periodId)` arguments). */
  reportPeriods: readonly string[];
  /** Their fields (from reportFields). */
  reportFields: string;
  /** Receives the organisations read with the assignments, for the organisation loader. */
  prime: (organizations: TreeOrganization[]) => void;
}

/**
 * One statement for every measure-level relation asked for: `part:measureId` keys. Assignments
 * come with their organisation (and its parent) and their reports of `reportPeriods` attached,
 * read in the same statement; the organisations are handed to `prime` so the organisation
 * loader need not read them again.
 */
export async function loadMeasureParts(
  db: EntityManager,
  keys: readonly string[],
  { reportPeriods, reportFields: fields, prime }: MeasurePartsOptions,
): Promise<unknown[][]> {
  const byPart = idsByPart<MeasurePart>(keys);
  const selects: string[] = [];
  const params: string[][] = [];
  let cte = '';
  for (const [part, ids] of byPart) {
    params.push(ids);
    const p = `$${params.length}::uuid[]`;
    if (part === 'assignments') {
      cte = `WITH a AS (SELECT id, measure_id, organization_id, role, created_at FROM assignment WHERE measure_id = ANY(${p}))\n`;
      selects.push(
        `SELECT 'assignments' AS part, a.measure_id AS key,
           json_agg(json_build_object('id', a.id, 'measureId', a.measure_id, 'organizationId', a.organization_id, 'role', a.role)
             ORDER BY a.role, a.created_at, a.id) AS rows
         FROM a GROUP BY a.measure_id`,
        `SELECT 'organizations' AS part, NULL::uuid AS key, json_agg(${ORGANIZATION_JSON('o')}) AS rows
         FROM organization o
         WHERE o.id IN (SELECT organization_id FROM a)
            OR o.id IN (SELECT op.parent_id FROM organization op WHERE op.id IN (SELECT organization_id FROM a))`,
      );
      if (reportPeriods.length) {
        if (fields !== reportFields(fields.split(','))) throw new Error(`bad report fields ${fields}`);
        params.push([...reportPeriods]);
        selects.push(
          `SELECT 'reports' AS part, NULL::uuid AS key, json_agg(${jsonObject(fields, REPORT_COLUMNS)}) AS rows
           FROM progress_report r
           WHERE r.period_id = ANY($${params.length}::uuid[]) AND r.assignment_id IN (SELECT id FROM a)`,
        );
      }
    } else if (part === 'indicators') {
      selects.push(
        `SELECT 'indicators' AS part, i.measure_id AS key,
           json_agg(json_build_object('id', i.id, 'measureId', i.measure_id, 'code', i.code, 'nameAz', i.name_az,
             'nameEn', i.name_en, 'unit', i.unit, 'currency', i.currency, 'combineRule', i.combine_rule,
             'baseline', i.baseline, 'target', i.target, 'dimensions', i.dimensions) ORDER BY i.sort_order, i.code) AS rows
         FROM indicator i WHERE i.measure_id = ANY(${p}) GROUP BY i.measure_id`,
      );
    } else {
      throw new Error(`unknown measure part ${String(part)}`);
    }
  }
  const rows = (await db.query(cte + selects.join('\nUNION ALL\n'), params)) as PartRow[];
  const organizations = new Map<string, TreeOrganization>();
  for (const row of rows) {
    if (row.part === 'organizations')
      for (const o of (row.rows ?? []) as TreeOrganization[]) organizations.set(o.id, o);
  }
  if (organizations.size) {
    for (const o of organizations.values()) {
      if (!o.parentId) o.parent = null;
      else if (organizations.has(o.parentId)) o.parent = organizations.get(o.parentId);
    }
    prime([...organizations.values()]);
  }
  const reports = new Map<string, TreeReport>();
  const loadedFields: LoadedFields = { list: fields, set: new Set(fields.split(',')) };
  for (const row of rows) {
    if (row.part === 'reports') {
      for (const json of (row.rows ?? []) as Record<string, unknown>[]) {
        const r = reportFromJson(json);
        reports.set(`${r.assignmentId}|${r.periodId}`, r);
      }
    }
  }
  const found = new Map<string, unknown[]>();
  for (const row of rows) {
    if (row.part === 'organizations' || row.part === 'reports') continue;
    if (row.part === 'assignments') {
      for (const a of row.rows as TreeAssignment[]) {
        a.organization = organizations.get(a.organizationId) as TreeOrganization;
        if (reportPeriods.length) {
          a.reportsByPeriod = new Map(reportPeriods.map((p) => [p, reports.get(`${a.id}|${p}`) ?? null]));
          a.reportFields = loadedFields;
        }
      }
    }
    found.set(`${row.part}:${row.key}`, row.rows ?? []);
  }
  return keys.map((k) => found.get(k) ?? []);
}

/**
 * The reports of (assignment, period) pairs, one statement, every ProgressReport field as a
 * plain object. Keys are `assignmentId|periodId`; a pair without a report gets null.
 */
export async function loadReportsOfAssignments(
  db: EntityManager,
  keys: readonly string[],
): Promise<(TreeReport | null)[]> {
  const assignments = new Set<string>();
  const periods = new Set<string>();
  for (const key of keys) {
    const [assignmentId, periodId] = key.split('|');
    assignments.add(assignmentId);
    periods.add(periodId);
  }
  // Usually one period: the pairs are then exactly (assignment = ANY, period = …); with several
  // periods the superset is filtered by key below.
  const rows = (await db.query(
    `SELECT r.id, r.assignment_id AS "assignmentId", r.measure_id AS "measureId", r.organization_id AS "organizationId",
       r.period_id AS "periodId", r.status, r.implementation_status AS "implementationStatus",
       r.percent_complete::float8 AS "percentComplete", r.narrative_az AS "narrativeAz", r.narrative_en AS "narrativeEn",
       r.narrative_ru AS "narrativeRu", r.challenges, r.next_steps AS "nextSteps",
       r.expenditure_amount::float8 AS "expenditureAmount", r.expenditure_currency AS "expenditureCurrency",
       r.expenditure_source AS "expenditureSource", r.late, r.version, r.created_at AS "createdAt", r.updated_at AS "updatedAt",
       r.submitted_at AS "submittedAt", r.returned_at AS "returnedAt", r.accepted_at AS "acceptedAt", r.reopened_at AS "reopenedAt"
     FROM progress_report r
     WHERE r.period_id = ANY($2::uuid[]) AND r.assignment_id = ANY($1::uuid[])`,
    [[...assignments], [...periods]],
  )) as TreeReport[];
  const found = new Map<string, TreeReport>();
  for (const r of rows) found.set(`${r.assignmentId}|${r.periodId}`, r);
  return keys.map((k) => found.get(k) ?? null);
}
