/**
 * The benchmark of issue 7: `npm run bench -- --scale M [--database-url postgres://…]`.
 *
 * Generates (or reuses) the data set, builds and starts the API (`node dist/apps/api/main.js`,
 * NODE_ENV=production) against it, and loads it with autocannon, 127.0.0.1 only:
 *   1. planTree      plan(id) with sections, measures, indicators, assignments, organisations and
 *                    each assignment's report(periodId) — 10 connections
 *   2. reference     the same query on a bare @apollo/server + pg script — 10 connections
 *   3. dashboard     planCompletion + reportingCompliance + indicatorSummary — 8 connections
 *   4. deadlineRush  50 connections, focal points saving then submitting reports for different
 *                    assignments; every acknowledged write is looked up in the database afterwards
 *   5. reports       PLAN_COMPLETION PDF and XLSX, ANNUAL_REPORT DOCX via generateReport + polling
 * plus the API's peak RSS (VmHWM) and its cold start on an existing embedded database.
 * Writes tools/bench/results/<date>-<scale>.json (the issue's shape), .md and .details.json.
 *
 * Options: --scale S|M|L, --database-url URL (default postgres://postgres@127.0.0.1:5432/nap_bench_<scale>),
 * --seed N, --duration S (per load scenario, default 20), --no-build, --regenerate, --no-cold-start,
 * --drop (drop the database at the end).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { dropDatabase, generate, generatorMarker, readMarker } from '../generate/generator';
import type { ScaleName } from '../generate/scales';
import { assertLoopback, gql, login, notInSchema } from './client';
import { readFixtures, saveInput, type Fixtures } from './fixtures';
import { runLoad, runPaced, type Answer, type ScenarioStats, type Step } from './load';
import { freePort, startChild, type Child } from './process';
import {
  DASHBOARD,
  GENERATE_REPORT,
  GENERATED_REPORT,
  OPEN_PERIOD,
  PING,
  PLAN_TREE,
  SAVE_REPORT,
  SUBMIT_REPORT,
} from './queries';

/**
 * The deadline rush's figures: latencies at the offered rate (open loop), capacity as rps (closed
 * loop, 50 connections flat out), errors and lost writes over both runs.
 */
type RushStats = ScenarioStats & {
  lostWrites: number | null;
  /** the paced run's arrival rate (writes/s), and what it achieved */
  offeredRps?: number | null;
  pacedRps?: number | null;
  /** the closed loop's own latencies (Little's law: 50 in flight over the capacity) */
  saturated?: { p50: number | null; p95: number | null; p99: number | null; rps: number | null };
};

const ROOT = resolve(__dirname, '..', '..');
const PASSWORD = 'Demo-2016!';

interface Args {
  scale: ScaleName;
  databaseUrl: string;
  seed: number;
  durationS: number;
  build: boolean;
  regenerate: boolean;
  coldStart: boolean;
  drop: boolean;
  units?: number;
  /** --api-heap-mb N: the API's --max-old-space-size (default 192, as `npm start`; 0 = none) */
  apiHeapMb?: number;
  /** --rush-rate N: the paced deadline rush's arrival rate, writes/s (default 300, the target; 0 = closed loop only) */
  rushRate: number;
  /** --only planTree,reference,dashboard,deadlineRush,reports: run just these (results go to <date>-<scale>-partial.*) */
  only?: Set<string>;
}

function parseArgs(argv: string[]): Args {
  const raw: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i += 1) {
    const a = argv[i];
    if (!a.startsWith('--')) throw new Error(`unexpected argument "${a}"`);
    const [key, inline] = a.slice(2).split('=', 2);
    if (inline !== undefined) raw[key] = inline;
    else if (i + 1 < argv.length && !argv[i + 1].startsWith('--')) raw[key] = argv[++i];
    else raw[key] = true;
  }
  const scale = String(raw['scale'] ?? 'M').toUpperCase() as ScaleName;
  if (!['S', 'M', 'L'].includes(scale)) throw new Error('--scale must be S, M or L');
  const databaseUrl =
    typeof raw['database-url'] === 'string'
      ? raw['database-url']
      : `postgres://postgres@127.0.0.1:5432/nap_bench_${scale.toLowerCase()}`;
  assertLoopback(databaseUrl.replace(/^postgres(ql)?:/, 'http:'));
  const durationS = raw['duration'] === undefined ? 20 : Number(raw['duration']);
  const rushRate = raw['rush-rate'] === undefined ? 300 : Number(raw['rush-rate']);
  if (!(rushRate >= 0 && rushRate <= 5000)) throw new Error('--rush-rate must be 0–5000 writes/s');
  if (!(durationS >= 3 && durationS <= 60)) throw new Error('--duration must be 3–60 seconds');
  return {
    scale,
    databaseUrl,
    seed: raw['seed'] === undefined ? 42 : Number(raw['seed']),
    durationS,
    rushRate,
    build: raw['no-build'] !== true,
    regenerate: raw['regenerate'] === true,
    coldStart: raw['no-cold-start'] !== true,
    drop: raw['drop'] === true,
    units: raw['units'] === undefined ? undefined : Number(raw['units']),
    apiHeapMb: raw['api-heap-mb'] === undefined ? 192 : Number(raw['api-heap-mb']) || undefined,
    only: typeof raw['only'] === 'string' ? parseOnly(raw['only']) : undefined,
  };
}

const SCENARIOS = ['planTree', 'reference', 'dashboard', 'deadlineRush', 'reports'];
function parseOnly(list: string): Set<string> {
  const names = list
    .split(',')
    .map((n) => n.trim())
    .filter(Boolean);
  const unknown = names.filter((n) => !SCENARIOS.includes(n));
  if (unknown.length)
    throw new Error(`--only: unknown scenario(s) ${unknown.join(', ')}; choose from ${SCENARIOS.join(', ')}`);
  return new Set(names);
}

