import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServerDatabase, gql, httpGet, logOfError, percentile, sleep, spawnApi, sqlOn, startPrivateCluster, type ApiProcess, type GqlResult, type PgServer, type ServerDatabase } from './harness';
import { halfWritten, HALF_WRITTEN_SQL, prepareWorkbench, startStream, type OpRecord, type ReportRow, type Workbench } from './workload';

/**
 * The API as a real process on its own database of the machine's PostgreSQL server, under a
 * steady stream of save + submit. The server is restarted twice mid-stream: once at once
 * (`pg_ctlcluster … restart`), once stopped for a few seconds and started again. Afterwards:
 * nothing acknowledged is lost, nothing is half-written, the outage was answered fast with
 * SERVICE_UNAVAILABLE (`/ready` 503, `/health` 200 with database "down"), and the same process
 * serves again within 10 s of the database's return.
 */
const OUTAGE_MS = 5000;
const RECOVERY_LIMIT_MS = 10000;
/** A request while the database is down must be answered within this (a refused connection is immediate). */
const FAIL_FAST_MS = 3000;

interface Probe {
  at: number;
  health: { status: number; body: Record<string, unknown> | null; ms: number };
  ready: { status: number; body: Record<string, unknown> | null; ms: number };
  read: GqlResult<unknown>;
}

interface Fault {
  kind: 'restart' | 'stop-start';
  /** pg_ctlcluster stop/restart issued. */
  downAt: number;
  /** stop finished (server gone) — for 'stop-start' only. */
  stoppedAt?: number;
  /** start issued — for 'stop-start' only. */
  startAt?: number;
  /** the server answers again. */
  backAt: number;
  /** first acknowledged mutation that started after backAt. */
  apiBackAt?: number;
  /** first /ready 200 after backAt. */
  readyBackAt?: number;
}

