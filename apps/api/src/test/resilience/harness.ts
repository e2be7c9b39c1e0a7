import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';

/**
 * Shared helpers of the resilience suites (`npm run test:faults`): the API as a real process,
 * fresh databases on the PostgreSQL server, control of that server, and an HTTP GraphQL client
 * that never throws on GraphQL errors and measures every request.
 */
export const ROOT = resolve(__dirname, '../../../../..');
export const DEMO_PASSWORD = 'Demo-2016!';
const run = promisify(execFile);

/**
 * Extra environment for every API started by these suites. The suites send bursts of
 * mutations from one address and one user on purpose (50 concurrent saves, 10,000 fuzz cases),
 * so per-user / per-address rate limits must be lifted for them; add the variables that do so here.
 */
export const LOAD_TEST_ENV: Record<string, string> = {
  RATE_LIMIT_MUTATIONS_PER_MINUTE: '1000000',
  RATE_LIMIT_LOGINS_PER_MINUTE: '1000000',
};

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Server used to create (and drop) the suites' own databases. */
export function serverAdminUrl(): string {
  return process.env['TEST_DATABASE_URL'] || process.env['DATABASE_URL'] || 'postgres://postgres@127.0.0.1:5432/postgres';
}

export interface ServerDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

export async function createServerDatabase(prefix = 'nap_fault', admin = serverAdminUrl()): Promise<ServerDatabase> {
  const name = `${prefix}_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const c = new Client({ connectionString: admin, connectionTimeoutMillis: 5000 });
  await c.connect();
  try {
    await c.query(`CREATE DATABASE "${name}"`);
  } finally {
    await c.end();
  }
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    async drop() {
      // The server may just have been restarted: try for a while.
      for (let attempt = 0; attempt < 20; attempt++) {
        const d = new Client({ connectionString: admin, connectionTimeoutMillis: 3000 });
        try {
          await d.connect();
          await d.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
          await d.end();
          return;
        } catch {
          await d.end().catch(() => undefined);
          await sleep(500);
        }
      }
    },
  };
}

/** Runs SQL on a database with a short-lived client (for assertions that must not use the API). */
export async function sqlOn<T = Record<string, unknown>>(url: string, text: string, params: unknown[] = []): Promise<T[]> {
  const c = new Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  await c.connect();
  try {
    return (await c.query(text, params)).rows as T[];
  } finally {
    await c.end();
  }
}

// ---- the PostgreSQL server ------------------------------------------------------------

/** The machine's cluster (Debian layout: /etc/postgresql/<version>/main). */
export const pgCluster = {
  version(): string {
    const versions = readdirSync('/etc/postgresql');
    if (versions.length === 0) throw new Error('no PostgreSQL cluster in /etc/postgresql');
    return versions.sort()[versions.length - 1];
  },
  async ctl(action: 'start' | 'stop' | 'restart'): Promise<void> {
    const args = ['--skip-systemctl-redirect', ...(action === 'start' ? [] : ['--mode=fast']), this.version(), 'main', action];
    await run('pg_ctlcluster', args, { timeout: 60000 });
  },
  /** True when the server accepts a connection and answers. */
  isUp(): Promise<boolean> {
    return answers(serverAdminUrl());
  },
  /** Waits until the server answers; returns when it did (epoch ms). */
  async waitUntilUp(timeoutMs = 60000): Promise<number> {
    const until = Date.now() + timeoutMs;
    while (Date.now() < until) {
      if (await this.isUp()) return Date.now();
      await sleep(100);
    }
    throw new Error(`PostgreSQL did not come back within ${timeoutMs} ms`);
  },
  /** Makes sure the server runs (a failed test must not leave it stopped for the next suite). */
  async ensureUp(): Promise<void> {
    if (await this.isUp()) return;
    await this.ctl('start').catch(() => undefined);
    await this.waitUntilUp();
  },
};

/** A PostgreSQL server that a suite may stop and restart without touching anyone else's. */
export interface PgServer {
  /** Connection string of the server's `postgres` database, for creating the suite's own. */
  adminUrl: string;
  ctl(action: 'start' | 'stop' | 'restart'): Promise<void>;
  isUp(): Promise<boolean>;
  waitUntilUp(timeoutMs?: number): Promise<number>;
  ensureUp(): Promise<void>;
  /** Stops the server and removes its data directory. */
  destroy(): Promise<void>;
}

async function answers(url: string): Promise<boolean> {
  const c = new Client({ connectionString: url, connectionTimeoutMillis: 1000 });
  try {
    await c.connect();
    await c.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await c.end().catch(() => undefined);
  }
}

/**
 * A throwaway cluster made with the machine's own PostgreSQL binaries (initdb into a temporary
 * directory, a free port on 127.0.0.1, trust authentication), so that restarting it under load
 * disturbs no other test run on the machine. PostgreSQL refuses to run as root: as root the
 * binaries run as the `postgres` user (runuser), as any other user as that user.
 */
export async function startPrivateCluster(): Promise<PgServer> {
  const bin = join('/usr/lib/postgresql', pgCluster.version(), 'bin');
  if (!existsSync(join(bin, 'initdb'))) throw new Error(`no PostgreSQL binaries in ${bin}`);
  const asRoot = userInfo().uid === 0;
  const exec = (tool: string, args: string[]) =>
    asRoot ? run('runuser', ['-u', 'postgres', '--', join(bin, tool), ...args], { timeout: 120000 }) : run(join(bin, tool), args, { timeout: 120000 });
  const dir = mkdtempSync(join(tmpdir(), 'nap-pg-'));
  if (asRoot) {
    const uid = Number((await run('id', ['-u', 'postgres'])).stdout.trim());
    const gid = Number((await run('id', ['-g', 'postgres'])).stdout.trim());
    chownSync(dir, uid, gid);
  }
  chmodSync(dir, 0o700);
  const data = join(dir, 'data');
  await exec('initdb', ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync']);
  const port = await freePort();
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=on -c max_connections=100`;
  const adminUrl = `postgres://postgres@127.0.0.1:${port}/postgres`;
  const server: PgServer = {
    adminUrl,
    async ctl(action) {
      if (action === 'stop') await exec('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
      else await exec('pg_ctl', ['-D', data, '-o', options, '-l', join(dir, 'server.log'), '-w', ...(action === 'restart' ? ['-m', 'fast'] : []), action]);
    },
    isUp: () => answers(adminUrl),
    async waitUntilUp(timeoutMs = 60000) {
      const until = Date.now() + timeoutMs;
      while (Date.now() < until) {
        if (await answers(adminUrl)) return Date.now();
        await sleep(100);
      }
      throw new Error(`the private PostgreSQL did not come back within ${timeoutMs} ms:\n${existsSync(join(dir, 'server.log')) ? readFileSync(join(dir, 'server.log'), 'utf8').slice(-2000) : ''}`);
    },
    async ensureUp() {
      if (await answers(adminUrl)) return;
      await this.ctl('start').catch(() => undefined);
      await this.waitUntilUp();
    },
    async destroy() {
      await exec('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']).catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
  await server.ctl('start');
  await server.waitUntilUp();
  return server;
}

// ---- the API as a process -----------------------------------------------------------

export async function freePort(): Promise<number> {
  return new Promise((r, j) => {
    const s = createServer();
    s.on('error', j);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => r(port));
    });
  });
}

