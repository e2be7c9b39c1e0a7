import type { EntityManager } from 'typeorm';
import type { IndicatorDimension, IndicatorUnit, PeriodStatus } from '@nap/domain';
import { ProgressReportEntity } from './entities/progress-report.entity';
import type { BreakdownCell } from './entities/indicator-value.entity';
import { prepared } from '../database/prepared-statements';

/**
 * The statements of the deadline-rush write path (saveProgressReport, submitProgressReport), one
 * round trip each where TypeORM's repositories would take several: lookups merged into one
 * locked read, indicator values written in the same statement as their report, and every write
 * returning its row (RETURNING) instead of reading it again.
 */

type Row = Record<string, unknown>;

/** A row of progress_report (columns optionally prefixed) as the entity TypeORM would hydrate. */
export function hydrateReport(manager: EntityManager, row: Row, prefix = ''): ProgressReportEntity {
  const report = new ProgressReportEntity();
  const driver = manager.connection.driver;
  for (const column of manager.connection.getMetadata(ProgressReportEntity).columns) {
    (report as unknown as Row)[column.propertyName] = driver.prepareHydratedValue(row[`${prefix}${column.databaseName}`], column);
  }
  return report;
}

function reportColumns(manager: EntityManager, alias: string, prefix: string): string {
  return manager.connection
    .getMetadata(ProgressReportEntity)
    .columns.map((c) => `${alias}."${c.databaseName}" AS "${prefix}${c.databaseName}"`)
    .join(', ');
}

function columnOf(manager: EntityManager, property: string): string {
  const column = manager.connection.getMetadata(ProgressReportEntity).findColumnWithPropertyName(property);
  if (!column) throw new Error(`progress_report has no column for ${property}`);
  return column.databaseName;
}

export interface IndicatorForCheck {
  id: string;
  unit: IndicatorUnit;
  dimensions: IndicatorDimension[];
}

export interface SaveLookup {
  /** null: the organisation is not assigned to the measure (or the measure does not exist). */
  assignmentId: string | null;
  organizationId: string | null;
  /** null: no such period, or it belongs to another plan than the measure. */
  period: { id: string; status: PeriodStatus } | null;
  /** The report of the assignment in the period, locked until the transaction ends. */
  existing: ProgressReportEntity | null;
  indicators: IndicatorForCheck[];
}

/**
 * One statement: the assignment of (measure, organisation), the period (in the measure's plan),
 * the existing report locked FOR UPDATE, and, when values are given, the measure's indicators.
 */
export async function lookupForSave(manager: EntityManager, key: { measureId: string; organizationId: string; periodId: string }, withIndicators: boolean): Promise<SaveLookup> {
  const rows = (await manager.query(
    prepared(`WITH k AS (
       SELECT a.id AS assignment_id, a.organization_id, p.id AS period_id, p.status AS period_status
         FROM measure m
         LEFT JOIN assignment a ON a.measure_id = m.id AND a.organization_id = $2
         LEFT JOIN reporting_period p ON p.id = $3 AND p.plan_id = m.plan_id
        WHERE m.id = $1
     ), r AS (
       SELECT pr.* FROM progress_report pr JOIN k ON pr.assignment_id = k.assignment_id AND pr.period_id = k.period_id
          FOR UPDATE OF pr
     )
     SELECT k.*, ${reportColumns(manager, 'r', 'r_')}${
       withIndicators
         ? `, (SELECT coalesce(json_agg(json_build_object('id', i.id, 'unit', i.unit, 'dimensions', i.dimensions)), '[]'::json) FROM indicator i WHERE i.measure_id = $1) AS indicators`
         : ''
     }
       FROM k LEFT JOIN r ON true`),
    [key.measureId, key.organizationId, key.periodId],
  )) as Row[];
  const row = rows[0];
  if (!row) return { assignmentId: null, organizationId: null, period: null, existing: null, indicators: [] };
  return {
    assignmentId: (row['assignment_id'] as string | null) ?? null,
    organizationId: (row['organization_id'] as string | null) ?? null,
    period: row['period_id'] ? { id: row['period_id'] as string, status: row['period_status'] as PeriodStatus } : null,
    existing: row['r_id'] ? hydrateReport(manager, row, 'r_') : null,
    indicators: (row['indicators'] as IndicatorForCheck[] | undefined) ?? [],
  };
}

