/**
 * The completion figures of DOMAIN.md ("How completion is computed") as SQL aggregation over
 * whole plans: one statement per question, no rows looped over in Node. The rules are those
 * of `@nap/domain` (completion.ts, indicators.ts); `completion.int-spec.ts` checks on
 * generated data that both give the same figures to the last decimal.
 *
 * Arithmetic is done in `numeric` (exact sums, 16+ significant digits in quotients) and
 * rounded once, at exposure, by `roundSql` — the SQL twin of the domain's `roundTo`.
 */

/**
 * `roundTo(x, decimals)` of @nap/domain in SQL: first cut to 15 significant digits (what a
 * double holds, and what `roundTo` does with `toPrecision(15)`), then ROUND, which on
 * numeric is half away from zero. Without the first step a quotient such as 100/3 carried
 * into a mean could land a hair below a tie in numeric and a hair above it in a double.
 * `expr` is evaluated several times: pass a column or a cheap expression.
 */
export function roundSql(expr: string, decimals: number): string {
  const x = `(${expr})::numeric`;
  return `(CASE WHEN ${x} = 0 THEN 0::numeric ELSE ROUND(ROUND(${x}, ${significantScale(x)}), ${decimals}) END)`;
}

/**
 * Decimal places that keep 15 significant digits of `x`. The magnitude is taken from the
 * float8 logarithm: numeric LOG is ~15× slower, and where the two disagree (x a hair below a
 * power of ten) both scales round x to that same power of ten.
 */
function significantScale(x: string): string {
  return `(14 - FLOOR(LOG(ABS(${x}::float8))))::int`;
}

/** 15 significant digits, no further rounding: `withoutNoise` of @nap/domain (AVERAGE values). */
export function significantSql(expr: string): string {
  const x = `(${expr})::numeric`;
  return `(CASE WHEN ${x} = 0 THEN 0::numeric ELSE ROUND(${x}, ${significantScale(x)}) END)`;
}

/**
 * The latest ACCEPTED report of every assignment of plan $1 among the periods that end on or
 * before the chosen period's end (`as_of`). Two periods ending the same day (a year and its
 * last quarter) resolve to the shorter one, then the later acceptance.
 */
const LATEST_ACCEPTED = `
  latest AS (
    SELECT DISTINCT ON (pr.assignment_id) pr.assignment_id, pr.implementation_status, pr.percent_complete
    FROM progress_report pr
    JOIN reporting_period rp ON rp.id = pr.period_id
    WHERE rp.plan_id = $1 AND pr.status = 'ACCEPTED' AND rp.end_date <= (SELECT as_of FROM chosen)
    ORDER BY pr.assignment_id, rp.end_date DESC, rp.start_date DESC, pr.accepted_at DESC NULLS LAST, pr.id
  )`;

/** Every (ancestor, descendant-or-self) pair of the sections of plan $1. */
const SECTION_TREE = `
  tree AS (
    SELECT id AS ancestor_id, id AS section_id FROM plan_section WHERE plan_id = $1
    UNION ALL
    SELECT tree.ancestor_id, child.id FROM tree JOIN plan_section child ON child.parent_id = tree.section_id
  )`;

/**
 * Plan completion as of period $2. Parameters: $1 plan, $2 period, $3 LEAD weight,
 * $4 PARTNER weight, $5 section (its subtree only) or null, $6 organisation (only the
 * measures it is assigned to, and only its own row by organisation) or null.
 *
 * - assignment completion: latest accepted report (0 if none, 100 if COMPLETED, else the
 *   percent clamped to 0–100);
 * - measure completion: mean of its assignments weighted by role, null without assignments;
 *   cancelled when its LEAD's latest accepted status is CANCELLED;
 * - section / plan: mean of measure completions weighted by measure weight, leaving out
 *   cancelled measures and those without assignments; a section includes its subsections;
 * - organisation: plain mean over its assignments of measures that are not cancelled;
 * - RAG from the exposed (rounded) completion and expected progress.
 */
