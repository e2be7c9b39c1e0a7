/**
 * CI check, not a timed test: each bench scenario's request issues the same number of SQL
 * statements on the demo data (S) and on a generated country (M: 520-measure plan, ~1,560
 * assignments, ~50,000 reports). A count that grows with the data is an N+1 or a batch
 * limit, and shows here long before it shows in a latency chart.
 *
 *   NODE_OPTIONS=--experimental-vm-modules npx jest -c tools/bench/jest.config.cts
 *
 * Needs a PostgreSQL server: TEST_DATABASE_URL (else DATABASE_URL, else
 * postgres://postgres@127.0.0.1:5432/postgres); it creates two databases beside it and drops them.
 * SQL_COUNT_SCALES=S,M (default) chooses the scales compared.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { startApp, type RunningApp } from '../../apps/api/src/bootstrap';
import { PENDING_EVENTS_SQL } from '../../apps/api/src/audit/audit-chain';
import { reconcileRollups } from '../../apps/api/src/completion/rollup';
import { loadConfig } from '../../apps/api/src/config/app-config';
import { dropDatabase, generate } from '../generate/generator';
import type { ScaleName } from '../generate/scales';
import { gql, login, notInSchema } from './client';
import { readFixtures, saveInput } from './fixtures';
import { DASHBOARD, OPEN_PERIOD, PLAN_TREE, SAVE_REPORT, SUBMIT_REPORT } from './queries';

const SERVER = process.env['TEST_DATABASE_URL'] ?? process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const SCALES = (process.env['SQL_COUNT_SCALES'] ?? 'S,M').split(',').map((s) => s.trim().toUpperCase() as ScaleName);
const PASSWORD = 'Demo-2016!';

type Counts = Record<'planTree' | 'dashboard' | 'save' | 'submit', number | null>;

function databaseUrl(name: string): string {
  const url = new URL(SERVER);
  url.pathname = `/${name}`;
  return url.toString();
}

/** How many rollup rows differ from a rebuild from the raw tables (read only). */
async function rollupDifferences(url: string): Promise<number> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await reconcileRollups((sql, params) => client.query(sql, params as unknown[]).then((r) => r.rows), { dryRun: true })).length;
  } finally {
    await client.end();
  }
}

/** Events queued for the audit sealer in sealerRead (fewer where the data hold fewer events). */
const QUEUED_EVENTS = 10;

type PlanNode = Record<string, unknown> & { Plans?: PlanNode[] };

/** Rows a plan read from a table: returned or filtered out, over all loops. */
function rowsReadFrom(node: PlanNode, table: string): number {
  const own =
    node['Relation Name'] === table
      ? (Number(node['Actual Rows'] ?? 0) + Number(node['Rows Removed by Filter'] ?? 0) + Number(node['Rows Removed by Index Recheck'] ?? 0)) * Number(node['Actual Loops'] ?? 1)
      : 0;
  return own + (node.Plans ?? []).reduce((sum, child) => sum + rowsReadFrom(child, table), 0);
}

/**
 * Rows of audit_event the audit sealer's read of its queue touches with QUEUED_EVENTS events
 * queued, under the statistics that made a join of the queue read all of audit_event during the
 * M deadline rush: the queue analysed while long, then drained (all rolled back afterwards).
 */
async function sealerRead(url: string): Promise<{ events: number; auditRowsRead: number }> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query('INSERT INTO audit_unsealed (event_id) SELECT id FROM audit_event ON CONFLICT DO NOTHING');
    await client.query('ANALYZE audit_unsealed');
    await client.query('DELETE FROM audit_unsealed WHERE event_id NOT IN (SELECT id FROM audit_event ORDER BY id DESC LIMIT $1)', [QUEUED_EVENTS]);
    const explained = await client.query<{ 'QUERY PLAN': { Plan: PlanNode }[] }>(`EXPLAIN (ANALYZE, FORMAT JSON) ${PENDING_EVENTS_SQL}`, [2000]);
    const plan = explained.rows[0]['QUERY PLAN'][0].Plan;
    return { events: Number(plan['Actual Rows']), auditRowsRead: rowsReadFrom(plan, 'audit_event') };
  } finally {
    await client.query('ROLLBACK').catch(() => undefined);
    await client.end();
  }
}