const log = (line: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}`);

function commitOf(): { commit: string; dirty: boolean } {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short=12', 'HEAD'], { cwd: ROOT }).toString().trim();
    const dirty =
      execFileSync('git', ['status', '--porcelain', '--', 'apps', 'libs'], { cwd: ROOT }).toString().trim() !== '';
    return { commit, dirty };
  } catch {
    return { commit: 'unknown', dirty: false };
  }
}

/** Median of a few sequential requests after the first (warm, no queueing): the per-request cost. */
async function warmSequential(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  token: string,
  n = 5,
  budgetMs = 60_000,
): Promise<{ medianMs: number | null; samples: number[] }> {
  const samples: number[] = [];
  const end = Date.now() + budgetMs;
  for (let i = 0; i < n && Date.now() < end; i += 1)
    samples.push(Math.round((await gql(url, query, variables, token)).ms));
  const sorted = [...samples].sort((a, b) => a - b);
  return { medianMs: sorted.length ? sorted[Math.floor(sorted.length / 2)] : null, samples };
}

/**
 * When one request alone takes more than half the run, a load run would only queue requests
 * that outlive it (and keep the database busy into the next scenario): the single request's
 * time is recorded instead, as a lower bound, and the details say so.
 */
function singleOnly(ms: number, sql: number | null, errors: number): ScenarioStats {
  const t = Math.round(ms * 10) / 10;
  return { p50: t, p95: t, p99: t, rps: Math.round((1000 / ms) * 100) / 100, errors, sqlPerRequest: sql };
}
const tooSlowForLoad = (ms: number, durationS: number) => ms > (durationS * 1000) / 2;

function emptyStats(): ScenarioStats {
  return { p50: null, p95: null, p99: null, rps: null, errors: null, sqlPerRequest: null };
}

async function startApi(databaseUrl: string, secret: string, dataDir: string, heapMb?: number): Promise<Child> {
  const port = await freePort();
  return startChild({
    // BENCH_API_NODE_ARGS: extra node flags for the API, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof" (diagnostics).
    args: [...(heapMb ? [`--max-old-space-size=${heapMb}`] : []), ...(process.env['BENCH_API_NODE_ARGS'] ?? '').split(' ').filter(Boolean), join(ROOT, 'dist/apps/api/main.js')],
    env: {
      // Started as `npm start` and the README's production command start it.
      MALLOC_ARENA_MAX: '2',
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl,
      JWT_SECRET: secret,
      DATA_DIR: dataDir,
      SEED_DEMO: 'false',
      ACCESS_TOKEN_TTL_SECONDS: '3600',
      LOG_SQL: 'false',
      // All bench traffic comes from one loopback address, where the deadline rush stands for
      // twenty agencies' own networks: the per-address limits would measure the limiter.
      RATE_LIMIT_LOGINS_PER_MINUTE: '100000',
      RATE_LIMIT_MUTATIONS_PER_MINUTE: '1000000',
    },
    port,
    probePath: '/ready',
    timeoutMs: 90_000,
  });
}

/**
 * Waits (bounded) until the API has no statement running in the database: a scenario whose
 * requests outlive its run (the server keeps executing them after autocannon hangs up) must not
 * load the next one. What is still running after `maxMs` is cancelled, and reported.
 */
async function drain(databaseUrl: string, maxMs = 60_000): Promise<{ waitedMs: number; cancelled: number }> {
  const client = new Client({ connectionString: databaseUrl, application_name: 'nap-bench' });
  await client.connect();
  const started = Date.now();
  const active = `FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'nap-tracker' AND state = 'active' AND pid <> pg_backend_pid()`;
  try {
    while (Date.now() - started < maxMs) {
      const n = Number((await client.query<{ n: string }>(`SELECT count(*) AS n ${active}`)).rows[0].n);
      if (n === 0) return { waitedMs: Date.now() - started, cancelled: 0 };
      await new Promise((r) => setTimeout(r, 500));
    }
    const r = await client.query(`SELECT pg_cancel_backend(pid) ${active}`);
    return { waitedMs: Date.now() - started, cancelled: r.rowCount ?? 0 };
  } finally {
    await client.end();
  }
}

/** Scenario 3: opens fresh periods (as the coordinator), then 50 focal-point connections save and submit. */
async function deadlineRush(
  api: Child,
  f: Fixtures,
  tokens: { coordinator: string; focal: Map<string, string> },
  databaseUrl: string,
  durationS: number,
  pacedRate: number,
): Promise<{ stats: RushStats; details: Record<string, unknown> }> {
  const assignments = f.assignments.filter((a) => tokens.focal.has(a.organizationId));
  // above any plausible rate on this machine, for the closed-loop run and the paced one
  const wantedPairs = (600 + pacedRate / 2) * durationS;
  const periodCount = Math.max(1, Math.min(10, Math.ceil(wantedPairs / Math.max(1, assignments.length))));
  const stamp = new Date().toISOString().replace(/[-:T]/g, '').slice(2, 14);
  const periods: string[] = [];
  let start = Date.parse(`${f.lastPeriodEnd}T00:00:00Z`) + 86_400_000;
  for (let i = 0; i < periodCount; i += 1) {
    const s = new Date(start).toISOString().slice(0, 10);
    const e = new Date(start + 6 * 86_400_000).toISOString().slice(0, 10);
    const due = new Date(start + 400 * 86_400_000).toISOString().slice(0, 10);
    const res = await gql<{ openReportingPeriod: { id: string } }>(
      api.url,
      OPEN_PERIOD,
      { input: { planId: f.planId, label: `R${stamp}-${i + 1}`, startDate: s, endDate: e, dueDate: due } },
      tokens.coordinator,
    );
    if (!res.data?.openReportingPeriod) throw new Error(`opening a rush period failed: ${JSON.stringify(res.errors)}`);
    periods.push(res.data.openReportingPeriod.id);
    start += 7 * 86_400_000;
  }
  // Interleave organisations so that the 50 connections work for different agencies at once.
  const slots: { assignment: (typeof assignments)[number]; periodId: string; n: number }[] = [];
  const byOrg = new Map<string, typeof assignments>();
  for (const a of assignments) byOrg.set(a.organizationId, [...(byOrg.get(a.organizationId) ?? []), a]);
  for (const periodId of periods) {
    const queues = [...byOrg.values()].map((list) => [...list]);
    for (let more = true; more; ) {
      more = false;
      for (const q of queues) {
        const a = q.shift();
        if (a) {
          slots.push({ assignment: a, periodId, n: slots.length });
          more = true;
        }
      }
    }
  }
  let next = 0;
  const ackedSaves: string[] = [];
  const ackedSubmits: string[] = [];
  // A save and a submission, as both runs send them; a write counts once acknowledged.
  type Slot = (typeof slots)[number];
  const saveRequest = (slot: Slot) => ({
    body: JSON.stringify({ query: SAVE_REPORT, variables: { input: saveInput(f, slot.assignment, slot.periodId, slot.n) } }),
    token: tokens.focal.get(slot.assignment.organizationId) ?? null,
  });
  const submitRequest = (id: string, slot: Slot) => ({
    body: JSON.stringify({ query: SUBMIT_REPORT, variables: { id } }),
    token: tokens.focal.get(slot.assignment.organizationId) ?? null,
  });
  /** The saved report's id (acknowledged), or null. */
  const saveAcknowledged = (json: Answer): string | null => {
    const id = (json.data?.['saveProgressReport'] as { id?: string } | undefined)?.id ?? null;
    if (id) ackedSaves.push(id);
    return id;
  };
  const submitAcknowledged = (json: Answer, id: string): boolean => {
    const ok = (json.data?.['submitProgressReport'] as { status?: string } | undefined)?.status === 'SUBMITTED';
    if (ok) ackedSubmits.push(id);
    return ok;
  };
  const steps: Step[] = [
    {
      kind: 'save',
      body: (context) => {
        const slot = slots[next++];
        if (!slot) return { body: JSON.stringify({ query: '{ __typename }' }), token: null, kind: 'idle' };
        context['slot'] = slot.n;
        return saveRequest(slot);
      },
      check: (json, context) => {
        if (context['slot'] === undefined) return true;
        const id = saveAcknowledged(json);
        if (!id) return false;
        context['reportId'] = id;
        return true;
      },
    },
    {
      kind: 'submit',
      body: (context) => {
        const id = context['reportId'] as string | undefined;
        if (!id) return null; // the save failed: start over with the next assignment
        return submitRequest(id, slots[context['slot'] as number]);
      },
      check: (json, context) => submitAcknowledged(json, context['reportId'] as string),
    },
  ];
  // 1. Capacity: 50 connections, each sending its next write as soon as the last is answered.
  const { stats, details } = await runLoad({
    url: api.url,
    connections: 50,
    durationS,
    maxRequests: slots.length * 2,
    steps,
  });
  const closedSaves = ackedSaves.length;
  const closedSubmits = ackedSubmits.length;

  // 2. Latency at the target rate: writes arrive at pacedRate per second on 50 connections; a
  // saved report is submitted by the next arrival, so saves and submissions alternate.
  let paced: Awaited<ReturnType<typeof runPaced>> | null = null;
  if (pacedRate > 0) {
    const saved: { id: string; slot: Slot }[] = [];
    paced = await runPaced({
      url: api.url,
      connections: 50,
      ratePerS: pacedRate,
      durationS,
      next: () => {
        const ready = saved.shift();
        if (ready) return { kind: 'submit', ...submitRequest(ready.id, ready.slot), check: (json) => submitAcknowledged(json, ready.id) };
        const slot = slots[next++];
        if (!slot) return null;
        return {
          kind: 'save',
          ...saveRequest(slot),
          check: (json) => {
            const id = saveAcknowledged(json);
            if (id) saved.push({ id, slot });
            return id !== null;
          },
        };
      },
    });
  }

  // Every acknowledged write must be in the database, with its audit event.
  const client = new Client({ connectionString: databaseUrl, application_name: 'nap-bench' });
  await client.connect();
  let lost: { reports: number; submissions: number; auditEvents: number };
  try {
    const count = async (sql: string, params: unknown[]) =>
      Number((await client.query<{ n: string }>(sql, params)).rows[0].n);
    const savedFound = await count('SELECT count(*) AS n FROM progress_report WHERE id = ANY($1::uuid[])', [
      ackedSaves,
    ]);
    const submittedFound = await count(
      `SELECT count(*) AS n FROM progress_report WHERE id = ANY($1::uuid[]) AND status = 'SUBMITTED' AND submitted_at IS NOT NULL`,
      [ackedSubmits],
    );
    // one CREATE per acknowledged save and one SUBMIT per acknowledged submission (ix_audit_event_entity)
    const missingAudit = async (ids: string[], action: string) =>
      count(
        `SELECT count(*) AS n FROM unnest($1::text[]) AS x(id)
          WHERE NOT EXISTS (SELECT 1 FROM audit_event e WHERE e.entity_type = 'ProgressReport' AND e.entity_id = x.id AND e.action = $2)`,
        [ids, action],
      );
    const auditMissing = (await missingAudit(ackedSaves, 'CREATE')) + (await missingAudit(ackedSubmits, 'SUBMIT'));
    lost = {
      reports: ackedSaves.length - savedFound,
      submissions: ackedSubmits.length - submittedFound,
      auditEvents: auditMissing,
    };
  } finally {
    await client.end();
  }
  const writes = closedSaves + closedSubmits;
  const writesPerSecond = Math.round((writes / details.durationS) * 10) / 10;
  const sqlOf = (kind: string) => {
    const entries = Object.entries(details.sqlStatements).filter(([k]) => k.startsWith(`${kind}:`));
    entries.sort((a, b) => b[1] - a[1]);
    return entries[0] ? Number(entries[0][0].split(':')[1]) : null;
  };
  const saveSql = sqlOf('save');
  const submitSql = sqlOf('submit');
  const saturated = { p50: stats.p50, p95: stats.p95, p99: stats.p99, rps: writesPerSecond };
  return {
    stats: {
      // latencies at the target rate (the closed loop's are Little's law: 50 in flight / capacity)
      p50: paced ? paced.stats.p50 : stats.p50,
      p95: paced ? paced.stats.p95 : stats.p95,
      p99: paced ? paced.stats.p99 : stats.p99,
      // capacity: acknowledged writes per second with 50 connections writing flat out
      rps: writesPerSecond,
      errors: (stats.errors ?? 0) + (paced?.stats.errors ?? 0),
      sqlPerRequest: saveSql !== null && submitSql !== null ? (saveSql + submitSql) / 2 : null,
      lostWrites: lost.reports + lost.submissions + lost.auditEvents,
      offeredRps: paced ? pacedRate : null,
      pacedRps: paced?.stats.rps ?? null,
      saturated,
    },
    details: {
      ...details,
      closedLoop: { saves: closedSaves, submits: closedSubmits, ...saturated, errors: stats.errors },
      paced: paced ? { ...paced.details, ...paced.stats } : null,
      periodsOpened: periods.length,
      slots: slots.length,
      ackedSaves: ackedSaves.length,
      ackedSubmits: ackedSubmits.length,
      writesPerSecond,
      responsesPerSecond: stats.rps,
      sqlPerSave: saveSql,
      sqlPerSubmit: submitSql,
      lost,
    },
  };
}

/** Scenario 4: one report at a time, polled every 100 ms, while a ping measures responsiveness. */
async function reportTimes(
  api: Child,
  f: Fixtures,
  token: string,
): Promise<{ pdfMs: number | null; xlsxMs: number | null; docxMs: number | null; details: Record<string, unknown> }> {
  const jobs = [
    { key: 'pdfMs', kind: 'PLAN_COMPLETION', format: 'PDF' },
    { key: 'xlsxMs', kind: 'PLAN_COMPLETION', format: 'XLSX' },
    { key: 'docxMs', kind: 'ANNUAL_REPORT', format: 'DOCX' },
  ] as const;
  const out: Record<string, number | null> = { pdfMs: null, xlsxMs: null, docxMs: null };
  const details: Record<string, unknown> = {};
  for (const job of jobs) {
    const jobStarted = performance.now();
    try {
      const r = await reportJob(api, f, token, job);
      if (r === 'unavailable') {
        details['available'] = false;
        details['reason'] = 'generateReport is not in the API schema yet';
        return { pdfMs: null, xlsxMs: null, docxMs: null, details };
      }
      out[job.key] = r.ms;
      details[job.key] = r.details;
    } catch (error) {
      details[job.key] = {
        error: (error as Error).message,
        afterMs: Math.round(performance.now() - jobStarted),
        apiAlive: api.proc.exitCode === null,
        apiOutput: api.output().slice(-1500),
      };
      if (api.proc.exitCode !== null) break;
    }
  }
  details['available'] = true;
  return { pdfMs: out['pdfMs'], xlsxMs: out['xlsxMs'], docxMs: out['docxMs'], details };
}

async function reportJob(
  api: Child,
  f: Fixtures,
  token: string,
  job: { key: string; kind: string; format: string },
): Promise<'unavailable' | { ms: number | null; details: Record<string, unknown> }> {
  {
    const started = performance.now();
    const res = await gql<{ generateReport: { id: string; status: string } }>(
      api.url,
      GENERATE_REPORT,
      { input: { kind: job.kind, planId: f.planId, periodId: f.periodId, format: job.format, language: 'AZ' } },
      token,
    );
    if (notInSchema(res)) return 'unavailable';
    if (!res.data?.generateReport) return { ms: null, details: { error: JSON.stringify(res.errors).slice(0, 500) } };
    const id = res.data.generateReport.id;
    const pings: number[] = [];
    let final: Record<string, unknown> | null = null;
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      const [poll, ping] = await Promise.all([
        gql<{ generatedReport: Record<string, unknown> }>(api.url, GENERATED_REPORT, { id }, token),
        gql(api.url, PING, {}, token),
        new Promise((r) => setTimeout(r, 100)),
      ]);
      pings.push(ping.ms);
      const r = poll.data?.generatedReport;
      if (!r) {
        final = { error: JSON.stringify(poll.errors).slice(0, 300) };
        break;
      }
      if (r['sha256'] || /READY|DONE|COMPLETE|SUCCEEDED|FAILED|ERROR/i.test(String(r['status']))) {
        final = r;
        break;
      }
    }
    const ms = Math.round(performance.now() - started);
    const failed = !final || 'error' in final || /FAILED|ERROR/i.test(String(final['status']));
    return {
      ms: failed ? null : ms,
      details: { ms, final, maxPingMs: Math.round(Math.max(0, ...pings)), pings: pings.length },
    };
  }
}

/** Cold start of the built API on an existing embedded database (seeded by a first start). */
async function coldStart(): Promise<{ firstMs: number; coldMs: number } | { error: string }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'nap-bench-embedded-'));
  try {
    const run = async () => {
      const port = await freePort();
      const child = await startChild({
        // As `npm start` runs it after its build.
        args: ['--max-old-space-size=192', join(ROOT, 'dist/apps/api/main.js')],
        env: { MALLOC_ARENA_MAX: '2', NODE_ENV: 'development', DATABASE_URL: '', DATA_DIR: dataDir, SEED_DEMO: 'true' },
        port,
        probePath: '/ready',
        timeoutMs: 120_000,
      });
      await child.stop();
      return child.startMs;
    };
    const firstMs = await run();
    const coldMs = await run();
    return { firstMs, coldMs };
  } catch (error) {
    return { error: (error as Error).message.slice(0, 500) };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function fmt(v: number | null | undefined, unit = ''): string {
  return v === null || v === undefined ? 'n/a' : `${v}${unit}`;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const benchStarted = Date.now();
  const loadBefore = loadavg();
  const { commit, dirty } = commitOf();
  log(
    `scale ${args.scale}, database ${args.databaseUrl}, commit ${commit}${dirty ? ' (+ uncommitted changes in apps/libs)' : ''}, load average ${loadBefore.map((l) => l.toFixed(1)).join(' ')}`,
  );

  if (args.build) {
    log('npx nx build api …');
    const build = spawnSync('npx', ['nx', 'build', 'api', '--output-style=static'], {
      cwd: ROOT,
      stdio: 'inherit',
      timeout: 600_000,
      env: { ...process.env, NX_DAEMON: 'false' },
    });
    if (build.status !== 0) throw new Error('nx build api failed');
  }

  const marker = generatorMarker(args.scale, args.seed, args.units);
  const existing = await readMarker(args.databaseUrl);
  let generation: Record<string, unknown> = { reused: true, marker: existing };
  if (existing !== marker || args.regenerate) {
    log(`generating ${args.scale} data (seed ${args.seed}) …`);
    const result = await generate({
      scale: args.scale,
      databaseUrl: args.databaseUrl,
      seed: args.seed,
      create: true,
      reset: true,
      units: args.units,
      log: (l) => log(l),
    });
    generation = { reused: false, ...result };
  } else log(`reusing ${args.databaseUrl} (${existing})`);

  const f = await readFixtures(args.databaseUrl);
  log(
    `plan ${f.planCode}: ${f.measureCount} measures, ${f.assignmentCount} assignments; period ${f.periodLabel}; ${f.counts['progress_report']} reports, ${f.counts['indicator_value']} indicator values`,
  );

  const details0: Record<string, unknown> = {};
  const secret = randomBytes(48).toString('base64url');
  const dataDir = mkdtempSync(join(tmpdir(), 'nap-bench-data-'));
  const api = await startApi(args.databaseUrl, secret, dataDir, args.apiHeapMb);
  details0['apiHeapMb'] = args.apiHeapMb ?? null;
  log(`API pid ${api.pid} ready in ${api.startMs} ms at ${api.url}`);
  const rss: Record<string, number | null> = { afterStart: api.peakRssMb() };
  const scenarios = {
    planTree: emptyStats(),
    reference: emptyStats(),
    dashboard: emptyStats(),
    deadlineRush: { ...emptyStats(), lostWrites: null } as RushStats,
    reports: { pdfMs: null as number | null, xlsxMs: null as number | null, docxMs: null as number | null },
  };
  const details: Record<string, unknown> = {
    ...details0,
    generation,
    fixtures: {
      plan: f.planCode,
      measures: f.measureCount,
      assignments: f.assignmentCount,
      period: f.periodLabel,
      counts: f.counts,
    },
    apiStartMs: api.startMs,
  };
  let reference: Child | null = null;
  try {
    const auditor = await login(api.url, f.auditorEmail, PASSWORD);
    const coordinator = await login(api.url, f.coordinatorEmail, PASSWORD);
    const focal = new Map<string, string>();
    for (const orgId of new Set(f.assignments.map((a) => a.organizationId))) {
      const email = f.focalByOrganization.get(orgId);
      if (email) focal.set(orgId, await login(api.url, email, PASSWORD));
    }
    log(`signed in: auditor, coordinator, ${focal.size} focal points`);

    const want = (name: string) => !args.only || args.only.has(name);
    const treeBody = JSON.stringify({ query: PLAN_TREE, variables: { id: f.planId, period: f.periodId } });
    let treeMeasureCount: number | undefined;
    // 1. plan tree
    if (want('planTree')) {
      const once = await gql<{ plan: { measures: unknown[] } }>(
        api.url,
        PLAN_TREE,
        { id: f.planId, period: f.periodId },
        auditor,
      );
      if (once.errors) throw new Error(`plan tree failed: ${JSON.stringify(once.errors).slice(0, 500)}`);
      treeMeasureCount = once.data?.plan.measures.length;
      details['planTreeSingle'] = {
        ms: Math.round(once.ms),
        sql: once.sqlStatements,
        measures: once.data?.plan.measures.length,
        warm: await warmSequential(api.url, PLAN_TREE, { id: f.planId, period: f.periodId }, auditor),
      };
      log(
        `plan tree: one request ${Math.round(once.ms)} ms, ${once.sqlStatements} SQL statements; loading 10 connections × ${args.durationS} s …`,
      );
      if (tooSlowForLoad(once.ms, args.durationS)) {
        scenarios.planTree = singleOnly(once.ms, once.sqlStatements, 0);
        details['planTree'] = {
          loadSkipped: `one request took ${Math.round(once.ms)} ms: figures are that single request (a lower bound)`,
        };
      } else {
        const tree = await runLoad({
          url: api.url,
          connections: 10,
          durationS: args.durationS,
          steps: [{ kind: 'planTree', body: () => ({ body: treeBody, token: auditor }) }],
        });
        scenarios.planTree = tree.stats;
        details['planTree'] = tree.details;
      }
      const tree = { stats: scenarios.planTree };
      rss['planTree'] = api.peakRssMb();
      details['drainAfterPlanTree'] = await drain(args.databaseUrl);
      log(
        `  p50 ${tree.stats.p50} p95 ${tree.stats.p95} p99 ${tree.stats.p99} ms, ${tree.stats.rps} rps, ${tree.stats.errors} errors, SQL ${tree.stats.sqlPerRequest}`,
      );
    }

    // 5. reference, side by side
    if (want('reference')) {
      const refPort = await freePort();
      reference = await startChild({
        args: ['-r', join(ROOT, 'tools/ts-run.cjs'), join(ROOT, 'tools/bench/reference-server.ts')],
        env: { DATABASE_URL: args.databaseUrl, JWT_SECRET: secret, NODE_ENV: 'production' },
        port: refPort,
        probePath: '/graphql?query=%7B__typename%7D',
        timeoutMs: 60_000,
      });
      const refOnce = await gql<{ plan: { measures: unknown[] } }>(
        reference.url,
        PLAN_TREE,
        { id: f.planId, period: f.periodId },
        auditor,
      );
      if (refOnce.errors)
        throw new Error(`reference plan tree failed: ${JSON.stringify(refOnce.errors).slice(0, 500)}`);
      const same = treeMeasureCount === undefined ? null : refOnce.data?.plan.measures.length === treeMeasureCount;
      details['referenceSingle'] = {
        ms: Math.round(refOnce.ms),
        sql: refOnce.sqlStatements,
        sameMeasureCount: same,
        warm: await warmSequential(reference.url, PLAN_TREE, { id: f.planId, period: f.periodId }, auditor),
      };
      log(
        `reference: one request ${Math.round(refOnce.ms)} ms, ${refOnce.sqlStatements} SQL; loading 10 connections × ${args.durationS} s …`,
      );
      if (tooSlowForLoad(refOnce.ms, args.durationS)) {
        scenarios.reference = singleOnly(refOnce.ms, refOnce.sqlStatements, 0);
        details['reference'] = {
          loadSkipped: `one request took ${Math.round(refOnce.ms)} ms: figures are that single request (a lower bound)`,
        };
      } else {
        const r = await runLoad({
          url: reference.url,
          connections: 10,
          durationS: args.durationS,
          steps: [{ kind: 'reference', body: () => ({ body: treeBody, token: auditor }) }],
        });
        scenarios.reference = r.stats;
        details['reference'] = { ...r.details, peakRssMb: reference.peakRssMb() };
      }
      const ref = { stats: scenarios.reference };
      await reference.stop();
      reference = null;
      log(
        `  p50 ${ref.stats.p50} p95 ${ref.stats.p95} p99 ${ref.stats.p99} ms, ${ref.stats.rps} rps, ${ref.stats.errors} errors`,
      );
    }

    // 2. dashboard
    if (want('dashboard')) {
      const dashVars = { plan: f.planId, period: f.periodId };
      const dashOnce = await gql(api.url, DASHBOARD, dashVars, auditor);
      if (notInSchema(dashOnce)) {
        details['dashboard'] = {
          available: false,
          reason: (dashOnce.errors ?? [])
            .map((e) => e.message)
            .join('; ')
            .slice(0, 500),
        };
        log('dashboard: not available in this API build');
      } else {
        details['dashboardSingle'] = {
          ms: Math.round(dashOnce.ms),
          sql: dashOnce.sqlStatements,
          errors: dashOnce.errors ?? null,
        };
        log(
          `dashboard: one request ${Math.round(dashOnce.ms)} ms, ${dashOnce.sqlStatements} SQL; loading 8 connections × ${args.durationS} s …`,
        );
        const dashBody = JSON.stringify({ query: DASHBOARD, variables: dashVars });
        if (tooSlowForLoad(dashOnce.ms, args.durationS)) {
          scenarios.dashboard = singleOnly(dashOnce.ms, dashOnce.sqlStatements, dashOnce.errors ? 1 : 0);
          details['dashboard'] = {
            available: true,
            loadSkipped: `one request took ${Math.round(dashOnce.ms)} ms: figures are that single request (a lower bound)`,
          };
        } else {
          const dash = await runLoad({
            url: api.url,
            connections: 8,
            durationS: args.durationS,
            steps: [{ kind: 'dashboard', body: () => ({ body: dashBody, token: auditor }) }],
          });
          scenarios.dashboard = dash.stats;
          details['dashboard'] = { available: true, ...dash.details };
        }
        const dash = { stats: scenarios.dashboard };
        log(
          `  p50 ${dash.stats.p50} p95 ${dash.stats.p95} p99 ${dash.stats.p99} ms, ${dash.stats.rps} rps, ${dash.stats.errors} errors, SQL ${dash.stats.sqlPerRequest}`,
        );
      }
      rss['dashboard'] = api.peakRssMb();
      details['drainAfterDashboard'] = await drain(args.databaseUrl);
    }

    // 3. deadline rush
    if (want('deadlineRush')) {
      const rushS = Math.min(args.durationS, 15);
      log(`deadline rush: 50 connections × ${rushS} s flat out, then ${args.rushRate} writes/s offered × ${rushS} s …`);
      const rush = await deadlineRush(api, f, { coordinator, focal }, args.databaseUrl, rushS, args.rushRate);
      scenarios.deadlineRush = rush.stats;
      details['deadlineRush'] = rush.details;
      rss['deadlineRush'] = api.peakRssMb();
      log(
        `  capacity ${rush.details['writesPerSecond']} writes/s (closed loop p50 ${rush.stats.saturated?.p50} p95 ${rush.stats.saturated?.p95} ms); ` +
          `at ${rush.stats.offeredRps ?? '—'} writes/s offered: ${rush.stats.pacedRps ?? '—'} achieved, p50 ${rush.stats.p50} p95 ${rush.stats.p95} p99 ${rush.stats.p99} ms; ` +
          `${rush.stats.errors} errors, lost writes ${rush.stats.lostWrites}`,
      );
    }

    // 4. reports
    if (want('reports')) {
      const reports = await reportTimes(api, f, auditor);
      scenarios.reports = { pdfMs: reports.pdfMs, xlsxMs: reports.xlsxMs, docxMs: reports.docxMs };
      details['reports'] = reports.details;
      rss['reports'] = api.peakRssMb();
      log(
        `reports: PDF ${fmt(reports.pdfMs, ' ms')}, XLSX ${fmt(reports.xlsxMs, ' ms')}, DOCX ${fmt(reports.docxMs, ' ms')}${reports.details['available'] === false ? ' (not available)' : ''}`,
      );
    }
  } catch (error) {
    console.error(`API output (tail):\n${api.output().slice(-3000)}`);
    throw error;
  } finally {
    if (reference) await reference.stop();
    rss['end'] = api.peakRssMb();
    await api.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
  const peakRssMb = rss['end'] ?? null;
  details['rssMbAfter'] = rss;

  if (args.coldStart) {
    log('cold start on an existing embedded database …');
    const cold = await coldStart();
    details['coldStart'] = cold;
    log(`  ${JSON.stringify(cold)}`);
  }

  const date = new Date().toISOString().slice(0, 10);
  const result = {
    scale: args.scale,
    date,
    commit,
    machine: { cpus: cpus().length, memGb: Math.round((totalmem() / 2 ** 30) * 10) / 10 },
    scenarios,
    peakRssMb,
  };
  details['commitDirty'] = dirty;
  details['loadAverage'] = { before: loadBefore, after: loadavg() };
  details['benchSeconds'] = Math.round((Date.now() - benchStarted) / 1000);
  const outDir = join(ROOT, 'tools/bench/results');
  mkdirSync(outDir, { recursive: true });
  const base = join(outDir, `${date}-${args.scale}${args.only ? '-partial' : ''}`);
  writeFileSync(`${base}.json`, `${JSON.stringify(result, null, 2)}\n`);
  writeFileSync(`${base}.details.json`, `${JSON.stringify(details, null, 2)}\n`);
  writeFileSync(`${base}.md`, summary(result, details));
  log(`wrote ${base}.json, .md and .details.json (${details['benchSeconds']} s)`);
  if (args.drop) {
    await dropDatabase(args.databaseUrl);
    log(`dropped ${args.databaseUrl}`);
  }
}

type Result = {
  scale: string;
  date: string;
  commit: string;
  machine: { cpus: number; memGb: number };
  scenarios: {
    planTree: ScenarioStats;
    reference: ScenarioStats;
    dashboard: ScenarioStats;
    deadlineRush: RushStats;
    reports: { pdfMs: number | null; xlsxMs: number | null; docxMs: number | null };
  };
  peakRssMb: number | null;
};

function verdict(ok: boolean | null): string {
  return ok === null ? 'not measured' : ok ? 'met' : '**missed**';
}

function summary(r: Result, d: Record<string, unknown>): string {
  const s = r.scenarios;
  const row = (name: string, x: ScenarioStats, extra = '') =>
    `| ${name} | ${fmt(x.p50)} | ${fmt(x.p95)} | ${fmt(x.p99)} | ${fmt(x.rps)} | ${fmt(x.errors)} | ${fmt(x.sqlPerRequest)} |${extra}`;
  const ratio =
    s.planTree.p95 !== null && s.reference.p95 ? Math.round((s.planTree.p95 / s.reference.p95) * 100) / 100 : null;
  const cold = d['coldStart'] as { coldMs?: number } | undefined;
  const warmApi = (d['planTreeSingle'] as { warm?: { medianMs: number | null } } | undefined)?.warm?.medianMs ?? null;
  const warmRef = (d['referenceSingle'] as { warm?: { medianMs: number | null } } | undefined)?.warm?.medianMs ?? null;
  const rush = d['deadlineRush'] as { writesPerSecond?: number } | undefined;
  const load = d['loadAverage'] as { before: number[]; after: number[] };
  const targets: [string, string, boolean | null][] = [
    // The issue's one target at L is the dashboard's (≤ 100 ms); the others are set at M and
    // shown for L as a comparison.
    [
      `dashboard p95 ≤ ${r.scale === 'L' ? 100 : 50} ms (8 connections)`,
      fmt(s.dashboard.p95, ' ms'),
      s.dashboard.p95 === null ? null : s.dashboard.p95 <= (r.scale === 'L' ? 100 : 50),
    ],
    [
      'plan tree ≤ 5 SQL statements',
      fmt(s.planTree.sqlPerRequest),
      s.planTree.sqlPerRequest === null ? null : s.planTree.sqlPerRequest <= 5,
    ],
    [
      'plan tree p95 ≤ 1.3 × reference p95',
      ratio === null ? 'n/a' : `${ratio} ×`,
      ratio === null ? null : ratio <= 1.3,
    ],
    [
      'deadline rush ≥ 300 writes/s (capacity: 50 connections flat out)',
      fmt(rush?.writesPerSecond),
      rush?.writesPerSecond === undefined ? null : rush.writesPerSecond >= 300,
    ],
    [
      `deadline rush p95 ≤ 50 ms at 300 writes/s (offered: ${fmt(s.deadlineRush.offeredRps)}, achieved: ${fmt(s.deadlineRush.pacedRps)})`,
      fmt(s.deadlineRush.p95, ' ms'),
      s.deadlineRush.p95 === null || !s.deadlineRush.offeredRps
        ? null
        : s.deadlineRush.p95 <= 50 && s.deadlineRush.offeredRps >= 300 && (s.deadlineRush.pacedRps ?? 0) >= 0.98 * s.deadlineRush.offeredRps,
    ],
    [
      'deadline rush: 0 errors, 0 lost writes',
      `${fmt(s.deadlineRush.errors)} / ${fmt(s.deadlineRush.lostWrites)}`,
      s.deadlineRush.errors === null ? null : s.deadlineRush.errors === 0 && s.deadlineRush.lostWrites === 0,
    ],
    ['PDF ≤ 3 s', fmt(s.reports.pdfMs, ' ms'), s.reports.pdfMs === null ? null : s.reports.pdfMs <= 3000],
    ['XLSX ≤ 2 s', fmt(s.reports.xlsxMs, ' ms'), s.reports.xlsxMs === null ? null : s.reports.xlsxMs <= 2000],
    ['DOCX ≤ 3 s', fmt(s.reports.docxMs, ' ms'), s.reports.docxMs === null ? null : s.reports.docxMs <= 3000],
    ['API peak RSS ≤ 300 MB', fmt(r.peakRssMb, ' MB'), r.peakRssMb === null ? null : r.peakRssMb <= 300],
    [
      'cold start on existing embedded DB ≤ 5 s',
      fmt(cold?.coldMs, ' ms'),
      cold?.coldMs === undefined ? null : cold.coldMs <= 5000,
    ],
  ];
  return [
    `# Bench ${r.scale} — ${r.date}`,
    '',
    `Commit \`${r.commit}\`${d['commitDirty'] ? ' (with uncommitted changes in apps/ or libs/)' : ''}; ${r.machine.cpus} CPUs, ${r.machine.memGb} GB; load average before ${load.before.map((l) => l.toFixed(1)).join(' / ')}, after ${load.after.map((l) => l.toFixed(1)).join(' / ')} (other work shares this machine: latencies include that noise).`,
    '',
    `Data: ${JSON.stringify((d['fixtures'] as Record<string, unknown>)['counts'])}; plan \`${(d['fixtures'] as Record<string, unknown>)['plan']}\` (${(d['fixtures'] as Record<string, unknown>)['measures']} measures, ${(d['fixtures'] as Record<string, unknown>)['assignments']} assignments), period ${(d['fixtures'] as Record<string, unknown>)['period']}.`,
    '',
    '| scenario | p50 ms | p95 ms | p99 ms | rps | errors | SQL / request |',
    '|---|---|---|---|---|---|---|',
    row('plan tree (10 conn.)', s.planTree),
    row('reference: bare Apollo + pg (10 conn.)', s.reference),
    row('dashboard (8 conn.)', s.dashboard),
    row(`deadline rush at ${fmt(s.deadlineRush.offeredRps)} writes/s offered (50 conn.; rps = achieved)`, { ...s.deadlineRush, rps: s.deadlineRush.pacedRps ?? null }),
    row('deadline rush flat out (50 conn.; rps = acknowledged writes/s, the capacity)', { ...s.deadlineRush, ...(s.deadlineRush.saturated ?? {}) }),
    '',
    `Plan tree, one request at a time (warm median): API ${fmt(warmApi, ' ms')}, reference ${fmt(warmRef, ' ms')}${warmApi && warmRef ? ` (${Math.round((warmApi / warmRef) * 100) / 100} ×)` : ''}.`,
    '',
    `Deadline rush lost writes: ${fmt(s.deadlineRush.lostWrites)}. Reports: PDF ${fmt(s.reports.pdfMs, ' ms')}, XLSX ${fmt(s.reports.xlsxMs, ' ms')}, DOCX ${fmt(s.reports.docxMs, ' ms')}. API peak RSS ${fmt(r.peakRssMb, ' MB')}.`,
    '',
    '## Targets (issue 7)',
    '',
    ...(r.scale === 'L' ? ['At L the issue sets only the dashboard target (≤ 100 ms); the others are its M targets, for comparison.', ''] : []),
    '| target | measured | |',
    '|---|---|---|',
    ...targets.map(([t, m, ok]) => `| ${t} | ${m} | ${verdict(ok)} |`),
    '',
    '## Notes',
    '',
    ...notes(d).map((n) => `- ${n}`),
    '',
    'Per-request details (SQL counts seen, autocannon cross-check, first errors, rush bookkeeping) are in the `.details.json` beside this file.',
    '',
  ].join('\n');
}

