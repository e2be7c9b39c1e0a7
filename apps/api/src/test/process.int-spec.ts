import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The API as an operator runs it: a real process, started, killed and started again. */
const ROOT = resolve(__dirname, '../../../..');

function run(env: Record<string, string>): { child: ChildProcess; output: () => string; exited: Promise<number | null> } {
  const { NODE_OPTIONS: _omit, TEST_DATABASE_URL: _t, DATABASE_URL: _d, ...base } = process.env;
  const child = spawn(process.execPath, ['-r', './tools/ts-run.cjs', 'apps/api/src/main.ts'], {
    cwd: ROOT,
    env: { ...base, NODE_ENV: 'development', HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (d) => (out += String(d)));
  child.stderr?.on('data', (d) => (out += String(d)));
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  return { child, output: () => out, exited };
}

async function freePort(): Promise<number> {
  return new Promise((r) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => r(port));
    });
  });
}

async function waitForHealth(url: string, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      const res = await fetch(`${url}/health`);
      if (res.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`no health at ${url} after ${timeoutMs} ms`);
}

async function gql<T>(url: string, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data: T; errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

describe('the API process', () => {
  it.each([
    ['a malformed DATABASE_URL', { DATABASE_URL: 'not a url' }, /^Configuration error: DATABASE_URL is not a valid URL/m],
    ['another database scheme', { DATABASE_URL: 'mysql://root@127.0.0.1/test' }, /^Configuration error: DATABASE_URL must start with postgres:\/\//m],
    ['an unreachable server', { DATABASE_URL: 'postgres://postgres@127.0.0.1:1/nap' }, /^Start-up failed: Cannot connect to PostgreSQL at 127\.0\.0\.1:1\/nap: connection refused/m],
    ['a malformed PORT', { PORT: 'eighty' }, /^Configuration error: PORT must be a whole number/m],
  ])('stops with one clear line on %s', async (_label, env, message) => {
    const started = Date.now();
    const proc = run(env);
    expect(await proc.exited).toBe(1);
    const output = proc.output();
    expect(output).toMatch(message);
    expect(output).not.toMatch(/\n\s+at /); // no stack trace
    // ts-node compiles the API first; the bundled API (npm start) fails in about a second.
    expect(Date.now() - started).toBeLessThan(90000);
  }, 120000);

  it('keeps the embedded database’s data when killed and started again', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'nap-restart-'));
    try {
      const port = await freePort();
      const url = `http://127.0.0.1:${port}`;
      const first = run({ PORT: String(port), DATA_DIR: dataDir });
      await waitForHealth(url, 150000);
      expect(first.output()).toContain('Demo sign-ins');
      const login = await gql<{ login: { accessToken: string } }>(url, `mutation { login(email: "admin@demo.local", password: "Demo-2016!") { accessToken } }`);
      await gql(url, `mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { id } }`, { i: { code: 'GANJA-SU', nameAz: 'Gəncə Dövlət Universiteti', nameEn: 'Ganja State University', type: 'OTHER' } }, login.login.accessToken);
      first.child.kill('SIGKILL');
      await first.exited;

      const second = run({ PORT: String(port), DATA_DIR: dataDir });
      await waitForHealth(url, 150000);
      const again = await gql<{ login: { accessToken: string } }>(url, `mutation { login(email: "admin@demo.local", password: "Demo-2016!") { accessToken } }`);
      const orgs = await gql<{ organizations: { code: string; nameAz: string }[] }>(url, '{ organizations { code nameAz } }', {}, again.login.accessToken);
      expect(orgs.organizations).toContainEqual({ code: 'GANJA-SU', nameAz: 'Gəncə Dövlət Universiteti' });
      // Not seeded twice.
      expect(orgs.organizations.filter((o) => o.code === 'MOE')).toHaveLength(1);
      second.child.kill('SIGTERM');
      expect(await second.exited).toBe(0);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 400000);
});