export interface ValueRow {
  indicatorId: string;
  value: number | null;
  breakdown: BreakdownCell[];
}

export type ReportFields = Pick<
  ProgressReportEntity,
  | 'implementationStatus'
  | 'percentComplete'
  | 'narrativeAz'
  | 'narrativeEn'
  | 'narrativeRu'
  | 'challenges'
  | 'nextSteps'
  | 'expenditureAmount'
  | 'expenditureCurrency'
  | 'expenditureSource'
>;

const FIELD_PROPERTIES: (keyof ReportFields)[] = [
  'implementationStatus',
  'percentComplete',
  'narrativeAz',
  'narrativeEn',
  'narrativeRu',
  'challenges',
  'nextSteps',
  'expenditureAmount',
  'expenditureCurrency',
  'expenditureSource',
];

const valueArrays = (values: ValueRow[]) => [values.map((v) => v.indicatorId), values.map((v) => v.value), values.map((v) => JSON.stringify(v.breakdown))];

/** One statement: the new report (RETURNING the stored row) and its indicator values (one multi-row INSERT). */
export async function insertReport(
  manager: EntityManager,
  report: ReportFields & Pick<ProgressReportEntity, 'assignmentId' | 'periodId' | 'measureId' | 'organizationId' | 'status' | 'createdBy' | 'updatedBy'>,
  values: ValueRow[],
): Promise<ProgressReportEntity> {
  const properties = [...FIELD_PROPERTIES, 'assignmentId', 'periodId', 'measureId', 'organizationId', 'status', 'createdBy', 'updatedBy'] as const;
  const columns = properties.map((p) => `"${columnOf(manager, p)}"`);
  const n = properties.length;
  const rows = (await manager.query(
    prepared(`WITH r AS (
       INSERT INTO progress_report (${columns.join(', ')}) VALUES (${properties.map((_, i) => `$${i + 1}`).join(', ')}) RETURNING *
     ), v AS (
       INSERT INTO indicator_value (report_id, indicator_id, value, breakdown)
       SELECT r.id, x.indicator_id, x.value, x.breakdown FROM r, unnest($${n + 1}::uuid[], $${n + 2}::numeric[], $${n + 3}::jsonb[]) AS x(indicator_id, value, breakdown)
     )
     SELECT * FROM r`),
    [...properties.map((p) => report[p]), ...valueArrays(values)],
  )) as Row[];
  return hydrateReport(manager, rows[0]);
}

/**
 * One statement: the report's fields at the expected version (RETURNING the stored row), its
 * indicator values upserted (a row per indicator keeps its id) and those no longer given removed.
 * null when the version did not match.
 */
export async function updateReport(manager: EntityManager, id: string, version: number, fields: ReportFields, updatedBy: string, values: ValueRow[]): Promise<ProgressReportEntity | null> {
  const n = FIELD_PROPERTIES.length;
  const rows = (await manager.query(
    prepared(`WITH r AS (
       UPDATE progress_report SET ${FIELD_PROPERTIES.map((p, i) => `"${columnOf(manager, p)}" = $${i + 1}`).join(', ')},
              version = version + 1, updated_at = now(), updated_by = $${n + 1}
        WHERE id = $${n + 2} AND version = $${n + 3}
       RETURNING *
     ), d AS (
       DELETE FROM indicator_value WHERE report_id IN (SELECT id FROM r) AND NOT (indicator_id = ANY($${n + 4}::uuid[]))
     ), v AS (
       INSERT INTO indicator_value (report_id, indicator_id, value, breakdown)
       SELECT r.id, x.indicator_id, x.value, x.breakdown FROM r, unnest($${n + 4}::uuid[], $${n + 5}::numeric[], $${n + 6}::jsonb[]) AS x(indicator_id, value, breakdown)
       ON CONFLICT (report_id, indicator_id) DO UPDATE SET value = EXCLUDED.value, breakdown = EXCLUDED.breakdown
     )
     SELECT * FROM r`),
    [...FIELD_PROPERTIES.map((p) => fields[p]), updatedBy, id, version, ...valueArrays(values)],
  )) as Row[];
  return rows[0] ? hydrateReport(manager, rows[0]) : null;
}