/** Generates the scale into a database of its own, starts the API on it and counts each scenario's statements once. */
async function countsFor(scale: ScaleName): Promise<{
  counts: Counts;
  measures: number;
  assignments: number;
  differences: { generated: number; afterRequests: number };
  sealerRead: { events: number; auditRowsRead: number };
}> {
  const url = databaseUrl(`nap_sqlcount_${scale.toLowerCase()}_${randomBytes(3).toString('hex')}`);
  const dataDir = mkdtempSync(join(tmpdir(), 'nap-sqlcount-'));
  let running: RunningApp | null = null;
  try {
    await generate({ scale, databaseUrl: url, seed: 42, create: true, reset: true, log: () => undefined });
    // The generator's rollups (rebuilt country by country, beside the writing) equal a rebuild.
    const generated = await rollupDifferences(url);
    const f = await readFixtures(url);
    const config = loadConfig({
      NODE_ENV: 'test',
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      SEED_DEMO: 'false',
      JWT_SECRET: randomBytes(32).toString('hex'),
      DATABASE_URL: url,
    });
    running = await startApp(config, { silent: true });
    const api = running.url.replace('localhost', '127.0.0.1');
    const auditor = await login(api, f.auditorEmail, PASSWORD);
    const coordinator = await login(api, f.coordinatorEmail, PASSWORD);

    const tree = await gql(api, PLAN_TREE, { id: f.planId, period: f.periodId }, auditor);
    expect(tree.errors).toBeUndefined();

    const dash = await gql(api, DASHBOARD, { plan: f.planId, period: f.periodId }, auditor);
    const dashboardAvailable = !notInSchema(dash);
    if (dashboardAvailable) expect(dash.errors).toBeUndefined();

    // A fresh period, and an assignment whose measure has a disaggregated indicator: the same input shape at every scale.
    const start = new Date(Date.parse(`${f.lastPeriodEnd}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    const opened = await gql<{ openReportingPeriod: { id: string } }>(
      api,
      OPEN_PERIOD,
      { input: { planId: f.planId, label: 'SQL-COUNT', startDate: start, endDate: start, dueDate: start } },
      coordinator,
    );
    expect(opened.errors).toBeUndefined();
    const periodId = opened.data?.openReportingPeriod.id as string;
    const assignment = f.assignments.find(
      (a) => f.focalByOrganization.has(a.organizationId) && (f.indicatorsByMeasure.get(a.measureId) ?? []).some((i) => i.dimensions.length > 0),
    );
    if (!assignment) throw new Error(`no assignment with a disaggregated indicator at scale ${scale}`);
    const focal = await login(api, f.focalByOrganization.get(assignment.organizationId) as string, PASSWORD);
    const input = saveInput(f, assignment, periodId, 1);
    // the same number of indicator values at every scale
    input['indicatorValues'] = (input['indicatorValues'] as { breakdown: unknown[] }[]).filter((v) => v.breakdown.length > 0).slice(0, 1);
    const save = await gql<{ saveProgressReport: { id: string } }>(api, SAVE_REPORT, { input }, focal);
    expect(save.errors).toBeUndefined();
    const submit = await gql(api, SUBMIT_REPORT, { id: save.data?.saveProgressReport.id }, focal);
    expect(submit.errors).toBeUndefined();

    return {
      differences: { generated, afterRequests: await rollupDifferences(url) },
      sealerRead: await sealerRead(url),
      counts: {
        planTree: tree.sqlStatements,
        dashboard: dashboardAvailable ? dash.sqlStatements : null,
        save: save.sqlStatements,
        submit: submit.sqlStatements,
      },
      measures: f.measureCount,
      assignments: f.assignmentCount,
    };
  } finally {
    if (running) await running.close();
    await dropDatabase(url).catch(() => undefined);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

describe(`SQL statements per bench request are the same on ${SCALES.join(' and ')} data`, () => {
  const results = new Map<ScaleName, Awaited<ReturnType<typeof countsFor>>>();

  beforeAll(async () => {
    for (const scale of SCALES) results.set(scale, await countsFor(scale));
    for (const [scale, r] of results) {
      console.log(
        `scale ${scale}: ${r.measures} measures, ${r.assignments} assignments, SQL statements ${JSON.stringify(r.counts)}, sealer read ${r.sealerRead.auditRowsRead} audit rows for ${r.sealerRead.events} events`,
      );
    }
  });
  afterAll(() => results.clear());

  it('the data differ in size (the comparison means something)', () => {
    const sizes = SCALES.map((s) => results.get(s)?.assignments ?? 0);
    expect(Math.max(...sizes)).toBeGreaterThan(Math.min(...sizes) * 5);
  });

  it('the audit sealer reads its queued events by key, not the audit table, at every scale', () => {
    for (const scale of SCALES) {
      const read = results.get(scale)?.sealerRead;
      expect(read?.events).toBeGreaterThan(0);
      expect({ scale, auditRowsRead: read?.auditRowsRead }).toEqual({ scale, auditRowsRead: read?.events });
    }
  });

  it('the generated rollups equal a rebuild from the raw rows, and still do after a save and a submission', () => {
    for (const scale of SCALES) expect({ scale, differences: results.get(scale)?.differences }).toEqual({ scale, differences: { generated: 0, afterRequests: 0 } });
  });

  for (const scenario of ['planTree', 'dashboard', 'save', 'submit'] as const) {
    it(`${scenario}: the same count at every scale`, () => {
      const counts = SCALES.map((s) => results.get(s)?.counts[scenario]);
      if (counts.every((c) => c === null)) return; // not in this API yet
      expect(counts.every((c) => typeof c === 'number' && Number.isFinite(c))).toBe(true);
      expect({ scenario, counts: Object.fromEntries(SCALES.map((s, i) => [s, counts[i]])) }).toEqual({
        scenario,
        counts: Object.fromEntries(SCALES.map((s) => [s, counts[0]])),
      });
    });
  }
});
