import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { loadConfig } from '../config/app-config';
import { startApp, type RunningApp } from '../bootstrap';
import { DEMO_PASSWORD } from '../database/seed/demo-data';

/**
 * Integration test harness: a real API over real HTTP on a fresh database of its own.
 * - TEST_DATABASE_URL set (e.g. postgres://postgres@127.0.0.1:5432/test): a new database
 *   `nap_t_<random>` is created on that server and dropped afterwards.
 * - otherwise: a fresh in-memory embedded PostgreSQL (PGlite).
 * Nothing depends on what an earlier run left behind.
 */
export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  /** SQL statements the request issued (x-sql-statements). */
  sqlStatements: number;
  data: T | null;
  errors?: { message: string; path?: string[]; extensions?: { code?: string; fields?: { field: string; message: string }[]; [k: string]: unknown } }[];
}

export interface TestApp {
  url: string;
  running: RunningApp;
  databaseUrl: string;
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, token?: string | null): Promise<GraphQLResponse<T>>;
  login(email: string, password?: string): Promise<string>;
  /** Runs SQL directly on the test database (for assertions that must not go through the API). */
  sql<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

async function createServerDatabase(serverUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `nap_t_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new Client({ connectionString: serverUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
    },
  };
}

export async function startTestApp(opts: { seedDemo?: boolean; env?: Record<string, string> } = {}): Promise<TestApp> {
  const serverUrl = process.env['TEST_DATABASE_URL'];
  const server = serverUrl && !opts.env?.['DATABASE_URL'] ? await createServerDatabase(serverUrl) : null;
  const dataDir = mkdtempSync(join(tmpdir(), 'nap-test-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    SEED_DEMO: opts.seedDemo === false ? 'false' : 'true',
    JWT_SECRET: randomBytes(32).toString('hex'),
    // Tests drive many requests from one address; the limits have their own tests.
    RATE_LIMIT_MUTATIONS_PER_MINUTE: '1000000',
    RATE_LIMIT_LOGINS_PER_MINUTE: '1000000',
    ...(server ? { DATABASE_URL: server.url } : {}),
    ...opts.env,
  });
  const running = await startApp(config, { embeddedInMemory: true, silent: true });
  const pool = new Client({ connectionString: running.databaseUrl });
  await pool.connect();

  const gql: TestApp['gql'] = async (query, variables = {}, token = null) => {
    const res = await fetch(`${running.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: unknown; errors?: GraphQLResponse['errors'] };
    return { status: res.status, sqlStatements: Number(res.headers.get('x-sql-statements') ?? NaN), data: (body.data ?? null) as never, errors: body.errors };
  };

  return {
    url: running.url,
    running,
    databaseUrl: running.databaseUrl,
    gql,
    async login(email, password = DEMO_PASSWORD) {
      const res = await gql<{ login: { accessToken: string } }>(
        'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }',
        { e: email, p: password },
      );
      if (!res.data?.login) throw new Error(`login ${email} failed: ${JSON.stringify(res.errors)}`);
      return res.data.login.accessToken;
    },
    async sql(text, params = []) {
      const r = await pool.query(text, params as unknown[]);
      return r.rows;
    },
    async close() {
      await pool.end();
      await running.close();
      if (server) await server.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The code of the first error, for terse assertions. */
export function errorCode(res: GraphQLResponse<unknown>): string | undefined {
  return res.errors?.[0]?.extensions?.code;
}
