/**
 * `npm run db:backup [-- --out <file>]`: a consistent backup of the platform's database.
 *
 * - With DATABASE_URL (a PostgreSQL server): `pg_dump --format=custom` of that database, written to
 *   `backups/<timestamp>.dump` unless --out is given. The API may keep running: pg_dump reads one
 *   consistent snapshot. Restore with `npm run db:restore -- <file>` (pg_restore).
 * - Without DATABASE_URL (the embedded database in DATA_DIR/pglite, default ./.data/pglite):
 *   PGlite dumps its data folder as a gzipped tarball, `backups/<timestamp>.tar.gz`. PGlite is a
 *   single-process database, so the API must be stopped first; the script refuses while any
 *   process has the folder open.
 *
 * The password of DATABASE_URL is handed to pg_dump through PGPASSWORD, never on its command line.
 */
import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, readlinkSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';

export class BackupError extends Error {}

export interface CliArgs {
  out: string | null;
  force: boolean;
  positional: string[];
}

export function parseArgs(argv: string[]): CliArgs {
  const args: CliArgs = { out: null, force: false, positional: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--out' || a === '-o') {
      const value = argv[++i];
      if (!value) throw new BackupError(`${a} needs a file name`);
      args.out = value;
    } else if (a.startsWith('--out=')) args.out = a.slice('--out='.length);
    else if (a === '--force') args.force = true;
    else if (a === '--help' || a === '-h') args.positional.push('--help');
    else if (a.startsWith('-')) throw new BackupError(`unknown option ${a}`);
    else args.positional.push(a);
  }
  return args;
}

/** The database's URL for messages: no password. */
export function describeUrl(url: string): string {
  try {
    const u = new URL(url);
    u.password = '';
    return u.toString();
  } catch {
    return 'DATABASE_URL';
  }
}

/** libpq arguments without the password (that goes into PGPASSWORD), so `ps` never shows it. */
export function libpqTarget(url: string): { dbname: string; env: Record<string, string> } {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new BackupError('DATABASE_URL is not a valid URL (expected postgres://user:password@host:5432/database)');
  }
  if (u.protocol !== 'postgres:' && u.protocol !== 'postgresql:') throw new BackupError(`DATABASE_URL must start with postgres:// (got "${u.protocol}//")`);
  if (u.pathname.length <= 1) throw new BackupError('DATABASE_URL has no database name');
  const env: Record<string, string> = {};
  if (u.password) env['PGPASSWORD'] = decodeURIComponent(u.password);
  u.password = '';
  return { dbname: u.toString(), env };
}

export function timestamp(date = new Date()): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

/** The embedded database's folder: DATA_DIR/pglite, DATA_DIR defaulting to ./.data (as the API resolves it). */
export function embeddedDir(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string {
  const dataDir = env['DATA_DIR'] && env['DATA_DIR'] !== '' ? env['DATA_DIR'] : '.data';
  return join(isAbsolute(dataDir) ? dataDir : resolve(cwd, dataDir), 'pglite');
}

/**
 * Processes other than this one that have files inside `dir` open (Linux /proc), with their
 * command lines; `null` where /proc cannot tell.
 */
export function processesUsing(dir: string): { pid: number; command: string }[] | null {
  if (!existsSync('/proc/self/fd')) return null;
  const prefix = resolve(dir) + '/';
  const found: { pid: number; command: string }[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    let fds: string[];
    try {
      fds = readdirSync(`/proc/${entry}/fd`);
    } catch {
      continue; // gone, or not ours to see
    }
    const holds = fds.some((fd) => {
      try {
        return readlinkSync(`/proc/${entry}/fd/${fd}`).startsWith(prefix);
      } catch {
        return false;
      }
    });
    if (holds) {
      let command = '';
      try {
        command = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0').join(' ').trim();
      } catch {
        // ignore
      }
      found.push({ pid: Number(entry), command });
    }
  }
  return found;
}

/** Refuses while the API (or anything else) has the embedded database open. */
export async function assertEmbeddedNotInUse(dir: string, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const users = processesUsing(dir);
  if (users && users.length > 0) {
    const who = users.map((u) => `pid ${u.pid}${u.command ? ` (${u.command.slice(0, 120)})` : ''}`).join(', ');
    throw new BackupError(`The embedded database in ${dir} is in use by ${who}. Stop the API first (Ctrl+C, or kill -TERM <pid>), then run this again.`);
  }
  if (users === null) {
    // No /proc (not Linux): ask the API's port whether it is up.
    const port = env['PORT'] && /^\d+$/.test(env['PORT']) ? env['PORT'] : '3000';
    const up = await fetch(`http://127.0.0.1:${port}/health`, { signal: AbortSignal.timeout(1000) }).then(
      () => true,
      () => false,
    );
    if (up) throw new BackupError(`An API answers at http://127.0.0.1:${port}/health. Stop it first: the embedded database can be copied only while it is closed.`);
  }
}

/** Runs a PostgreSQL client program, output passed through; a missing program is explained. */
export function runPgTool(program: string, args: string[], env: Record<string, string>): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(program, args, { stdio: ['ignore', 'inherit', 'pipe'], env: { ...process.env, ...env } });
    let stderr = '';
    child.stderr.on('data', (d) => {
      stderr += String(d);
      process.stderr.write(d);
    });
    child.on('error', (error: NodeJS.ErrnoException) => {
      reject(
        new BackupError(
          error.code === 'ENOENT'
            ? `${program} was not found: install the PostgreSQL client programs of the server's major version (Debian: apt-get install postgresql-client).`
            : `${program} could not be started: ${error.message}`,
        ),
      );
    });
    child.on('exit', (code) => {
      if (code === 0) resolvePromise();
      else {
        const hint = /server version mismatch|aborting because of server version/i.test(stderr)
          ? ` The server is newer than ${program}: install the client programs of the server's version.`
          : '';
        reject(new BackupError(`${program} failed (exit code ${code}).${hint}`));
      }
    });
  });
}