export const PLAN_COMPLETION_SQL = `
WITH RECURSIVE
  chosen AS (SELECT end_date AS as_of FROM reporting_period WHERE id = $2 AND plan_id = $1),
  ${SECTION_TREE},
  scope_sections AS (SELECT DISTINCT section_id FROM tree WHERE $5::uuid IS NULL OR ancestor_id = $5::uuid),
  ${LATEST_ACCEPTED},
  measures AS (
    SELECT m.id, m.code, m.title_az, m.title_en, m.section_id, m.weight, m.start_date, m.due_date
    FROM measure m
    WHERE m.plan_id = $1
      AND m.section_id IN (SELECT section_id FROM scope_sections)
      AND ($6::uuid IS NULL OR EXISTS (
        SELECT 1 FROM assignment own WHERE own.measure_id = m.id AND own.organization_id = $6::uuid))
  ),
  assignments AS (
    SELECT a.id, a.measure_id, a.organization_id, a.role, l.implementation_status,
      CASE WHEN l.assignment_id IS NULL THEN 0::numeric
           WHEN l.implementation_status = 'COMPLETED' THEN 100::numeric
           ELSE LEAST(100::numeric, GREATEST(0::numeric, l.percent_complete)) END AS completion,
      CASE WHEN a.role = 'LEAD' THEN $3::numeric ELSE $4::numeric END AS role_weight
    FROM assignment a
    JOIN measures m ON m.id = a.measure_id
    LEFT JOIN latest l ON l.assignment_id = a.id
  ),
  per_measure AS (
    SELECT measure_id,
      SUM(completion * role_weight) / NULLIF(SUM(role_weight), 0) AS completion,
      COALESCE(BOOL_OR(role = 'LEAD' AND implementation_status = 'CANCELLED'), false) AS cancelled,
      MAX(implementation_status) FILTER (WHERE role = 'LEAD') AS lead_status,
      COUNT(*)::int AS assignment_count,
      COUNT(implementation_status) > 0 AS reported
    FROM assignments GROUP BY measure_id
  ),
  measure_figures AS (
    SELECT m.*, p.completion, COALESCE(p.cancelled, false) AS cancelled, p.lead_status,
      COALESCE(p.assignment_count, 0) AS assignment_count, COALESCE(p.reported, false) AS reported,
      (SELECT as_of FROM chosen) AS as_of,
      CASE WHEN m.due_date - m.start_date <= 0
           THEN CASE WHEN (SELECT as_of FROM chosen) < m.due_date THEN 0::numeric ELSE 100::numeric END
           ELSE LEAST(100::numeric, GREATEST(0::numeric,
             ((SELECT as_of FROM chosen) - m.start_date)::numeric / (m.due_date - m.start_date) * 100))
      END AS expected
    FROM measures m LEFT JOIN per_measure p ON p.measure_id = m.id
  ),
  measure_exposed AS (
    SELECT f.*,
      ${roundSql('COALESCE(f.completion, 0)', 2)} AS completion_2,
      ${roundSql('f.expected', 2)} AS expected_2,
      NOT f.cancelled AND f.completion IS NOT NULL AS counted
    FROM measure_figures f
  ),
  measure_rag AS (
    SELECT e.*,
      COALESCE(e.lead_status = 'COMPLETED', false) OR e.completion_2 >= 100 AS done,
      CASE WHEN e.lead_status = 'COMPLETED' OR e.completion_2 >= 100 THEN 'GREEN'
           WHEN e.as_of > e.due_date THEN 'RED'
           WHEN e.completion_2 >= e.expected_2 - 10 THEN 'GREEN'
           WHEN e.completion_2 >= e.expected_2 - 25 THEN 'AMBER'
           ELSE 'RED' END AS rag
    FROM measure_exposed e
  ),
  section_figures AS (
    SELECT t.ancestor_id AS id,
      SUM(r.completion * r.weight) FILTER (WHERE r.counted)
        / NULLIF(SUM(r.weight) FILTER (WHERE r.counted), 0) AS completion,
      COUNT(r.id)::int AS measure_count
    FROM tree t
    JOIN scope_sections s ON s.section_id = t.ancestor_id
    LEFT JOIN measure_rag r ON r.section_id = t.section_id
    GROUP BY t.ancestor_id
  ),
  organization_figures AS (
    SELECT a.organization_id AS id,
      AVG(a.completion) FILTER (WHERE NOT r.cancelled) AS completion,
      COUNT(*)::int AS assignment_count
    FROM assignments a JOIN measure_rag r ON r.id = a.measure_id
    WHERE $6::uuid IS NULL OR a.organization_id = $6::uuid
    GROUP BY a.organization_id
  ),
  plan_figure AS (
    SELECT SUM(completion * weight) FILTER (WHERE counted) / NULLIF(SUM(weight) FILTER (WHERE counted), 0) AS completion
    FROM measure_rag
  )
SELECT
  (SELECT as_of FROM chosen)::text AS "asOf",
  (SELECT ${roundSql('completion', 2)} FROM plan_figure) AS "percent",
  (SELECT COALESCE(json_agg(json_build_object(
      'measureId', r.id, 'code', r.code, 'titleAz', r.title_az, 'titleEn', r.title_en,
      'sectionId', r.section_id, 'weight', r.weight, 'startDate', r.start_date, 'dueDate', r.due_date,
      'completion', CASE WHEN r.completion IS NULL THEN NULL ELSE r.completion_2 END,
      'expectedProgress', r.expected_2, 'rag', r.rag, 'implementationStatus', r.lead_status,
      'overdue', r.as_of > r.due_date AND NOT r.done AND NOT r.cancelled,
      'cancelled', r.cancelled, 'reported', r.reported, 'assignmentCount', r.assignment_count
    ) ORDER BY r.code), '[]'::json) FROM measure_rag r) AS "measures",
  (SELECT COALESCE(json_agg(json_build_object(
      'id', s.id, 'parentId', CASE WHEN s.id = $5::uuid THEN NULL ELSE s.parent_id END,
      'code', s.code, 'titleAz', s.title_az, 'titleEn', s.title_en, 'sortOrder', s.sort_order,
      'percent', ${roundSql('f.completion', 2)}, 'measureCount', f.measure_count
    ) ORDER BY s.sort_order, s.code), '[]'::json)
    FROM section_figures f JOIN plan_section s ON s.id = f.id) AS "sections",
  (SELECT COALESCE(json_agg(json_build_object(
      'id', o.id, 'code', o.code, 'nameAz', o.name_az, 'nameEn', o.name_en,
      'percent', ${roundSql('f.completion', 2)}, 'assignmentCount', f.assignment_count
    ) ORDER BY o.code), '[]'::json)
    FROM organization_figures f JOIN organization o ON o.id = f.id) AS "organizations",
  (SELECT COALESCE(json_object_agg(status, n), '{}'::json) FROM (
      SELECT COALESCE(lead_status, 'NOT_REPORTED') AS status, COUNT(*)::int AS n FROM measure_rag GROUP BY 1
    ) counts) AS "byStatus",
  -- Cancelled measures keep a colour but stay out of the RAG counts (domain README).
  (SELECT COALESCE(json_object_agg(rag, n), '{}'::json) FROM (
      SELECT rag, COUNT(*)::int AS n FROM measure_rag WHERE NOT cancelled GROUP BY 1
    ) counts) AS "byRag"
`;