export interface ApiProcess {
  child: ChildProcess;
  url: string;
  pid: number;
  output(): string;
  exited: Promise<number | null>;
  alive(): boolean;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** Starts `node -r ./tools/ts-run.cjs apps/api/src/main.ts` as an operator would, on a free port. */
export async function spawnApi(env: Record<string, string>, port?: number): Promise<ApiProcess> {
  const p = port ?? (await freePort());
  const { NODE_OPTIONS: _o, TEST_DATABASE_URL: _t, DATABASE_URL: _d, ...base } = process.env;
  const child = spawn(process.execPath, ['-r', './tools/ts-run.cjs', 'apps/api/src/main.ts'], {
    cwd: ROOT,
    env: { ...base, NODE_ENV: 'development', HOST: '127.0.0.1', PORT: String(p), ...LOAD_TEST_ENV, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (d) => (out += String(d)));
  child.stderr?.on('data', (d) => (out += String(d)));
  let running = true;
  const exited = new Promise<number | null>((r) =>
    child.on('exit', (code) => {
      running = false;
      r(code);
    }),
  );
  const url = `http://127.0.0.1:${p}`;
  const api: ApiProcess = {
    child,
    url,
    pid: child.pid ?? -1,
    output: () => out,
    exited,
    alive: () => running,
    async stop(signal: NodeJS.Signals = 'SIGTERM') {
      if (running) child.kill(signal);
      const timer = setTimeout(() => running && child.kill('SIGKILL'), 30000);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
  };
  try {
    await waitFor(async () => {
      if (!running) throw new Error(`the API exited during start-up:\n${out}`);
      const res = await fetch(`${url}/ready`, { signal: AbortSignal.timeout(2000) }).catch(() => null);
      return res?.status === 200;
    }, 120000, `the API at ${url} to be ready`);
  } catch (error) {
    if (running) child.kill('SIGKILL');
    throw error;
  }
  return api;
}

/** The API's log lines about an internal error, found by the reference in its message (for reports). */
export function logOfError(api: ApiProcess, message: string | undefined): string {
  const ref = /reference ([0-9a-f-]{36})/.exec(message ?? '')?.[1];
  if (!ref) return '';
  const lines = api.output().split('\n');
  const at = lines.findIndex((l) => l.includes(ref));
  // eslint-disable-next-line no-control-regex
  return at < 0 ? '' : lines.slice(at, at + 3).join(' | ').replace(/\x1b\[[0-9;]*m/g, '').slice(0, 400);
}

export async function waitFor(check: () => Promise<boolean>, timeoutMs: number, what: string, intervalMs = 200): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await check()) return;
    await sleep(intervalMs);
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
}

// ---- HTTP GraphQL client -----------------------------------------------------------

export interface GqlError {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; [k: string]: unknown };
}

export interface GqlResult<T = Record<string, unknown>> {
  /** HTTP status, or 0 when the request failed at the network level (refused, reset, timed out). */
  status: number;
  data: T | null;
  errors?: GqlError[];
  /** Network-level failure or a body that is not JSON. */
  transportError?: string;
  startedAt: number;
  ms: number;
  /** Raw body when it was not JSON. */
  raw?: string;
}

export function codeOf(res: GqlResult<unknown>): string | undefined {
  return res.errors?.[0]?.extensions?.code;
}

/** A GraphQL call that never throws: network failures and non-JSON answers are described in the result. */
export async function gql<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string | null,
  opts: { timeoutMs?: number; headers?: Record<string, string>; rawBody?: string } = {},
): Promise<GqlResult<T>> {
  const startedAt = Date.now();
  let res: Response;
  try {
    res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...opts.headers },
      body: opts.rawBody ?? JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(opts.timeoutMs ?? 30000),
    });
  } catch (error) {
    const e = error as Error & { cause?: { code?: string } };
    return { status: 0, data: null, transportError: `${e.name}: ${e.cause?.code ?? e.message}`, startedAt, ms: Date.now() - startedAt };
  }
  let text: string;
  try {
    text = await res.text();
  } catch (error) {
    return { status: res.status, data: null, transportError: `body: ${(error as Error).message}`, startedAt, ms: Date.now() - startedAt };
  }
  const ms = Date.now() - startedAt;
  try {
    const body = JSON.parse(text) as { data?: T | null; errors?: GqlError[] };
    return { status: res.status, data: body.data ?? null, errors: body.errors, startedAt, ms };
  } catch {
    return { status: res.status, data: null, transportError: 'not JSON', raw: text.slice(0, 500), startedAt, ms };
  }
}

export async function login(url: string, email: string, password = DEMO_PASSWORD): Promise<string> {
  const res = await gql<{ login: { accessToken: string } }>(url, 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }', { e: email, p: password });
  if (!res.data?.login) throw new Error(`login ${email} failed: ${res.status} ${JSON.stringify(res.errors ?? res.transportError)}`);
  return res.data.login.accessToken;
}

export async function httpGet(url: string, timeoutMs = 5000): Promise<{ status: number; body: Record<string, unknown> | null; ms: number }> {
  const started = Date.now();
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
    const body = (await res.json().catch(() => null)) as Record<string, unknown> | null;
    return { status: res.status, body, ms: Date.now() - started };
  } catch {
    return { status: 0, body: null, ms: Date.now() - started };
  }
}

/** Runs `task` over `items` with at most `concurrency` in flight. */
export async function pool<I, O>(items: readonly I[], concurrency: number, task: (item: I, index: number) => Promise<O>): Promise<O[]> {
  const out: O[] = new Array(items.length);
  let next = 0;
  const workers = Array.from({ length: Math.min(concurrency, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await task(items[i], i);
    }
  });
  await Promise.all(workers);
  return out;
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}