export interface TransitionLookup {
  report: ProgressReportEntity;
  period: { planId: string; status: PeriodStatus; dueDate: string };
  /** With an idempotency key: true when this request claimed it, false when it was already used. */
  keyClaimed: boolean;
}

/**
 * One statement: the report locked FOR UPDATE, with its period; with an idempotency key, the key
 * is claimed in the same statement (INSERT … ON CONFLICT DO NOTHING waits for a concurrent
 * request holding it, so a retry sees the first request's outcome, never a half-done one).
 */
export async function lockForTransition(manager: EntityManager, id: string, key: { userId: string; key: string; operation: string } | null): Promise<TransitionLookup | null> {
  const claim = key
    ? `WITH k AS (
         INSERT INTO idempotency_key (user_id, key, operation, entity_id) VALUES ($2, $3, $4, $1) ON CONFLICT DO NOTHING RETURNING 1
       ) `
    : '';
  const rows = (await manager.query(
    prepared(`${claim}SELECT r.*, p.plan_id AS "p_plan_id", p.status AS "p_status", p.due_date::text AS "p_due_date"${key ? ', (SELECT count(*) FROM k)::int AS "key_claimed"' : ''}
       FROM progress_report r JOIN reporting_period p ON p.id = r.period_id
      WHERE r.id = $1
        FOR UPDATE OF r`),
    key ? [id, key.userId, key.key, key.operation] : [id],
  )) as Row[];
  const row = rows[0];
  if (!row) return null;
  return {
    report: hydrateReport(manager, row),
    period: { planId: row['p_plan_id'] as string, status: row['p_status'] as PeriodStatus, dueDate: row['p_due_date'] as string },
    keyClaimed: key ? row['key_claimed'] === 1 : true,
  };
}

export interface SnapshotParts {
  indicatorValues: { indicatorId: string; value: number | null; breakdown: BreakdownCell[] }[];
  evidence: { id: string; kind: string; title: string; url: string | null; fileName: string | null; sha256: string | null }[];
}

/**
 * One statement: the transition's changes (RETURNING the stored row) and, for a submission, the
 * report's indicator values and evidence for its snapshot.
 */
export async function applyTransition(manager: EntityManager, id: string, changes: Partial<ProgressReportEntity>, withSnapshot: boolean): Promise<{ after: ProgressReportEntity; parts: SnapshotParts | null }> {
  const entries = Object.entries(changes).filter(([, v]) => v !== undefined);
  const n = entries.length;
  const rows = (await manager.query(
    prepared(`WITH r AS (
       UPDATE progress_report SET ${entries.map(([p], i) => `"${columnOf(manager, p)}" = $${i + 1}`).join(', ')}${n ? ', ' : ''}version = version + 1, updated_at = now()
        WHERE id = $${n + 1}
       RETURNING *
     )
     SELECT r.*${
       withSnapshot
         ? `,
            (SELECT coalesce(json_agg(json_build_object('indicatorId', v.indicator_id, 'value', v.value, 'breakdown', v.breakdown) ORDER BY v.indicator_id), '[]'::json)
               FROM indicator_value v WHERE v.report_id = r.id) AS "snapshot_values",
            (SELECT coalesce(json_agg(json_build_object('id', e.id, 'kind', e.kind, 'title', e.title, 'url', e.url, 'fileName', e.file_name, 'sha256', e.sha256) ORDER BY e.created_at, e.id), '[]'::json)
               FROM evidence e WHERE e.report_id = r.id) AS "snapshot_evidence"`
         : ''
     }
       FROM r`),
    [...entries.map(([, v]) => v), id],
  )) as Row[];
  const row = rows[0];
  return {
    after: hydrateReport(manager, row),
    parts: withSnapshot ? { indicatorValues: row['snapshot_values'] as SnapshotParts['indicatorValues'], evidence: row['snapshot_evidence'] as SnapshotParts['evidence'] } : null,
  };
}