/**
 * Reporting compliance in period $2 of plan $1, per organisation ($3: one organisation or null).
 *
 * Expected: one report per assignment whose measure runs during the period (start ≤ period
 * end, due ≥ period start) and that was not already closed by an accepted COMPLETED or
 * CANCELLED report of an earlier period — plus any assignment that did submit for the
 * period anyway. On time / late: by the *first* submission (report_event SUBMIT, else
 * submitted_at), so a report returned for correction does not turn late; the due date is
 * inclusive to 23:59:59.999 UTC (`isLate` of @nap/domain). Submitted but not yet accepted
 * counts as submitted. Missing: never submitted. The last row (`isTotal`) is the plan total.
 */
export const REPORTING_COMPLIANCE_SQL = `
WITH
  chosen AS (SELECT id, start_date, end_date, due_date FROM reporting_period WHERE id = $2 AND plan_id = $1),
  closed_before AS (
    SELECT DISTINCT ON (pr.assignment_id) pr.assignment_id, pr.implementation_status
    FROM progress_report pr
    JOIN reporting_period rp ON rp.id = pr.period_id
    WHERE rp.plan_id = $1 AND pr.status = 'ACCEPTED' AND rp.end_date < (SELECT start_date FROM chosen)
    ORDER BY pr.assignment_id, rp.end_date DESC, rp.start_date DESC, pr.accepted_at DESC NULLS LAST, pr.id
  ),
  first_submission AS (
    SELECT e.report_id, MIN(e.at) AS at
    FROM report_event e JOIN progress_report pr ON pr.id = e.report_id
    WHERE pr.period_id = $2 AND e.action = 'SUBMIT'
    GROUP BY e.report_id
  ),
  items AS (
    SELECT a.organization_id, pr.status,
      COALESCE(fs.at, pr.submitted_at) AS submitted_at,
      (m.start_date <= c.end_date AND m.due_date >= c.start_date
        AND COALESCE(cb.implementation_status NOT IN ('COMPLETED', 'CANCELLED'), true)) AS running
    FROM assignment a
    JOIN measure m ON m.id = a.measure_id AND m.plan_id = $1
    CROSS JOIN chosen c
    LEFT JOIN progress_report pr ON pr.assignment_id = a.id AND pr.period_id = c.id
    LEFT JOIN first_submission fs ON fs.report_id = pr.id
    LEFT JOIN closed_before cb ON cb.assignment_id = a.id
    WHERE $3::uuid IS NULL OR a.organization_id = $3::uuid
  ),
  expected AS (
    SELECT i.*,
      i.submitted_at IS NOT NULL
        AND i.submitted_at < (((SELECT due_date FROM chosen) + 1)::timestamp AT TIME ZONE 'UTC') AS on_time
    FROM items i
    WHERE i.running OR i.submitted_at IS NOT NULL
  ),
  per_organization AS (
    SELECT organization_id,
      COUNT(*)::int AS expected,
      COUNT(*) FILTER (WHERE on_time)::int AS on_time,
      COUNT(*) FILTER (WHERE submitted_at IS NOT NULL AND NOT on_time)::int AS late,
      COUNT(*) FILTER (WHERE submitted_at IS NULL)::int AS missing,
      COUNT(*) FILTER (WHERE status = 'ACCEPTED')::int AS accepted,
      COUNT(*) FILTER (WHERE status = 'SUBMITTED')::int AS awaiting_review,
      GROUPING(organization_id) = 1 AS is_total
    FROM expected GROUP BY ROLLUP (organization_id)
  )
SELECT o.id, o.code, o.name_az AS "nameAz", o.name_en AS "nameEn", p.is_total AS "isTotal",
  p.expected, p.on_time AS "onTime", p.late, p.missing, p.accepted, p.awaiting_review AS "awaitingReview",
  ${roundSql('p.on_time::numeric / NULLIF(p.expected, 0) * 100', 2)} AS "timelinessPercent"
FROM per_organization p LEFT JOIN organization o ON o.id = p.organization_id
ORDER BY p.is_total, o.code
`;

