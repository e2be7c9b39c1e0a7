import { combinedIndicatorValuesSql, LATEST_ACCEPTED_AS_OF } from './completion.sql';

/**
 * The rollups behind the dashboard: what `planCompletion`, `reportingCompliance` and
 * `indicatorSummary` would otherwise recompute from every report of a plan on each request,
 * kept per period at the grain each query reads.
 *
 * | table                            | one row per                  | holds                                            |
 * |----------------------------------|------------------------------|--------------------------------------------------|
 * | `rollup_assignment_progress`     | period × assignment          | its latest accepted status and percent as of the period's end (no row: none) |
 * | `rollup_organization_compliance` | period × organisation        | expected, on time, late, missing, accepted, awaiting review (no row: nothing expected) |
 * | `rollup_indicator_value`         | period × indicator           | the accepted values combined by the indicator's rule, and the breakdown cells |
 *
 * Each rollup is defined once, as a SELECT over the raw tables restricted to a slice
 * ($1 plans, $2 periods, $3 a rollup's own key: assignments, organisations or measures; null
 * means all). The same SELECT backfills the migration, refreshes a slice in the transaction
 * of every change (`refreshSql`), and checks the whole table (`differencesSql`).
 */

export type RollupName = 'progress' | 'compliance' | 'indicators';

export interface RollupDefinition {
  name: RollupName;
  table: string;
  /** Primary key columns (period first). */
  keys: readonly string[];
  /** The other columns, compared and written. */
  values: readonly string[];
  /** The slice column of $3. */
  sliceColumn: string;
  /** SELECT of every key and value column of the slice. */
  compute: string;
}

/** A part of a rollup: null or absent means every plan / period / key. */
export interface RollupSlice {
  planIds?: readonly string[] | null;
  periodIds?: readonly string[] | null;
  /** Assignments (progress), organisations (compliance) or measures (indicators). */
  keyIds?: readonly string[] | null;
}

const inSlice = (column: string, param: number) => `($${param}::uuid[] IS NULL OR ${column} = ANY($${param}::uuid[]))`;

/** Latest accepted progress of every assignment as of every period of its plan. */
const PROGRESS: RollupDefinition = {
  name: 'progress',
  table: 'rollup_assignment_progress',
  keys: ['period_id', 'assignment_id'],
  values: ['plan_id', 'implementation_status', 'percent_complete'],
  sliceColumn: 'assignment_id',
  compute: `
SELECT p.id AS period_id, a.id AS assignment_id, m.plan_id, l.implementation_status, l.percent_complete
FROM assignment a
JOIN measure m ON m.id = a.measure_id
JOIN reporting_period p ON p.plan_id = m.plan_id
CROSS JOIN LATERAL (${LATEST_ACCEPTED_AS_OF}
) l
WHERE ${inSlice('m.plan_id', 1)} AND ${inSlice('p.id', 2)} AND ${inSlice('a.id', 3)}`,
};

/** Which accepted report of an earlier period speaks last for an assignment (`before` in `bp`). */
const CLOSED_BEFORE_ORDER = 'bp.end_date DESC, bp.start_date DESC, before.accepted_at DESC NULLS LAST, before.id';

/**
 * Reporting compliance per organisation and period.
 *
 * Expected: one report per assignment whose measure runs during the period (start ≤ period
 * end, due ≥ period start) and that was not already closed by an accepted COMPLETED or
 * CANCELLED report of an earlier period — plus any assignment that did submit for the
 * period anyway. On time / late: by the *first* submission (report_event SUBMIT, else
 * submitted_at), so a report returned for correction does not turn late; the due date is
 * inclusive to 23:59:59.999 UTC (`isLate` of @nap/domain). Submitted but not yet accepted
 * counts as submitted. Missing: never submitted.
 */
