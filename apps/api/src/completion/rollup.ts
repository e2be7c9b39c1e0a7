import { createHash } from 'node:crypto';
import { COMPLIANCE_ITEM_CHANGE_SQL, differencesSql, refreshSql, ROLLUP, ROLLUPS, sliceParams, type RollupName, type RollupSlice } from './rollup.sql';
import { prepared } from '../database/prepared-statements';

/**
 * Runs one statement and returns its rows: a TypeORM EntityManager's `query`, or a pg
 * client's wrapped (`(sql, params) => client.query(sql, params).then((r) => r.rows)`), so
 * that the API, the migration, the data generator and the reconcile script share this code.
 */
export type RollupExecutor = (sql: string, params?: readonly unknown[]) => Promise<Record<string, unknown>[]>;

/** Advisory lock spaces (two-int form, apart from the audit chain's one-bigint lock). */
const PLAN_LOCKS = 7_021_700;
const SLICE_LOCKS = 7_021_701;

/** A stable 32-bit key for a lock name. */
function lockKey(name: string): number {
  return createHash('sha256').update(name).digest().readInt32BE(0);
}

/** The locks of lockRollups, one statement (marked once: a write path statement, see prepared()). */
const LOCK_ROLLUPS_SQL = prepared(
  `SELECT CASE WHEN k.i > 1 AND $5 THEN pg_advisory_xact_lock_shared($1, k.key)
               WHEN k.i > 1 THEN pg_advisory_xact_lock($1, k.key)
               WHEN $3 THEN pg_advisory_xact_lock($2, k.key)
               ELSE pg_advisory_xact_lock_shared($2, k.key) END::text AS locked
   FROM unnest($4::int[]) WITH ORDINALITY AS k(key, i)`,
);
const COMPLIANCE_ITEM_CHANGE = prepared(COMPLIANCE_ITEM_CHANGE_SQL);

/**
 * Takes, until the transaction ends, the locks for recomputing slices of a plan's rollups:
 * the plan's lock (shared; exclusive with `wholePlan`, when a period is opened or everything
 * is rebuilt), then one exclusive lock per assignment / organisation / measure named, in
 * ascending key order so that two transactions never wait for each other in a circle. One
 * statement: unnest keeps the order of the array.
 */
export async function lockRollups(
  run: RollupExecutor,
  planId: string,
  slices: Partial<Record<RollupName, readonly string[]>>,
  opts: { wholePlan?: boolean; sharedSlices?: boolean } = {},
): Promise<void> {
  const keys = [
    ...new Set(Object.entries(slices).flatMap(([name, ids]) => (ids ?? []).map((id) => lockKey(`${name}:${id}`)))),
  ].sort((a, b) => a - b);
  await run(
    LOCK_ROLLUPS_SQL,
    [SLICE_LOCKS, PLAN_LOCKS, opts.wholePlan === true, [lockKey(`plan:${planId}`), ...keys], opts.sharedSlices === true],
  );
}

/**
 * Moves the compliance row of a report's organisation and period by what its submission or
 * return changed (COMPLIANCE_ITEM_CHANGE_SQL); the caller holds the organisation's compliance
 * slice lock, shared.
 */
export async function applyComplianceItemChange(
  run: RollupExecutor,
  change: { reportId: string; firstSubmission: boolean; awaitingReview: number; accepted: number },
): Promise<void> {
  const [row] = await run(COMPLIANCE_ITEM_CHANGE, [change.reportId, change.firstSubmission, change.awaitingReview, change.accepted]);
  if (Number(row['written']) !== 1) throw new Error(`compliance of report ${change.reportId} was not moved`);
}

/** Exclusive locks on every plan, in key order: nothing changes a rollup meanwhile. */
async function lockAllPlans(run: RollupExecutor): Promise<void> {
  const plans = await run('SELECT id FROM action_plan');
  const keys = plans.map((row) => lockKey(`plan:${String(row['id'])}`)).sort((a, b) => a - b);
  await run('SELECT pg_advisory_xact_lock($1, k)::text AS locked FROM unnest($2::int[]) AS k', [PLAN_LOCKS, keys]);
}

/** Makes a slice of one rollup equal to its computation from the raw tables (one statement). */
export async function refreshRollup(run: RollupExecutor, name: RollupName, slice: RollupSlice = {}): Promise<{ removed: number; written: number }> {
  const [row] = await run(refreshSql(ROLLUP[name]), sliceParams(slice));
  return { removed: Number(row['removed']), written: Number(row['written']) };
}

/**
 * Recomputes every rollup of the given plans (default: every plan) from the raw tables. For data written in bulk
 * outside the API (demo seed, data generator, test fixtures), inside their transaction.
 */
export async function rebuildRollups(run: RollupExecutor, planIds?: readonly string[]): Promise<void> {
  const plans = planIds ?? (await run('SELECT id FROM action_plan ORDER BY id')).map((row) => String(row['id']));
  // Plan by plan: a regional host's fifty countries never sit in one sort.
  for (const planId of plans) {
    for (const rollup of ROLLUPS) await refreshRollup(run, rollup.name, { planIds: [planId] });
  }
}

export interface RollupDifference {
  rollup: RollupName;
  /** The row's key columns, e.g. { period_id, assignment_id }. */
  key: Record<string, string>;
  /** null: the row is missing. */
  stored: Record<string, unknown> | null;
  /** null: the row should not be there. */
  expected: Record<string, unknown> | null;
}

/**
 * Compares every rollup with a fresh computation from the raw tables and, unless `dryRun`,
 * makes them equal. Run it in one transaction: with `dryRun` false it first takes every
 * plan's lock, so no change of the API interleaves (writers wait until it commits).
 */
export async function reconcileRollups(run: RollupExecutor, opts: { dryRun: boolean }): Promise<RollupDifference[]> {
  if (!opts.dryRun) await lockAllPlans(run);
  const differences: RollupDifference[] = [];
  for (const rollup of ROLLUPS) {
    const rows = await run(differencesSql(rollup), sliceParams());
    for (const row of rows) {
      differences.push({
        rollup: rollup.name,
        key: Object.fromEntries(rollup.keys.map((k) => [k, String(row[k])])),
        stored: (row['stored'] as Record<string, unknown> | null) ?? null,
        expected: (row['expected'] as Record<string, unknown> | null) ?? null,
      });
    }
    if (!opts.dryRun && rows.length > 0) await refreshRollup(run, rollup.name);
  }
  return differences;
}