/**
 * Indicator figures of plan $1 for period $2: each indicator's accepted values of the period
 * combined across organisations by its rule (SUM, MAX, AVERAGE; LATEST within one period is
 * the largest value, as `combine` of @nap/domain resolves a tie of dates), the same for the
 * previous period of the same length ending before this one starts, and every breakdown cell
 * combined the same way. $3 section subtree or null; $4 organisation or null (its measures
 * and only its own values).
 */
export const INDICATOR_SUMMARY_SQL = `
WITH RECURSIVE
  chosen AS (SELECT id, start_date, end_date FROM reporting_period WHERE id = $2 AND plan_id = $1),
  previous AS (
    SELECT p.id, p.label FROM reporting_period p, chosen c
    WHERE p.plan_id = $1 AND p.end_date < c.start_date
      AND age(p.end_date + 1, p.start_date) = age(c.end_date + 1, c.start_date)
    ORDER BY p.end_date DESC LIMIT 1
  ),
  ${SECTION_TREE},
  scope_sections AS (SELECT DISTINCT section_id FROM tree WHERE $3::uuid IS NULL OR ancestor_id = $3::uuid),
  indicators AS (
    SELECT i.*, m.code AS measure_code, s.sort_order AS section_order
    FROM indicator i
    JOIN measure m ON m.id = i.measure_id
    JOIN plan_section s ON s.id = m.section_id
    WHERE m.plan_id = $1 AND m.section_id IN (SELECT section_id FROM scope_sections)
      AND ($4::uuid IS NULL OR EXISTS (
        SELECT 1 FROM assignment own WHERE own.measure_id = m.id AND own.organization_id = $4::uuid))
  ),
  accepted_values AS (
    SELECT iv.indicator_id, pr.period_id, iv.value, iv.breakdown
    FROM indicator_value iv
    JOIN progress_report pr ON pr.id = iv.report_id
    WHERE pr.status = 'ACCEPTED'
      AND pr.period_id IN (SELECT id FROM chosen UNION ALL SELECT id FROM previous)
      AND iv.indicator_id IN (SELECT id FROM indicators)
      AND ($4::uuid IS NULL OR pr.organization_id = $4::uuid)
  ),
  totals AS (
    SELECT v.indicator_id, v.period_id,
      CASE i.combine_rule
        WHEN 'SUM' THEN SUM(v.value)
        WHEN 'AVERAGE' THEN ${significantSql('AVG(v.value)')}
        ELSE MAX(v.value) END AS value
    FROM accepted_values v JOIN indicators i ON i.id = v.indicator_id
    WHERE v.value IS NOT NULL
    GROUP BY v.indicator_id, v.period_id, i.combine_rule
  ),
  cells AS (
    SELECT v.indicator_id,
      ARRAY(SELECT option FROM jsonb_array_elements_text(cell -> 'options') option ORDER BY option) AS options,
      (cell ->> 'value')::numeric AS value
    FROM accepted_values v CROSS JOIN LATERAL jsonb_array_elements(v.breakdown) cell
    WHERE v.period_id = (SELECT id FROM chosen) AND cell ->> 'value' IS NOT NULL
  ),
  cell_totals AS (
    SELECT c.indicator_id, c.options,
      CASE i.combine_rule
        WHEN 'SUM' THEN SUM(c.value)
        WHEN 'AVERAGE' THEN ${significantSql('AVG(c.value)')}
        ELSE MAX(c.value) END AS value
    FROM cells c JOIN indicators i ON i.id = c.indicator_id
    GROUP BY c.indicator_id, c.options, i.combine_rule
  ),
  figures AS (
    SELECT i.*, cur.value AS current_value, prev.value AS previous_value
    FROM indicators i
    LEFT JOIN totals cur ON cur.indicator_id = i.id AND cur.period_id = (SELECT id FROM chosen)
    LEFT JOIN totals prev ON prev.indicator_id = i.id AND prev.period_id = (SELECT id FROM previous)
  )
SELECT f.id, f.code, f.name_az AS "nameAz", f.name_en AS "nameEn", f.unit, f.currency,
  f.section_order AS "sectionOrder", f.sort_order AS "sortOrder",
  f.combine_rule AS "combineRule", f.dimensions, f.measure_id AS "measureId", f.measure_code AS "measureCode",
  f.current_value::float8 AS value, f.target::float8 AS target, f.baseline::float8 AS baseline,
  ${roundSql('f.current_value / NULLIF(f.target, 0) * 100', 2)}::float8 AS "percentOfTarget",
  (SELECT id FROM previous) AS "previousPeriodId", (SELECT label FROM previous) AS "previousPeriodLabel",
  f.previous_value::float8 AS "previousValue",
  (f.current_value - f.previous_value)::float8 AS change,
  ${roundSql('(f.current_value - f.previous_value) / NULLIF(ABS(f.previous_value), 0) * 100', 1)}::float8 AS "changePercent",
  (SELECT COALESCE(json_agg(json_build_object('options', ct.options, 'value', ct.value) ORDER BY ct.options), '[]'::json)
    FROM cell_totals ct WHERE ct.indicator_id = f.id) AS breakdown
FROM figures f
ORDER BY f.section_order, f.measure_code, f.sort_order, f.code
`;