const COMPLIANCE: RollupDefinition = {
  name: 'compliance',
  table: 'rollup_organization_compliance',
  keys: ['period_id', 'organization_id'],
  values: ['plan_id', 'expected', 'on_time', 'late', 'missing', 'accepted', 'awaiting_review'],
  sliceColumn: 'organization_id',
  compute: `
WITH
  slice AS (
    SELECT a.id AS assignment_id, a.organization_id, m.plan_id, m.start_date, m.due_date,
      p.id AS period_id, p.start_date AS period_start, p.end_date AS period_end,
      ((p.due_date + 1)::timestamp AT TIME ZONE 'UTC') AS due_end
    FROM assignment a
    JOIN measure m ON m.id = a.measure_id
    JOIN reporting_period p ON p.plan_id = m.plan_id
    WHERE ${inSlice('m.plan_id', 1)} AND ${inSlice('p.id', 2)} AND ${inSlice('a.organization_id', 3)}
  ),
  -- the assignment's latest accepted report of a period that ended before the period started
  closed_before AS (
    SELECT DISTINCT ON (before.assignment_id, p.id) before.assignment_id, p.id AS period_id, before.implementation_status
    FROM progress_report before
    JOIN reporting_period bp ON bp.id = before.period_id
    JOIN reporting_period p ON p.plan_id = bp.plan_id AND bp.end_date < p.start_date
    WHERE before.status = 'ACCEPTED'
      AND ${inSlice('bp.plan_id', 1)} AND ${inSlice('p.id', 2)} AND ${inSlice('before.organization_id', 3)}
    ORDER BY before.assignment_id, p.id, ${CLOSED_BEFORE_ORDER}
  ),
  items AS (
    SELECT s.period_id, s.organization_id, s.plan_id, pr.status, s.due_end,
      COALESCE(fs.at, pr.submitted_at) AS submitted_at,
      (s.start_date <= s.period_end AND s.due_date >= s.period_start
        AND COALESCE(cb.implementation_status NOT IN ('COMPLETED', 'CANCELLED'), true)) AS running
    FROM slice s
    -- LIMIT 1: one index probe an item, never a scan of every report
    LEFT JOIN LATERAL (
      SELECT r.id, r.status, r.submitted_at FROM progress_report r
      WHERE r.assignment_id = s.assignment_id AND r.period_id = s.period_id LIMIT 1
    ) pr ON true
    LEFT JOIN LATERAL (
      SELECT MIN(e.at) AS at FROM report_event e WHERE e.report_id = pr.id AND e.action = 'SUBMIT'
    ) fs ON true
    LEFT JOIN closed_before cb ON cb.assignment_id = s.assignment_id AND cb.period_id = s.period_id
  )
SELECT period_id, organization_id, plan_id,
  COUNT(*)::int AS expected,
  COUNT(*) FILTER (WHERE submitted_at < due_end)::int AS on_time,
  COUNT(*) FILTER (WHERE submitted_at >= due_end)::int AS late,
  COUNT(*) FILTER (WHERE submitted_at IS NULL)::int AS missing,
  COUNT(*) FILTER (WHERE status = 'ACCEPTED')::int AS accepted,
  COUNT(*) FILTER (WHERE status = 'SUBMITTED')::int AS awaiting_review
FROM items
WHERE running OR submitted_at IS NOT NULL
GROUP BY period_id, organization_id, plan_id`,
};

/** Accepted indicator values of every period, combined across organisations. */
const INDICATORS: RollupDefinition = {
  name: 'indicators',
  table: 'rollup_indicator_value',
  keys: ['period_id', 'indicator_id'],
  values: ['plan_id', 'measure_id', 'value', 'breakdown'],
  sliceColumn: 'measure_id',
  compute: `
WITH
  accepted AS (
    SELECT iv.indicator_id, pr.period_id, m.plan_id, i.measure_id, i.combine_rule, iv.value, iv.breakdown
    FROM indicator_value iv
    JOIN progress_report pr ON pr.id = iv.report_id
    JOIN indicator i ON i.id = iv.indicator_id
    JOIN measure m ON m.id = i.measure_id
    WHERE pr.status = 'ACCEPTED' AND ${inSlice('m.plan_id', 1)} AND ${inSlice('pr.period_id', 2)} AND ${inSlice('i.measure_id', 3)}
  ),
  ${combinedIndicatorValuesSql(['plan_id', 'measure_id'])}
SELECT period_id, indicator_id, plan_id, measure_id, value, breakdown FROM combined`,
};

export const ROLLUPS: readonly RollupDefinition[] = [PROGRESS, COMPLIANCE, INDICATORS];
export const ROLLUP = { progress: PROGRESS, compliance: COMPLIANCE, indicators: INDICATORS } as const;

/** Parameters of a slice, in the order of `compute`, `refreshSql` and `differencesSql`. */
export function sliceParams(slice: RollupSlice = {}): (readonly string[] | null)[] {
  return [slice.planIds ?? null, slice.periodIds ?? null, slice.keyIds ?? null];
}

/**
 * One statement that makes the slice of the rollup equal to its computation: rows no longer
 * computed are deleted, the others inserted or updated (only when a value differs). Returns
 * how many rows it removed and wrote.
 */
export function refreshSql(r: RollupDefinition): string {
  const columns = [...r.keys, ...r.values];
  const sameKey = r.keys.map((k) => `f.${k} = t.${k}`).join(' AND ');
  return `
WITH
  fresh AS (${r.compute}
  ),
  removed AS (
    DELETE FROM ${r.table} t
    WHERE ${inSlice('t.plan_id', 1)} AND ${inSlice('t.period_id', 2)} AND ${inSlice(`t.${r.sliceColumn}`, 3)}
      AND NOT EXISTS (SELECT 1 FROM fresh f WHERE ${sameKey})
    RETURNING 1
  ),
  written AS (
    INSERT INTO ${r.table} AS t (${columns.join(', ')})
    SELECT ${columns.join(', ')} FROM fresh
    ON CONFLICT (${r.keys.join(', ')}) DO UPDATE SET ${r.values.map((v) => `${v} = EXCLUDED.${v}`).join(', ')}
    WHERE (${r.values.map((v) => `t.${v}`).join(', ')}) IS DISTINCT FROM (${r.values.map((v) => `EXCLUDED.${v}`).join(', ')})
    RETURNING 1
  )
SELECT (SELECT count(*) FROM removed)::int AS removed, (SELECT count(*) FROM written)::int AS written`;
}

