/**
 * EXPLAIN (ANALYZE, BUFFERS) of the hot queries of the bench, on a generated database:
 *   node -r ./tools/ts-run.cjs tools/bench/explain.ts [--database-url postgres://…/nap_bench_m] [--only name]
 * Prints, per query, the execution time and the plan, so an index or a rewrite can be argued
 * from a measurement: the dashboard's three queries (on the rollups) and the rollup refreshes
 * of the write path. Changes nothing (each EXPLAIN runs in a transaction that is rolled back).
 */
import { Client } from 'pg';
import { readFixtures } from './fixtures';

type Fixtures = Awaited<ReturnType<typeof readFixtures>>;
/** setup: statements run first in the same rolled-back transaction. */
type Named = { name: string; sql: string; params: (f: Fixtures) => unknown[]; setup?: string[] };

async function completionQueries(): Promise<Named[]> {
  // The completion SQL may not exist in every checkout: load it lazily.
  try {
    const sql = (await import('../../apps/api/src/completion/completion.sql')) as unknown as Record<string, string>;
    const list: Named[] = [
      { name: 'planCompletion', sql: sql['PLAN_COMPLETION_SQL'], params: (f) => [f.planId, f.periodId, 2, 1, null, null] },
      { name: 'reportingCompliance', sql: sql['REPORTING_COMPLIANCE_SQL'], params: (f) => [f.planId, f.periodId, null] },
      // the dashboard's first page (the API's default page: 50)
      { name: 'indicatorSummary', sql: sql['INDICATOR_SUMMARY_SQL'], params: (f) => [f.planId, f.periodId, null, null, 0, 50] },
      {
        name: 'indicatorSummary.organization',
        sql: sql['INDICATOR_SUMMARY_SQL'],
        params: (f) => [f.planId, f.periodId, null, f.assignments[0].organizationId, 0, 50],
      },
    ];
    return list.filter((q) => typeof q.sql === 'string');
  } catch {
    return [];
  }
}

/** The rollup refreshes of the write path (rollup.service.ts), on the first assignment of the fixtures. */
async function rollupRefreshes(): Promise<Named[]> {
  try {
    const { COMPLIANCE_ITEM_CHANGE_SQL, refreshSql, ROLLUP, sliceParams } = await import('../../apps/api/src/completion/rollup.sql');
    const first = (f: Fixtures) => f.assignments[0];
    return [
      { name: 'rollup.progress (accept)', sql: refreshSql(ROLLUP.progress), params: (f) => sliceParams({ planIds: [f.planId], keyIds: [first(f).id] }) },
      {
        name: 'rollup.indicators (accept)',
        sql: refreshSql(ROLLUP.indicators),
        params: (f) => sliceParams({ planIds: [f.planId], periodIds: [f.periodId], keyIds: [first(f).measureId] }),
      },
      {
        // a submission or a return moves one organisation's row by one report (rolled back)
        name: 'rollup.compliance item change (submit)',
        sql: COMPLIANCE_ITEM_CHANGE_SQL.replace('WHERE r.id = $1', 'WHERE r.id = (SELECT id FROM progress_report WHERE assignment_id = $1 ORDER BY period_id LIMIT 1)'),
        params: (f) => [first(f).id, true, 1, 0],
      },
      {
        name: 'rollup.compliance (accept, every period)',
        sql: refreshSql(ROLLUP.compliance),
        params: (f) => sliceParams({ planIds: [f.planId], keyIds: [first(f).organizationId] }),
      },
      { name: 'rollup.progress (period opened)', sql: refreshSql(ROLLUP.progress), params: (f) => sliceParams({ planIds: [f.planId], periodIds: [f.periodId] }) },
    ];
  } catch {
    return [];
  }
}

const TREE: Named[] = [
  {
    name: 'planTree.reportsOfAssignments',
    sql: `SELECT r.* FROM progress_report r WHERE (r.assignment_id, r.period_id) IN (SELECT * FROM unnest($1::uuid[], $2::uuid[]))`,
    params: (f) => [f.assignments.map((a) => a.id), f.assignments.map(() => f.periodId)],
  },
];

/** The audit sealer's read of its queue (audit-chain.ts), with the 100 newest events queued. */
async function sealerRead(): Promise<Named[]> {
  const { PENDING_EVENTS_SQL } = await import('../../apps/api/src/audit/audit-chain');
  return [
    {
      name: 'audit.sealerRead (100 queued)',
      sql: PENDING_EVENTS_SQL,
      params: () => [2000],
      setup: ['INSERT INTO audit_unsealed (event_id) SELECT id FROM audit_event ORDER BY id DESC LIMIT 100 ON CONFLICT DO NOTHING'],
    },
  ];
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const at = (k: string) => (argv.indexOf(k) >= 0 ? argv[argv.indexOf(k) + 1] : undefined);
  const url = at('--database-url') ?? 'postgres://postgres@127.0.0.1:5432/nap_bench_m';
  const only = at('--only');
  const f = await readFixtures(url);
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    for (const q of [...(await completionQueries()), ...(await rollupRefreshes()), ...TREE, ...(await sealerRead())]) {
      if (only && !q.name.includes(only)) continue;
      await client.query('BEGIN');
      for (const statement of q.setup ?? []) await client.query(statement);
      const r = await client.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${q.sql}`, q.params(f));
      await client.query('ROLLBACK');
      const lines = r.rows.map((x) => x['QUERY PLAN']);
      console.log(`\n=== ${q.name}: ${lines.find((l) => l.startsWith('Execution Time')) ?? ''}`);
      console.log(lines.join('\n'));
    }
  } finally {
    await client.end();
  }
}

main().catch((e: unknown) => {
  console.error((e as Error).stack);
  process.exit(1);
});