describe('PostgreSQL restarts under a stream of submissions (real server)', () => {
  let db: ServerDatabase;
  let api: ApiProcess;
  let bench: Workbench;
  let dataDir: string;
  const probes: Probe[] = [];
  const faults: Fault[] = [];
  let records: OpRecord[] = [];
  let pid: number;
  // A throwaway server of its own: restarting it disturbs no other test run on the machine.
  let pgCluster: PgServer;

  beforeAll(async () => {
    pgCluster = await startPrivateCluster();
    db = await createServerDatabase('nap_fault', pgCluster.adminUrl);
    dataDir = mkdtempSync(join(tmpdir(), 'nap-fault-'));
    api = await spawnApi({ DATABASE_URL: db.url, SEED_DEMO: 'true', DATA_DIR: dataDir });
    pid = api.pid;
    bench = await prepareWorkbench(api.url, 15, 2101);

    let probing = true;
    const prober = (async () => {
      while (probing) {
        const at = Date.now();
        const [health, ready, read] = await Promise.all([
          httpGet(`${api.url}/health`),
          httpGet(`${api.url}/ready`),
          gql(api.url, '{ organizations { id } }', {}, bench.coordinator, { timeoutMs: 15000 }),
        ]);
        probes.push({ at, health, ready, read });
        await sleep(200);
      }
    })();
    const stream = startStream(bench, { workers: 3, pauseMs: 100, pauseAfterFailureMs: 250 });

    const waitForRecovery = async (fault: Fault) => {
      const until = fault.backAt + 20000;
      while (Date.now() < until && (fault.apiBackAt === undefined || fault.readyBackAt === undefined)) {
        fault.apiBackAt ??= stream.records.find((r) => r.ok && r.startedAt >= fault.backAt)?.startedAt;
        const readyProbe = probes.find((p) => p.at >= fault.backAt && p.ready.status === 200);
        if (readyProbe) fault.readyBackAt ??= readyProbe.at + readyProbe.ready.ms;
        await sleep(100);
      }
      if (fault.apiBackAt !== undefined) {
        const first = stream.records.find((r) => r.ok && r.startedAt >= fault.backAt) as OpRecord;
        fault.apiBackAt = first.startedAt + first.ms;
      }
    };

    try {
      await sleep(4000);
      // 1. An immediate restart.
      const restart: Fault = { kind: 'restart', downAt: Date.now(), backAt: 0 };
      await pgCluster.ctl('restart');
      restart.backAt = await pgCluster.waitUntilUp();
      faults.push(restart);
      await waitForRecovery(restart);
      await sleep(3000);

      // 2. Stopped for a few seconds, then started.
      const outage: Fault = { kind: 'stop-start', downAt: Date.now(), backAt: 0 };
      await pgCluster.ctl('stop');
      outage.stoppedAt = Date.now();
      await sleep(OUTAGE_MS);
      outage.startAt = Date.now();
      await pgCluster.ctl('start');
      outage.backAt = await pgCluster.waitUntilUp();
      faults.push(outage);
      await waitForRecovery(outage);
      await sleep(3000);
    } finally {
      await pgCluster.ensureUp();
      records = await stream.stop();
      probing = false;
      await prober;
    }
    summarize();
  }, 300000);

  afterAll(async () => {
    await pgCluster?.ensureUp();
    if (api) {
      const code = await api.stop('SIGTERM');
      if (code !== 0) console.warn(`API exited with ${code} on SIGTERM:\n${api.output().slice(-3000)}`);
    }
    if (db) await db.drop();
    await pgCluster?.destroy();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }, 60000);

  function summarize() {
    const t0 = records[0]?.startedAt ?? Date.now();
    const rel = (t?: number) => (t === undefined ? '—' : `${((t - t0) / 1000).toFixed(2)} s`);
    const byCode = new Map<string, number>();
    for (const r of records) {
      const key = `${r.kind}:${r.ok ? 'ok' : (r.code ?? r.transportError ?? `HTTP ${r.status}`)}`;
      byCode.set(key, (byCode.get(key) ?? 0) + 1);
    }
    const lines = [
      `operations: ${records.length} (${[...byCode].map(([k, v]) => `${k} ${v}`).join(', ')})`,
      ...faults.map(
        (f) =>
          `${f.kind}: down ${rel(f.downAt)}${f.stoppedAt ? `, stopped ${rel(f.stoppedAt)}, start ${rel(f.startAt)}` : ''}, server back ${rel(f.backAt)}, ` +
          `first ack'd mutation ${f.apiBackAt ? `${f.apiBackAt - f.backAt} ms` : 'never'} after, /ready 200 ${f.readyBackAt ? `${f.readyBackAt - f.backAt} ms` : 'never'} after`,
      ),
      `latency of failed requests: p50 ${percentile(records.filter((r) => !r.ok).map((r) => r.ms), 50)} ms, max ${Math.max(0, ...records.filter((r) => !r.ok).map((r) => r.ms))} ms`,
    ];
    console.log(`[pg-restart]\n  ${lines.join('\n  ')}`);
  }

  const allResponses = (): { what: string; status: number; code?: string; transportError?: string; message?: string; startedAt: number; ms: number }[] => [
    ...records.map((r) => ({ what: `${r.kind} #${r.slot}`, status: r.status, code: r.code, transportError: r.transportError, message: r.message, startedAt: r.startedAt, ms: r.ms })),
    ...probes.map((p) => ({ what: 'probe read', status: p.read.status, code: p.read.errors?.[0]?.extensions?.code, transportError: p.read.transportError, message: p.read.errors?.[0]?.message, startedAt: p.at, ms: p.read.ms })),
  ];

  it('kept the same API process running throughout', () => {
    expect(api.alive()).toBe(true);
    expect(api.pid).toBe(pid);
    expect(faults).toHaveLength(2);
  });

  it('ran a real stream on both sides of each fault', () => {
    for (const f of faults) {
      expect(records.filter((r) => r.ok && r.startedAt + r.ms < f.downAt).length).toBeGreaterThan(5);
      expect(records.filter((r) => r.ok && r.startedAt > f.backAt).length).toBeGreaterThan(5);
    }
  });

  it('answered every failed request with a code: SERVICE_UNAVAILABLE, never INTERNAL_SERVER_ERROR, 500 or a dropped connection', () => {
    const failures = allResponses().filter((r) => r.code !== undefined || r.status !== 200 || r.transportError);
    const wrong = failures.filter((r) => r.code !== 'SERVICE_UNAVAILABLE');
    expect(wrong.map((r) => `${r.what} at +${r.startedAt - (records[0]?.startedAt ?? 0)} ms: HTTP ${r.status} ${r.code ?? ''} ${r.transportError ?? ''} ${r.message ?? ''} ${logOfError(api, r.message)}`.trim())).toEqual([]);
  });

  it('failed fast while the database was stopped', () => {
    const outage = faults.find((f) => f.kind === 'stop-start') as Fault;
    const during = allResponses().filter((r) => r.startedAt >= (outage.stoppedAt as number) + 100 && r.startedAt + r.ms <= (outage.startAt as number));
    expect(during.length).toBeGreaterThan(10);
    expect(during.filter((r) => r.code !== 'SERVICE_UNAVAILABLE').map((r) => `${r.what}: ${r.status} ${r.code} ${r.transportError ?? ''}`)).toEqual([]);
    expect(during.filter((r) => r.ms > FAIL_FAST_MS).map((r) => `${r.what}: ${r.ms} ms`)).toEqual([]);
  });

  it('said so on /health (200, database down) and /ready (503) during the outage', () => {
    const outage = faults.find((f) => f.kind === 'stop-start') as Fault;
    const during = probes.filter((p) => p.at >= (outage.stoppedAt as number) + 100 && p.at + Math.max(p.health.ms, p.ready.ms) <= (outage.startAt as number));
    expect(during.length).toBeGreaterThan(5);
    for (const p of during) {
      expect({ status: p.health.status, database: p.health.body?.['database'] }).toEqual({ status: 200, database: 'down' });
      expect(p.ready.status).toBe(503);
      expect(p.health.ms).toBeLessThan(FAIL_FAST_MS);
      expect(p.ready.ms).toBeLessThan(FAIL_FAST_MS);
    }
  });

  it('served again within 10 s of the database’s return, without a restart', () => {
    for (const f of faults) {
      expect({ kind: f.kind, apiBack: f.apiBackAt !== undefined && f.apiBackAt - f.backAt < RECOVERY_LIMIT_MS }).toEqual({ kind: f.kind, apiBack: true });
      expect({ kind: f.kind, readyBack: f.readyBackAt !== undefined && f.readyBackAt - f.backAt < RECOVERY_LIMIT_MS }).toEqual({ kind: f.kind, readyBack: true });
    }
  });

  it('lost no acknowledged submission and half-wrote no report', async () => {
    const rows = await sqlOn<ReportRow>(db.url, HALF_WRITTEN_SQL, [bench.periodIds]);
    const byId = new Map(rows.map((r) => [r.id, r]));
    const ackedSaves = records.filter((r) => r.kind === 'save' && r.ok);
    const ackedSubmits = records.filter((r) => r.kind === 'submit' && r.ok);
    expect(ackedSubmits.length).toBeGreaterThan(20);
    expect(ackedSubmits.filter((r) => byId.get(r.reportId as string)?.status !== 'SUBMITTED').map((r) => r.reportId)).toEqual([]);
    expect(ackedSaves.filter((r) => !byId.has(r.reportId as string)).map((r) => r.reportId)).toEqual([]);
    // Each acknowledged save stored the narrative it sent.
    const narratives = await sqlOn<{ id: string; narrative_en: string }>(db.url, 'SELECT id, narrative_en FROM progress_report WHERE period_id = ANY($1::uuid[])', [bench.periodIds]);
    const narrativeOf = new Map(narratives.map((n) => [n.id, n.narrative_en]));
    expect(ackedSaves.filter((r) => narrativeOf.get(r.reportId as string) !== r.narrative).map((r) => r.reportId)).toEqual([]);
    expect(rows.flatMap(halfWritten)).toEqual([]);
  });
});