export function pgToolVersion(program: string): Promise<string> {
  return new Promise((r) => execFile(program, ['--version'], (error, stdout) => r(error ? 'unknown' : stdout.trim())));
}

function humanSize(bytes: number): string {
  return bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Writes through a temporary name so an interrupted backup never leaves a truncated file under the final name. */
function prepareOut(out: string): string {
  mkdirSync(dirname(out), { recursive: true });
  const partial = `${out}.partial`;
  rmSync(partial, { force: true });
  return partial;
}

async function backupServer(url: string, out: string): Promise<void> {
  const target = libpqTarget(url);
  const partial = prepareOut(out);
  await runPgTool('pg_dump', ['--format=custom', '--file', partial, '--dbname', target.dbname], target.env);
  renameSync(partial, out);
}

async function backupEmbedded(dir: string, out: string): Promise<void> {
  if (!existsSync(join(dir, 'PG_VERSION'))) {
    throw new BackupError(`There is no embedded database in ${dir} (set DATA_DIR, or DATABASE_URL for a PostgreSQL server).`);
  }
  await assertEmbeddedNotInUse(dir);
  // Loaded here so that a server backup does not start the WebAssembly PostgreSQL.
  const { PGlite } = await import('@electric-sql/pglite');
  const db = await PGlite.create(dir);
  try {
    await db.query('CHECKPOINT');
    const blob = await db.dumpDataDir('gzip');
    const partial = prepareOut(out);
    writeFileSync(partial, Buffer.from(await blob.arrayBuffer()));
    renameSync(partial, out);
  } finally {
    await db.close();
  }
}

export const BACKUP_USAGE = `Usage: npm run db:backup [-- --out <file>]
  DATABASE_URL set:   pg_dump --format=custom of that database  (default backups/<timestamp>.dump)
  DATABASE_URL unset: the embedded database in DATA_DIR/pglite (default backups/<timestamp>.tar.gz; stop the API first)
Restore with: npm run db:restore -- <file>`;

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (args.positional.includes('--help')) {
    console.log(BACKUP_USAGE);
    return 0;
  }
  if (args.positional.length > 0) throw new BackupError(`unexpected argument ${args.positional[0]} (use --out <file>)\n${BACKUP_USAGE}`);
  const url = process.env['DATABASE_URL'];
  const server = url !== undefined && url.trim() !== '';
  const out = resolve(args.out ?? join('backups', `${timestamp()}.${server ? 'dump' : 'tar.gz'}`));
  const started = Date.now();
  let source: string;
  if (server) {
    source = describeUrl(url);
    console.log(`Backing up ${source} with ${await pgToolVersion('pg_dump')}…`);
    await backupServer(url, out);
  } else {
    const dir = embeddedDir();
    source = `the embedded database in ${dir}`;
    console.log(`Backing up ${source}…`);
    await backupEmbedded(dir, out);
  }
  const shown = relative(process.cwd(), out).startsWith('..') ? out : relative(process.cwd(), out);
  console.log(`Backup written: ${shown} (${humanSize(statSync(out).size)}, ${Date.now() - started} ms)`);
  console.log(`Restore with:   npm run db:restore -- ${shown}`);
  return 0;
}

if (require.main === module) {
  main().then(
    (code) => process.exit(code),
    (error) => {
      console.error(`Backup failed: ${error instanceof BackupError ? error.message : ((error as Error).stack ?? String(error))}`);
      process.exit(1);
    },
  );
}