/**
 * The rows of the slice where the rollup and its computation differ: `stored` null means the
 * row is missing, `expected` null means it should not be there.
 */
export function differencesSql(r: RollupDefinition): string {
  const sameKey = r.keys.map((k) => `f.${k} = t.${k}`).join(' AND ');
  const object = (alias: string) => `jsonb_build_object(${r.values.map((v) => `'${v}', ${alias}.${v}`).join(', ')})`;
  return `
WITH
  fresh AS (${r.compute}
  ),
  stored AS (
    SELECT * FROM ${r.table} t
    WHERE ${inSlice('t.plan_id', 1)} AND ${inSlice('t.period_id', 2)} AND ${inSlice(`t.${r.sliceColumn}`, 3)}
  )
SELECT ${r.keys.map((k) => `COALESCE(f.${k}, t.${k}) AS ${k}`).join(', ')},
  CASE WHEN t.${r.keys[0]} IS NULL THEN NULL ELSE ${object('t')} END AS stored,
  CASE WHEN f.${r.keys[0]} IS NULL THEN NULL ELSE ${object('f')} END AS expected
FROM fresh f FULL JOIN stored t ON ${sameKey}
WHERE f.${r.keys[0]} IS NULL OR t.${r.keys[0]} IS NULL
   OR (${r.values.map((v) => `t.${v}`).join(', ')}) IS DISTINCT FROM (${r.values.map((v) => `f.${v}`).join(', ')})
ORDER BY 1, 2`;
}

/**
 * One statement that moves an organisation's compliance in one period by what a submission or
 * a return of one report changed, instead of recomputing the organisation's period (the
 * deadline rush's hot path: one item read, not every assignment of the organisation and its
 * accepted history). Each report is one item of COMPLIANCE; a submission or a return changes
 * only that item, so the row moves by (item after − item before):
 * - awaiting review and accepted by the change of status ($3, $4: −1, 0 or +1);
 * - a first submission ($2) turns the item submitted, on time or late by `submitted_at`
 *   against the period's due date as COMPLIANCE judges it; before, it counted (as missing)
 *   only if running: the measure runs during the period and no earlier accepted report closed
 *   it (COMPLIANCE's `closed_before`, for one assignment).
 * A resubmission or a return keeps the item's submission time: only its status moves.
 * No row means every count is 0, so inserting the change is the same as adding it; a
 * submission or return never lowers `expected`, so no row has to go. The caller holds the
 * organisation's slice lock (shared: changes of one organisation add up in any order, while a
 * recomputation of the slice waits for them and they for it).
 * $1 report, $2 first submission, $3 awaiting-review change, $4 accepted change.
 */
export const COMPLIANCE_ITEM_CHANGE_SQL = `
WITH
  item AS (
    SELECT r.period_id, r.organization_id, m.plan_id,
      r.submitted_at >= ((p.due_date + 1)::timestamp AT TIME ZONE 'UTC') AS late,
      (m.start_date <= p.end_date AND m.due_date >= p.start_date
        AND COALESCE((
          SELECT before.implementation_status NOT IN ('COMPLETED', 'CANCELLED')
          FROM progress_report before
          JOIN reporting_period bp ON bp.id = before.period_id
          WHERE before.assignment_id = r.assignment_id AND before.status = 'ACCEPTED'
            AND bp.plan_id = p.plan_id AND bp.end_date < p.start_date
          ORDER BY ${CLOSED_BEFORE_ORDER}
          LIMIT 1), true)) AS running
    FROM progress_report r
    JOIN assignment a ON a.id = r.assignment_id
    JOIN measure m ON m.id = a.measure_id
    JOIN reporting_period p ON p.id = r.period_id
    WHERE r.id = $1
  ),
  changed AS (
    INSERT INTO ${COMPLIANCE.table} AS t (period_id, organization_id, plan_id, expected, on_time, late, missing, accepted, awaiting_review)
    SELECT period_id, organization_id, plan_id,
      CASE WHEN $2 AND NOT running THEN 1 ELSE 0 END,
      CASE WHEN $2 AND NOT late THEN 1 ELSE 0 END,
      CASE WHEN $2 AND late THEN 1 ELSE 0 END,
      CASE WHEN $2 AND running THEN -1 ELSE 0 END,
      $4::int, $3::int
    FROM item
    ON CONFLICT (period_id, organization_id) DO UPDATE SET
      expected = t.expected + EXCLUDED.expected,
      on_time = t.on_time + EXCLUDED.on_time,
      late = t.late + EXCLUDED.late,
      missing = t.missing + EXCLUDED.missing,
      accepted = t.accepted + EXCLUDED.accepted,
      awaiting_review = t.awaiting_review + EXCLUDED.awaiting_review
    RETURNING 1
  )
SELECT (SELECT count(*) FROM changed)::int AS written`;
