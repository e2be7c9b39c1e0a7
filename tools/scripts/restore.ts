/**
 * `npm run db:restore -- <file> [--force]`: puts a backup made by `npm run db:backup` back.
 *
 * - A pg_dump file (PGDMP…) into the database at DATABASE_URL: `pg_restore --clean --if-exists
 *   --no-owner --single-transaction`, so the restore is all or nothing. Refuses while the API is
 *   connected to that database (its connections are named `nap-tracker`) unless --force.
 * - A PGlite tarball (gzip) into the embedded database folder DATA_DIR/pglite (default
 *   ./.data/pglite), with the API stopped. The folder it replaces is kept beside it as
 *   `pglite.before-restore-<timestamp>` until you delete it.
 */
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, rmSync } from 'node:fs';
import { Client } from 'pg';
import { assertEmbeddedNotInUse, BackupError, describeUrl, embeddedDir, libpqTarget, parseArgs, pgToolVersion, runPgTool, timestamp } from './backup';

const USAGE = `Usage: npm run db:restore -- <file> [--force]
  a .dump file (pg_dump): into the database at DATABASE_URL (stop the API first, or --force)
  a .tar.gz file (embedded): into DATA_DIR/pglite (stop the API first)`;

type Kind = 'pg_dump' | 'pglite';

function kindOf(file: string): Kind {
  const head = Buffer.alloc(5);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, head, 0, 5, 0);
  } finally {
    closeSync(fd);
  }
  if (head.toString('latin1') === 'PGDMP') return 'pg_dump';
  if (head[0] === 0x1f && head[1] === 0x8b) return 'pglite';
  throw new BackupError(`${file} is neither a pg_dump custom-format file nor an embedded-database tarball made by npm run db:backup.`);
}

/** Connections of the API to the database (application_name nap-tracker), other than ours. */
async function apiConnections(url: string): Promise<number> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 5000, application_name: 'nap-restore' });
  try {
    await client.connect();
  } catch (error) {
    const e = error as { code?: string; message?: string };
    if (e.code === '3D000') {
      throw new BackupError(`The database in ${describeUrl(url)} does not exist: create it first (e.g. createdb), then restore into it.`);
    }
    throw new BackupError(`Cannot connect to ${describeUrl(url)}: ${e.code === 'ECONNREFUSED' ? 'connection refused' : (e.message ?? String(error))}`);
  }
  try {
    const rows = await client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND application_name = 'nap-tracker'`,
    );
    return rows.rows[0].n;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function restoreServer(url: string, file: string, force: boolean): Promise<void> {
  const connected = await apiConnections(url);
  if (connected > 0 && !force) {
    throw new BackupError(
      `The API has ${connected} open connection(s) to ${describeUrl(url)}. Stop the API first (its requests would fail or see half-restored tables), or pass --force.`,
    );
  }
  const target = libpqTarget(url);
  console.log(`Restoring ${file} into ${describeUrl(url)} with ${await pgToolVersion('pg_restore')}…`);
  await runPgTool('pg_restore', ['--clean', '--if-exists', '--no-owner', '--single-transaction', '--exit-on-error', '--dbname', target.dbname, file], target.env);
}

async function restoreEmbedded(dir: string, file: string): Promise<string | null> {
  await assertEmbeddedNotInUse(dir);
  const { PGlite } = await import('@electric-sql/pglite');
  let aside: string | null = null;
  if (existsSync(dir) && readdirSync(dir).length > 0) {
    aside = `${dir}.before-restore-${timestamp()}`;
    renameSync(dir, aside);
  }
  console.log(`Restoring ${file} into ${dir}…`);
  try {
    mkdirSync(dir, { recursive: true });
    const db = await PGlite.create(dir, { loadDataDir: new Blob([readFileSync(file)]) });
    try {
      // Proves the restored files open as a database.
      await db.query('SELECT count(*) FROM pg_class');
    } finally {
      await db.close();
    }
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    if (aside) renameSync(aside, dir);
    throw new BackupError(`The tarball could not be loaded (${(error as Error).message}); ${aside ? 'the previous database was put back' : 'nothing was changed'}.`);
  }
  return aside;
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (args.positional.includes('--help')) {
    console.log(USAGE);
    return 0;
  }
  if (args.out !== null) throw new BackupError(`--out is for db:backup\n${USAGE}`);
  if (args.positional.length !== 1) throw new BackupError(`give exactly one backup file\n${USAGE}`);
  const file = args.positional[0];
  if (!existsSync(file)) throw new BackupError(`${file} does not exist.`);
  const kind = kindOf(file);
  const url = process.env['DATABASE_URL'];
  const server = url !== undefined && url.trim() !== '';
  const started = Date.now();
  if (kind === 'pg_dump') {
    if (!server) throw new BackupError(`${file} is a PostgreSQL server backup: set DATABASE_URL to the database to restore it into.`);
    await restoreServer(url, file, args.force);
    console.log(`Restored into ${describeUrl(url)} (${Date.now() - started} ms). Start the API: it applies any newer migrations.`);
  } else {
    if (server) throw new BackupError(`${file} is an embedded-database backup: unset DATABASE_URL (and set DATA_DIR) to restore it into the embedded database.`);
    const dir = embeddedDir();
    const aside = await restoreEmbedded(dir, file);
    console.log(`Restored into ${dir} (${Date.now() - started} ms).`);
    if (aside) console.log(`The database it replaced is kept in ${aside}; delete it once you are satisfied.`);
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`Restore failed: ${error instanceof BackupError ? error.message : ((error as Error).stack ?? String(error))}`);
    process.exit(1);
  },
);