function notes(d: Record<string, unknown>): string[] {
  const out: string[] = [];
  for (const key of ['planTree', 'reference', 'dashboard']) {
    const x = d[key] as
      | { loadSkipped?: string; available?: boolean; reason?: string; incomplete?: number; firstErrors?: string[] }
      | undefined;
    if (x?.loadSkipped) out.push(`${key}: no load run — ${x.loadSkipped}.`);
    if (x?.available === false) out.push(`${key}: not available — ${x.reason}`);
    if (x?.incomplete)
      out.push(
        `${key}: ${x.incomplete} requests still in flight when the run ended (not counted as errors, nor in the percentiles).`,
      );
    if (x?.firstErrors?.length)
      out.push(`${key}: first error: \`${x.firstErrors[0].slice(0, 200).replace(/`/g, "'")}\``);
  }
  const rush = d['deadlineRush'] as
    | {
        firstErrors?: string[];
        ackedSaves?: number;
        ackedSubmits?: number;
        periodsOpened?: number;
        sqlPerSave?: number;
        sqlPerSubmit?: number;
        incomplete?: number;
        closedLoop?: { saves: number; submits: number };
        paced?: {
          offeredRps: number;
          scheduled: number;
          answered: number;
          idle: number;
          maxBacklog: number;
          serviceMs: { p50: number | null; p95: number | null };
          firstErrors: string[];
        } | null;
      }
    | undefined;
  if (rush) {
    out.push(
      `deadlineRush: ${rush.ackedSaves} saves and ${rush.ackedSubmits} submissions acknowledged in ${rush.periodsOpened} freshly opened periods (flat out: ${rush.closedLoop?.saves} and ${rush.closedLoop?.submits}); SQL per save ${rush.sqlPerSave}, per submission ${rush.sqlPerSubmit}; ${rush.incomplete ?? 0} requests in flight when the flat-out run ended (not counted). The API ran with RATE_LIMIT_MUTATIONS_PER_MINUTE and RATE_LIMIT_LOGINS_PER_MINUTE raised: all bench traffic comes from one loopback address.`,
    );
    if (rush.paced) {
      out.push(
        `deadlineRush paced (open loop, latency from each write's scheduled arrival, no coordinated omission): ${rush.paced.scheduled} arrivals at ${rush.paced.offeredRps}/s, ${rush.paced.answered} answered, ${rush.paced.idle} with nothing left to do; at most ${rush.paced.maxBacklog} waiting for a connection; service time alone p50 ${fmt(rush.paced.serviceMs.p50, ' ms')}, p95 ${fmt(rush.paced.serviceMs.p95, ' ms')}.`,
      );
    }
    const unique = [...new Set([...(rush.firstErrors ?? []), ...(rush.paced?.firstErrors ?? [])].map((e) => e.slice(0, 220)))];
    for (const e of unique) out.push(`deadlineRush error: \`${e.replace(/`/g, "'").replace(/\n/g, ' ')}\``);
  }
  const reports = d['reports'] as Record<string, unknown> | undefined;
  if (reports) {
    if (reports['available'] === false) out.push(`reports: not available — ${String(reports['reason'])}`);
    for (const k of ['pdfMs', 'xlsxMs', 'docxMs']) {
      const r = reports[k] as { error?: string; ms?: number; maxPingMs?: number; final?: unknown } | undefined;
      if (r?.error)
        out.push(
          `reports ${k}: error "${r.error.slice(0, 200)}" after ${(r as { afterMs?: number }).afterMs ?? '?'} ms`,
        );
      else if (r)
        out.push(
          `reports ${k}: ${r.ms} ms to a final status ${JSON.stringify(r.final).slice(0, 160)}; slowest ping meanwhile ${r.maxPingMs} ms`,
        );
    }
  }
  for (const k of ['drainAfterPlanTree', 'drainAfterDashboard']) {
    const x = d[k] as { waitedMs: number; cancelled: number } | undefined;
    if (x && (x.waitedMs > 1000 || x.cancelled > 0))
      out.push(`${k}: waited ${x.waitedMs} ms for the API's statements to finish; cancelled ${x.cancelled}.`);
  }
  if (d['apiHeapMb']) out.push(`API started with --max-old-space-size=${String(d['apiHeapMb'])}.`);
  return out;
}

main().catch((error: unknown) => {
  console.error(`bench failed: ${(error as Error).stack ?? String(error)}`);
  process.exit(1);
});
