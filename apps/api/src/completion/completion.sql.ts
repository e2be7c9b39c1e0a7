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
 * The latest ACCEPTED report of every assignment of plan $1 as of period $2, read from its
 * rollup (rollup.sql.ts keeps one row per assignment and period, computed by
 * `LATEST_ACCEPTED_AS_OF`). Assignments without an accepted report have no row.
 */
const LATEST_ACCEPTED = `
  latest AS (
    SELECT assignment_id, implementation_status, percent_complete
    FROM rollup_assignment_progress WHERE period_id = $2
  )`;

/**
 * The latest ACCEPTED report of assignment `a` among the periods that end on or before period
 * `p` ends. Two periods ending the same day (a year and its last quarter) resolve to the
 * shorter one, then the later acceptance. A LATERAL body: `a` and `p` come from the caller.
 * `rp.plan_id = p.plan_id` says nothing new (a report's period is of its measure's plan) but
 * lets the planner read the plan's periods by index instead of every period of every plan,
 * which at a regional host (50 countries × 5 plans × 40 periods) was most of a rebuild.
 */
export const LATEST_ACCEPTED_AS_OF = `
    SELECT pr.implementation_status, pr.percent_complete
    FROM progress_report pr
    JOIN reporting_period rp ON rp.id = pr.period_id
    WHERE pr.assignment_id = a.id AND pr.status = 'ACCEPTED' AND rp.plan_id = p.plan_id AND rp.end_date <= p.end_date
    ORDER BY rp.end_date DESC, rp.start_date DESC, pr.accepted_at DESC NULLS LAST, pr.id
    LIMIT 1`;

/**
 * Indicator values combined across organisations, per indicator and period, from a CTE named
 * `accepted` (indicator_id, period_id, combine_rule, value, breakdown, plus the columns named
 * in `carry`): each indicator's values combined by its rule (SUM, MAX, AVERAGE; LATEST within
 * one period is the largest value, as `combine` of @nap/domain resolves a tie of dates), and
 * every breakdown cell combined the same way. Defines the CTEs `totals`, `cells`,
 * `cell_totals`, `breakdowns` and `combined` (indicator_id, period_id, carry…, value,
 * breakdown jsonb ordered by options); a CTE list fragment to follow `accepted`.
 */
export function combinedIndicatorValuesSql(carry: readonly string[] = []): string {
  const extra = carry.map((column) => `, ${column}`).join('');
  const combine = (x: string) => `CASE combine_rule
        WHEN 'SUM' THEN SUM(${x})
        WHEN 'AVERAGE' THEN ${significantSql(`AVG(${x})`)}
        ELSE MAX(${x}) END`;
  return `
  totals AS (
    SELECT indicator_id, period_id${extra}, ${combine('value')} AS value
    FROM accepted WHERE value IS NOT NULL
    GROUP BY indicator_id, period_id${extra}, combine_rule
  ),
  cells AS (
    SELECT a.indicator_id, a.period_id${carry.map((c) => `, a.${c}`).join('')}, a.combine_rule,
      ARRAY(SELECT option FROM jsonb_array_elements_text(cell -> 'options') option ORDER BY option) AS options,
      (cell ->> 'value')::numeric AS value
    FROM accepted a CROSS JOIN LATERAL jsonb_array_elements(a.breakdown) cell
    WHERE cell ->> 'value' IS NOT NULL
  ),
  cell_totals AS (
    SELECT indicator_id, period_id${extra}, options, ${combine('value')} AS value
    FROM cells GROUP BY indicator_id, period_id${extra}, options, combine_rule
  ),
  breakdowns AS (
    SELECT indicator_id, period_id${extra},
      jsonb_agg(jsonb_build_object('options', to_jsonb(options), 'value', value) ORDER BY options) AS breakdown
    FROM cell_totals GROUP BY indicator_id, period_id${extra}
  ),
  combined AS (
    SELECT indicator_id, period_id${carry.map((c) => `, COALESCE(t.${c}, b.${c}) AS ${c}`).join('')},
      t.value, COALESCE(b.breakdown, '[]'::jsonb) AS breakdown
    FROM totals t FULL JOIN breakdowns b USING (indicator_id, period_id)
  )`;
}

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
 * Reporting compliance in period $2 of plan $1, per organisation ($3: one organisation or
 * null), read from `rollup_organization_compliance` (the rules are those of its
 * `COMPLIANCE_COMPUTE` in rollup.sql.ts). The last row (`isTotal`) is the plan total.
 */
export const REPORTING_COMPLIANCE_SQL = `
WITH
  per_organization AS (
    SELECT r.organization_id,
      COALESCE(SUM(r.expected), 0)::int AS expected,
      COALESCE(SUM(r.on_time), 0)::int AS on_time,
      COALESCE(SUM(r.late), 0)::int AS late,
      COALESCE(SUM(r.missing), 0)::int AS missing,
      COALESCE(SUM(r.accepted), 0)::int AS accepted,
      COALESCE(SUM(r.awaiting_review), 0)::int AS awaiting_review,
      GROUPING(r.organization_id) = 1 AS is_total
    FROM rollup_organization_compliance r
    WHERE r.period_id = $2 AND r.plan_id = $1 AND ($3::uuid IS NULL OR r.organization_id = $3::uuid)
    GROUP BY ROLLUP (r.organization_id)
  )
SELECT o.id, o.code, o.name_az AS "nameAz", o.name_en AS "nameEn", p.is_total AS "isTotal",
  p.expected, p.on_time AS "onTime", p.late, p.missing, p.accepted, p.awaiting_review AS "awaitingReview",
  ${roundSql('p.on_time::numeric / NULLIF(p.expected, 0) * 100', 2)} AS "timelinessPercent"
FROM per_organization p LEFT JOIN organization o ON o.id = p.organization_id
ORDER BY p.is_total, o.code
`;