/**
 * One organisation's assignments in plan $1 as of period $2 ($3 organisation): its own
 * completion of each (latest accepted report), the measure's cancellation, and the state of
 * its report for the period itself (for the agency scorecard).
 */
export const ORGANIZATION_ASSIGNMENTS_SQL = `
WITH
  chosen AS (SELECT id, end_date AS as_of, due_date FROM reporting_period WHERE id = $2 AND plan_id = $1),
  ${LATEST_ACCEPTED},
  leads AS (
    SELECT a.measure_id, l.implementation_status
    FROM assignment a JOIN measure m ON m.id = a.measure_id AND m.plan_id = $1
    LEFT JOIN latest l ON l.assignment_id = a.id
    WHERE a.role = 'LEAD'
  ),
  first_submission AS (
    SELECT e.report_id, MIN(e.at) AS at
    FROM report_event e JOIN progress_report pr ON pr.id = e.report_id
    WHERE pr.period_id = $2 AND pr.organization_id = $3 AND e.action = 'SUBMIT'
    GROUP BY e.report_id
  )
SELECT a.id AS "assignmentId", m.id AS "measureId", m.code, m.title_az AS "titleAz", m.title_en AS "titleEn",
  m.due_date::text AS "dueDate", a.role,
  l.implementation_status AS "implementationStatus",
  ${roundSql(
    `CASE WHEN l.assignment_id IS NULL THEN 0 WHEN l.implementation_status = 'COMPLETED' THEN 100
          ELSE LEAST(100, GREATEST(0, l.percent_complete)) END`,
    2,
  )}::float8 AS completion,
  COALESCE(ld.implementation_status = 'CANCELLED', false) AS cancelled,
  pr.status AS "reportStatus",
  COALESCE(fs.at, pr.submitted_at) AS "submittedAt",
  COALESCE(fs.at, pr.submitted_at) >= (((SELECT due_date FROM chosen) + 1)::timestamp AT TIME ZONE 'UTC') AS late
FROM assignment a
JOIN measure m ON m.id = a.measure_id AND m.plan_id = $1
LEFT JOIN latest l ON l.assignment_id = a.id
LEFT JOIN leads ld ON ld.measure_id = a.measure_id
LEFT JOIN progress_report pr ON pr.assignment_id = a.id AND pr.period_id = $2
LEFT JOIN first_submission fs ON fs.report_id = pr.id
WHERE a.organization_id = $3
ORDER BY m.code
`;
