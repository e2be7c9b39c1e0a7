/**
 * Browser end-to-end tests against the real platform: starts the built API (which serves the
 * built portal at the same origin) on a free port with a fresh embedded database seeded with
 * the demo data, waits for /health, runs the Playwright specs with Jest, then stops the server
 * and deletes its data. Usage: `npm run test:e2e` (builds api and portal first if missing).
 *
 * Environment: E2E_BUILD=1 rebuilds api and portal first; E2E_KEEP_DATA=1 keeps the data folder;
 * E2E_SPECS=<pattern> runs some specs only; CHROMIUM_PATH overrides /usr/bin/chromium.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '../..');
const apiMain = join(root, 'dist/apps/api/main.js');
const portalIndex = join(root, 'dist/apps/portal/browser/index.html');

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

async function waitForHealth(url: string, server: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the API exited with code ${server.exitCode} before it was healthy`);
    try {
      const response = await fetch(`${url}/health`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`the API did not answer ${url}/health within ${timeoutMs / 1000} s`);
}

function stop(server: ChildProcess): Promise<void> {
  return new Promise((resolveStop) => {
    if (server.exitCode !== null || server.signalCode !== null) return resolveStop();
    const killer = setTimeout(() => server.kill('SIGKILL'), 15_000);
    server.once('exit', () => {
      clearTimeout(killer);
      resolveStop();
    });
    server.kill('SIGTERM');
  });
}

function ensureBuilt(): void {
  if (process.env['E2E_BUILD'] !== '1' && existsSync(apiMain) && existsSync(portalIndex)) return;
  console.log('[e2e] building api and portal (production)…');
  const build = spawnSync(
    'npx',
    ['nx', 'run-many', '-t', 'build', '-p', 'api', 'portal', '--configuration=production', '--output-style=static'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  if (build.status !== 0) throw new Error('the build failed');
}

/** Photographs of failures from an earlier run would read as this run's: remove them first. */
function clearOldFailureScreenshots(): void {
  const dir = join(root, 'dist/screenshots');
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) if (name.startsWith('failed-')) rmSync(join(dir, name), { force: true });
}

async function main(): Promise<number> {
  const started = Date.now();
  ensureBuilt();
  clearOldFailureScreenshots();
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'nap-e2e-'));
  const baseUrl = `http://127.0.0.1:${port}`;
  const serverLog: string[] = [];
  console.log(`[e2e] starting the platform on ${baseUrl} (data in ${dataDir})`);
  const server = spawn(process.execPath, [apiMain], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: 'development',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      SEED_DEMO: 'true',
      DATABASE_URL: '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const keep = (chunk: Buffer) => {
    serverLog.push(chunk.toString());
    if (serverLog.length > 400) serverLog.shift();
  };
  server.stdout?.on('data', keep);
  server.stderr?.on('data', keep);
  let stopping = false;
  server.once('exit', (code, signal) => {
    if (!stopping)
      console.error(
        `[e2e] the API process exited unexpectedly (code ${code}, signal ${signal}) — specs after this point will fail`,
      );
  });

  let exitCode = 1;
  try {
    await waitForHealth(baseUrl, server, 120_000);
    console.log(
      `[e2e] platform healthy after ${((Date.now() - started) / 1000).toFixed(1)} s; running the browser specs`,
    );
    const resultsFile = join(dataDir, 'jest-results.json');
    const args = [
      require.resolve('jest/bin/jest'),
      '-c',
      join(__dirname, 'jest.e2e.config.cts'),
      '--runInBand',
      '--json',
      `--outputFile=${resultsFile}`,
    ];
    if (process.env['E2E_SPECS']) args.push(process.env['E2E_SPECS']);
    const jest = spawnSync(process.execPath, args, {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, E2E_BASE_URL: baseUrl },
    });
    exitCode = jest.status ?? 1;
    if (exitCode !== 0) {
      console.error('[e2e] last lines of the server log:\n' + serverLog.join('').split('\n').slice(-40).join('\n'));
    }
    const summary = existsSync(resultsFile)
      ? (JSON.parse(readFileSync(resultsFile, 'utf8')) as {
          numPassedTests: number;
          numFailedTests: number;
          numTotalTests: number;
        })
      : null;
    const seconds = ((Date.now() - started) / 1000).toFixed(0);
    console.log(
      summary
        ? `E2E: ${summary.numPassedTests} passed, ${summary.numFailedTests} failed, ${summary.numTotalTests} total (${seconds} s); screenshots in dist/screenshots/`
        : `E2E: no results (${seconds} s)`,
    );
  } catch (error) {
    console.error(`[e2e] ${(error as Error).message}`);
    console.error(serverLog.join('').split('\n').slice(-40).join('\n'));
  } finally {
    stopping = true;
    await stop(server);
    if (process.env['E2E_KEEP_DATA'] === '1') console.log(`[e2e] data kept in ${dataDir}`);
    else rmSync(dataDir, { recursive: true, force: true });
  }
  return exitCode;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
