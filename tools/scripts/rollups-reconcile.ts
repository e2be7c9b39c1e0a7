/**
 * `npm run rollups:reconcile [-- --dry-run]`: recomputes the dashboard's rollups
 * (apps/api/src/completion/rollup.sql.ts) from the raw data in one transaction, prints every
 * row where they differed and fixes it; `--dry-run` only compares. Exit 0: no difference;
 * 1: differences found (fixed unless --dry-run); 2: the check could not run.
 *
 * DATABASE_URL names a PostgreSQL server; without it the embedded database in DATA_DIR/pglite
 * (default ./.data) is opened, so stop the API first. While a fixing run holds its
 * transaction, the API's changes of the plans wait for it (it takes every plan's lock).
 */
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { reconcileRollups, type RollupDifference } from '../../apps/api/src/completion/rollup';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../../apps/api/src/database/embedded-postgres';

function describe(difference: RollupDifference): string {
  const key = Object.entries(difference.key)
    .map(([k, v]) => `${k}=${v}`)
    .join(' ');
  const what =
    difference.stored === null
      ? `missing, expected ${JSON.stringify(difference.expected)}`
      : difference.expected === null
        ? `should not exist, stored ${JSON.stringify(difference.stored)}`
        : `stored ${JSON.stringify(difference.stored)}, expected ${JSON.stringify(difference.expected)}`;
  return `${difference.rollup} ${key}: ${what}`;
}

async function main(argv: string[]): Promise<number> {
  const unknown = argv.filter((a) => a !== '--dry-run');
  if (unknown.length) {
    console.error(`unknown argument ${unknown[0]}; usage: npm run rollups:reconcile [-- --dry-run]`);
    return 2;
  }
  const dryRun = argv.includes('--dry-run');
  let embedded: EmbeddedPostgres | null = null;
  let url = process.env['DATABASE_URL'];
  if (!url) {
    const dataDir = resolve(process.env['DATA_DIR'] ?? '.data');
    embedded = await startEmbeddedPostgres(join(dataDir, 'pglite'));
    url = embedded.url;
    console.log(`embedded database in ${join(dataDir, 'pglite')}`);
  }
  const client = new Client({ connectionString: url, application_name: 'nap-rollups-reconcile' });
  await client.connect();
  try {
    const started = Date.now();
    await client.query('BEGIN');
    const differences = await reconcileRollups((sql, params) => client.query(sql, params as unknown[]).then((r) => r.rows), { dryRun });
    await client.query(dryRun ? 'ROLLBACK' : 'COMMIT');
    for (const difference of differences) console.log(describe(difference));
    const counts = ['progress', 'compliance', 'indicators'].map((name) => `${name} ${differences.filter((d) => d.rollup === name).length}`);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    if (differences.length === 0) {
      console.log(`Rollups match the raw data: 0 differences (${seconds} s).`);
      return 0;
    }
    console.error(`${differences.length} difference(s) (${counts.join(', ')}) ${dryRun ? 'found; nothing changed (--dry-run)' : 'found and fixed'} (${seconds} s).`);
    return 1;
  } finally {
    await client.end();
    if (embedded) await embedded.stop();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`Reconciliation failed: ${(error as Error).message}`);
    process.exit(2);
  },
);