/**
 * Indicator figures of plan $1 for period $2, one page of them: each indicator's accepted
 * values of the period combined across organisations by its rule, the same for the previous
 * period of the same length ending before this one starts, and every breakdown cell combined
 * the same way (`combinedIndicatorValuesSql`). $3 section subtree or null; $4 organisation or
 * null (its measures and only its own values); $5 offset; $6 limit (null: all).
 *
 * Without an organisation the combined figures come from `rollup_indicator_value` (two rows
 * an indicator of the page); with one, from that organisation's own accepted reports of the
 * two periods. Order: section, measure code as `compareCodes` compares it (its `code_key`:
 * 3.2 before 3.10), indicator order, indicator code. Every row carries `total` (indicators
 * in scope); an empty page is one row with `total` only.
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
  scoped AS (
    SELECT i.id, i.code, i.sort_order, m.code_key AS measure_key, s.sort_order AS section_order
    FROM indicator i
    JOIN measure m ON m.id = i.measure_id
    JOIN plan_section s ON s.id = m.section_id
    WHERE m.plan_id = $1 AND m.section_id IN (SELECT section_id FROM scope_sections)
      AND ($4::uuid IS NULL OR EXISTS (
        SELECT 1 FROM assignment own WHERE own.measure_id = m.id AND own.organization_id = $4::uuid))
  ),
  page AS (
    SELECT id, row_number() OVER (
        ORDER BY section_order, measure_key COLLATE "C", sort_order, code, id) AS position
    FROM scoped
    ORDER BY position OFFSET $5 LIMIT $6
  ),
  rolled_up AS (
    SELECT r.indicator_id, r.period_id, r.value, r.breakdown
    FROM rollup_indicator_value r
    WHERE $4::uuid IS NULL
      AND r.period_id IN (SELECT id FROM chosen UNION ALL SELECT id FROM previous)
      AND r.indicator_id IN (SELECT id FROM page)
  ),
  accepted AS (
    SELECT iv.indicator_id, pr.period_id, i.combine_rule, iv.value, iv.breakdown
    FROM progress_report pr
    JOIN indicator_value iv ON iv.report_id = pr.id
    JOIN indicator i ON i.id = iv.indicator_id
    WHERE $4::uuid IS NOT NULL AND pr.organization_id = $4::uuid AND pr.status = 'ACCEPTED'
      AND pr.period_id IN (SELECT id FROM chosen UNION ALL SELECT id FROM previous)
      AND iv.indicator_id IN (SELECT id FROM page)
  ),
  ${combinedIndicatorValuesSql()},
  figures AS (
    SELECT indicator_id, period_id, value, breakdown FROM rolled_up
    UNION ALL
    SELECT indicator_id, period_id, value, breakdown FROM combined
  ),
  -- The page's indicators with their two periods' figures side by side, by grouping instead of
  -- joining: the planner cannot estimate how many rows the CTEs hold, and a nested loop over
  -- them read every figure once per indicator (5,192 × 5,869 rows: 7 s for a whole national
  -- plan at a regional host). Grouping costs the same whatever the estimates.
  keyed AS (
    SELECT id AS indicator_id, position, NULL::numeric AS cur_value, NULL::jsonb AS cur_breakdown, NULL::numeric AS prev_value
    FROM page
    UNION ALL
    SELECT f.indicator_id, NULL,
      CASE WHEN f.period_id = (SELECT id FROM chosen) THEN f.value END,
      CASE WHEN f.period_id = (SELECT id FROM chosen) THEN f.breakdown END,
      CASE WHEN f.period_id = (SELECT id FROM previous) THEN f.value END
    FROM figures f
  ),
  paired AS (
    SELECT indicator_id, max(position) AS position, max(cur_value) AS cur_value,
      (array_agg(cur_breakdown) FILTER (WHERE cur_breakdown IS NOT NULL))[1] AS cur_breakdown,
      max(prev_value) AS prev_value
    FROM keyed GROUP BY indicator_id
    HAVING max(position) IS NOT NULL
  ),
  page_rows AS (
    SELECT p.position, i.id, i.code, i.name_az AS "nameAz", i.name_en AS "nameEn", i.unit, i.currency,
      i.combine_rule AS "combineRule", i.dimensions, i.measure_id AS "measureId", m.code AS "measureCode",
      p.cur_value::float8 AS value, i.target::float8 AS target, i.baseline::float8 AS baseline,
      ${roundSql('p.cur_value / NULLIF(i.target, 0) * 100', 2)}::float8 AS "percentOfTarget",
      (SELECT id FROM previous) AS "previousPeriodId", (SELECT label FROM previous) AS "previousPeriodLabel",
      p.prev_value::float8 AS "previousValue",
      (p.cur_value - p.prev_value)::float8 AS change,
      ${roundSql('(p.cur_value - p.prev_value) / NULLIF(ABS(p.prev_value), 0) * 100', 1)}::float8 AS "changePercent",
      COALESCE(p.cur_breakdown, '[]'::jsonb) AS breakdown
    FROM paired p
    JOIN indicator i ON i.id = p.indicator_id
    JOIN measure m ON m.id = i.measure_id
  )
SELECT (SELECT count(*) FROM scoped)::int AS total, page_rows.*
FROM (SELECT 1) one LEFT JOIN page_rows ON true
ORDER BY page_rows.position
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
