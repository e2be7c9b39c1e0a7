import 'reflect-metadata';
import { Client } from 'pg';
import { hashPassword } from '../../apps/api/src/auth/password';
import { createDataSource } from '../../apps/api/src/database/data-source';
import { DEMO_PASSWORD } from '../../apps/api/src/database/seed/demo-data';
import { rebuildRollups } from '../../apps/api/src/completion/rollup';
import { seedDemo } from '../../apps/api/src/database/seed/demo-seed';
import { BulkWriter, type Column } from './bulk';
import { scaleSpec, type ScaleName, type UnitShape } from './scales';
import { COPY_GROUPS, UnitCopier } from './copy';
import { AuditChainer } from './seals';
import { generateUnit, unitNames, type AuditRow, type AuditSink, type Writers } from './unit';
import { vocabulary } from './words';

export interface GenerateOptions {
  scale: ScaleName;
  databaseUrl: string;
  seed?: number;
  /** Create the database when it does not exist. */
  create?: boolean;
  /** Drop and re-create the database first (implies create). */
  reset?: boolean;
  /** L only: number of countries (default 50). */
  units?: number;
  /** The shape of a country (default: the scale's); tests use a small one. */
  unitShape?: UnitShape;
  log?: (line: string) => void;
}

export interface GenerateResult {
  scale: ScaleName;
  seed: number;
  seconds: number;
  rows: Record<string, number>;
  rowsPerSecond: number;
}

/** The marker the generator leaves on the database (COMMENT ON DATABASE), so a bench can reuse it. */
export function generatorMarker(scale: ScaleName, seed: number, units?: number): string {
  return `nap-generate v2 scale=${scale} seed=${seed}${scale === 'L' ? ` units=${units ?? 50}` : ''}`;
}

function databaseName(url: string): string {
  return decodeURIComponent(new URL(url).pathname.slice(1));
}

function serverUrl(url: string): string {
  const u = new URL(url);
  u.pathname = '/postgres';
  return u.toString();
}

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Creates (or drops and re-creates) the database of `url` on its server. */
export async function ensureDatabase(url: string, opts: { reset?: boolean }): Promise<boolean> {
  const name = databaseName(url);
  const admin = new Client({ connectionString: serverUrl(url) });
  await admin.connect();
  try {
    if (opts.reset) await admin.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
    const exists = (await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount === 1;
    if (!exists) await admin.query(`CREATE DATABASE ${quoteIdent(name)}`);
    return !exists;
  } finally {
    await admin.end();
  }
}

export async function dropDatabase(url: string): Promise<void> {
  const admin = new Client({ connectionString: serverUrl(url) });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${quoteIdent(databaseName(url))} WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}

/** The marker of a generated database, or null. */
export async function readMarker(url: string): Promise<string | null> {
  const client = new Client({ connectionString: url });
  try {
    await client.connect();
  } catch {
    return null;
  }
  try {
    const r = await client.query<{ d: string | null }>(`SELECT shobj_description(oid, 'pg_database') AS d FROM pg_database WHERE datname = current_database()`);
    return r.rows[0]?.d ?? null;
  } finally {
    await client.end();
  }
}

async function migrate(url: string): Promise<void> {
  const ds = createDataSource(url, { poolSize: 2 });
  await ds.initialize();
  try {
    await ds.runMigrations({ transaction: 'each' });
  } finally {
    await ds.destroy();
  }
}

const cols = (spec: string): Column[] =>
  spec
    .trim()
    .split(/\s*,\s*/)
    .map((pair) => {
      const [name, type] = pair.split(/\s+/);
      return { name, type: type as Column['type'] };
    });

/**
 * Audit events with explicit ids and, when the schema has audit_seal, their seals: the chain
 * continues from the last seal, in id order, exactly as the API's sealer would write it.
 */
async function auditSink(client: Client, events: BulkWriter, seals: BulkWriter | null): Promise<AuditSink> {
  const start = await client.query<{ id: string }>('SELECT id::text AS id FROM audit_event ORDER BY audit_event.id DESC LIMIT 1');
  let nextId = BigInt(start.rows[0]?.id ?? '0') + BigInt(1);
  const chainer = seals ? new AuditChainer(client, seals) : null;
  await chainer?.start();
  return {
    async append(e: AuditRow) {
      const id = String(nextId);
      nextId += BigInt(1);
      await events.add([id, e.at, e.actorId, e.actorEmail, e.actorRole, e.action, e.entityType, e.entityId, e.before, e.after, e.requestId]);
      await chainer?.add({ ...e, id });
    },
  };
}

async function sessionFor(url: string, name: string, temp = false): Promise<Client> {
  const c = new Client({ connectionString: url, application_name: name });
  await c.connect();
  await c.query('SET synchronous_commit TO off');
  await c.query('SET jit TO off');
  // Before the session's first temporary table: the source country stays in memory.
  if (temp) await c.query(`SET temp_buffers TO '512MB'`);
  await c.query('SET session_replication_role TO replica').catch(() => undefined);
  return c;
}

/** A promise settled from outside (its rejection is handled where it is awaited). */
function deferred(): { promise: Promise<void>; resolve: () => void; reject: (e: unknown) => void } {
  let resolve: () => void = () => undefined;
  let reject: (e: unknown) => void = () => undefined;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  promise.catch(() => undefined);
  return { promise, resolve, reject };
}

/**
 * Countries 2…units as copies of country 1 (copy.ts), as a pipeline of three sessions: one
 * copies country k's reports, events, audit trail and rollups (COPY_GROUPS[0]), the next its
 * indicator values once its reports are in, and the third chains its audit events in id order.
 */
async function copyCountries(url: string, client: Client, units: number, chained: boolean, log: (line: string) => void, started: number): Promise<void> {
  const block = (await client.query<{ first: string; last: string }>('SELECT min(id)::text AS first, max(id)::text AS last FROM audit_event')).rows[0];
  const first = BigInt(block.first ?? '1');
  const last = BigInt(block.last ?? '0');
  const span = last - first + BigInt(1);
  const source = unitNames(0);
  const sessions: Client[] = [];
  try {
    const copiers: UnitCopier[] = [];
    for (const [i, group] of COPY_GROUPS.entries()) {
      const c = await sessionFor(url, `nap-generate-copy-${i + 1}`, true);
      sessions.push(c);
      copiers.push(new UnitCopier(c, source, group));
    }
    const t = Date.now();
    await Promise.all(copiers.map((c) => c.prepare({ first, last })));
    log(`  country 1 read for copying (${((Date.now() - t) / 1000).toFixed(1)} s)`);

    // done[g][k]: group g of country k (0-based) is committed.
    const done = COPY_GROUPS.map(() => Array.from({ length: units }, () => deferred()));
    const rows = new Array<number>(units).fill(0);
    const stages = copiers.map(async (copier, g) => {
      for (let k = 1; k < units; k += 1) {
        try {
          if (g > 0) await done[g - 1][k].promise;
          rows[k] += await copier.copy(unitNames(k), span * BigInt(k));
          done[g][k].resolve();
          if (g === copiers.length - 1) log(`  country ${k + 1}/${units} copied: ${rows[k].toLocaleString('en')} rows (${((Date.now() - started) / 1000).toFixed(0)} s in all)`);
        } catch (e) {
          for (let j = k; j < units; j += 1) done[g][j].reject(e);
          throw e;
        }
      }
    });
    const sealing = (async () => {
      if (!chained) return;
      const sealClient = await sessionFor(url, 'nap-generate-seal');
      sessions.push(sealClient);
      const seals = new BulkWriter(sealClient, 'audit_seal', cols('event_id bigint, seq bigint, prev_hash text, hash text'), 8000);
      const chainer = new AuditChainer(sealClient, seals);
      await chainer.start();
      for (let k = 1; k < units; k += 1) {
        await done[0][k].promise;
        await chainer.seal(first + span * BigInt(k), last + span * BigInt(k));
      }
      log(`  audit events of countries 2…${units} chained (${((Date.now() - started) / 1000).toFixed(0)} s in all)`);
    })();
    await Promise.all([...stages, sealing]);
  } finally {
    for (const s of sessions) await s.end().catch(() => undefined);
  }
}

/**
 * Writes a data set of the given scale into the database at `databaseUrl`: the API's
 * migrations first, then the rows in bulk. Refuses a database that already has data.
 */
export async function generate(options: GenerateOptions): Promise<GenerateResult> {
  const log = options.log ?? ((line: string) => console.log(line));
  const seed = options.seed ?? 42;
  const spec = scaleSpec(options.scale, options.units);
  const started = Date.now();
  if (options.create || options.reset) {
    const created = await ensureDatabase(options.databaseUrl, { reset: options.reset });
    if (created) log(`created database ${databaseName(options.databaseUrl)}`);
  }
  await migrate(options.databaseUrl);
  log(`migrations applied (${((Date.now() - started) / 1000).toFixed(1)} s)`);

  const rows: Record<string, number> = {};
  const client = new Client({ connectionString: options.databaseUrl, application_name: 'nap-generate' });
  await client.connect();
  try {
    const existing = await client.query<{ n: string }>('SELECT count(*) AS n FROM organization');
    if (Number(existing.rows[0].n) > 0) {
      throw new Error(`database ${databaseName(options.databaseUrl)} already has data: use --reset to start again`);
    }

    if (spec.name === 'S') {
      const ds = createDataSource(options.databaseUrl, { poolSize: 2 });
      await ds.initialize();
      try {
        await ds.transaction((manager) => seedDemo(manager));
      } finally {
        await ds.destroy();
      }
    } else {
      await client.query('SET synchronous_commit TO off');
      // Bulk statements: no JIT compilation (seconds per rollup statement, for nothing), sorts in memory.
      await client.query('SET jit TO off');
      await client.query(`SET work_mem TO '256MB'`);
      // Generated rows are consistent by construction: a superuser may skip the per-row
      // foreign-key triggers (3-4x faster). Elsewhere the checks simply run.
      const fkChecks = await client
        .query('SET session_replication_role TO replica')
        .then(() => 'skipped (session_replication_role = replica)')
        .catch(() => 'checked per row');
      const chained = (await client.query(`SELECT 1 FROM information_schema.tables WHERE table_schema = 'public' AND table_name = 'audit_seal'`)).rows.length > 0;
      let lastReport = Date.now();
      const onWritten = (table: string, n: number) => {
        rows[table] = (rows[table] ?? 0) + n;
        if (Date.now() - lastReport > 3000) {
          lastReport = Date.now();
          const total = Object.values(rows).reduce((s, v) => s + v, 0);
          const secs = (Date.now() - started) / 1000;
          log(`  … ${total.toLocaleString('en')} rows, ${Math.round(total / secs).toLocaleString('en')} rows/s (progress_report ${(rows['progress_report'] ?? 0).toLocaleString('en')}, indicator_value ${(rows['indicator_value'] ?? 0).toLocaleString('en')})`);
        }
      };
      // Structural tables are written whole by flushStructure (in FK order), never part-way.
      const writer = (table: string, spec: string, batch = Number.POSITIVE_INFINITY) => new BulkWriter(client, table, cols(spec), batch, onWritten);
      const structural = {
        organization: writer('organization', 'id uuid, code text, name_az text, name_en text, name_ru text, acronym text, type text, parent_id uuid, created_at timestamptz, updated_at timestamptz'),
        appUser: writer('app_user', 'id uuid, email text, full_name text, role text, organization_id uuid, password_hash text, created_at timestamptz'),
        actionPlan: writer('action_plan', 'id uuid, code text, title_az text, title_en text, start_date date, end_date date, approving_act text, status text, created_at timestamptz, updated_at timestamptz'),
        planSection: writer('plan_section', 'id uuid, plan_id uuid, parent_id uuid, code text, title_az text, title_en text, sort_order int'),
        reportingPeriod: writer('reporting_period', 'id uuid, plan_id uuid, label text, start_date date, end_date date, due_date date, status text, opened_at timestamptz, closed_at timestamptz'),
        measure: writer(
          'measure',
          'id uuid, plan_id uuid, section_id uuid, code text, title_az text, title_en text, description_az text, description_en text, start_date date, due_date date, recurring bool, weight numeric, planned_budget numeric, budget_currency text, funding_source text, expected_result_az text, expected_result_en text, tags text[], created_at timestamptz, updated_at timestamptz',
        ),
        assignment: writer('assignment', 'id uuid, measure_id uuid, organization_id uuid, role text, created_at timestamptz'),
        indicator: writer('indicator', 'id uuid, measure_id uuid, code text, name_az text, name_en text, unit text, currency text, combine_rule text, baseline numeric, target numeric, dimensions jsonb, sort_order int'),
      };
      const order = ['organization', 'appUser', 'actionPlan', 'planSection', 'reportingPeriod', 'measure', 'assignment', 'indicator'] as const;
      const w: Writers = {
        ...structural,
        progressReport: writer(
          'progress_report',
          'id uuid, assignment_id uuid, period_id uuid, measure_id uuid, organization_id uuid, status text, implementation_status text, percent_complete numeric, narrative_az text, narrative_en text, challenges text, next_steps text, expenditure_amount numeric, expenditure_currency text, expenditure_source text, late bool, version int, created_at timestamptz, created_by uuid, updated_at timestamptz, updated_by uuid, submitted_at timestamptz, submitted_by uuid, returned_at timestamptz, returned_by uuid, accepted_at timestamptz, accepted_by uuid',
          4000,
        ),
        indicatorValue: writer('indicator_value', 'id uuid, report_id uuid, indicator_id uuid, value numeric, breakdown jsonb', 10000),
        reportEvent: writer('report_event', 'id uuid, report_id uuid, action text, from_status text, to_status text, report_version int, comment text, snapshot jsonb, actor_id uuid, at timestamptz, late bool', 8000),
        auditEvent: writer(
          'audit_event',
          'id bigint, at timestamptz, actor_id uuid, actor_email text, actor_role text, action text, entity_type text, entity_id text, before jsonb, after jsonb, request_id text',
          8000,
        ),
        auditSeal: writer('audit_seal', 'event_id bigint, seq bigint, prev_hash text, hash text', 8000),
        async flushStructure() {
          // In FK order: a batch must never reach the server before the rows it points to.
          for (const name of order) await structural[name].close();
        },
      };
      w.indicatorValue.dependsOn(w.progressReport);
      w.reportEvent.dependsOn(w.progressReport);
      w.auditSeal.dependsOn(w.auditEvent);
      const audit = await auditSink(client, w.auditEvent, chained ? w.auditSeal : null);
      const passwordHash = await hashPassword(DEMO_PASSWORD);
      const words = vocabulary();
      log(`scale ${spec.name}: ${spec.units} ${spec.units === 1 ? 'country' : 'countries'}, seed ${seed}, ${words.words.length} Azerbaijani words from ${words.source}${chained ? ', hash-chained audit events' : ''}, foreign keys ${fkChecks}`);
      // Country 1 is generated row by row; countries 2…N (L) are copies of it made inside
      // PostgreSQL (copy.ts): the same rows under the country's ids, codes and e-mails.
      await generateUnit(w, audit, { index: 0, prefixed: spec.name === 'L', seed, shape: options.unitShape ?? spec.unit, passwordHash });
      // Reports point to their assignment and period; values, events to their report.
      for (const writer of [w.progressReport, w.indicatorValue, w.reportEvent, w.auditEvent, w.auditSeal]) await writer.close();
      log(`  country 1/${spec.units} written (${((Date.now() - started) / 1000).toFixed(0)} s)`);
      // Statistics of the written rows before the rollups are computed from them.
      await client.query('ANALYZE');
      const t = Date.now();
      const plans = (await client.query<{ id: string }>('SELECT id FROM action_plan ORDER BY id')).rows.map((r) => r.id);
      await rebuildRollups((sql, params) => client.query(sql, params as unknown[]).then((r) => r.rows), plans);
      log(`  country 1/${spec.units}: rollups of its ${plans.length} plans in ${((Date.now() - t) / 1000).toFixed(1)} s`);
      if (spec.units > 1) await copyCountries(options.databaseUrl, client, spec.units, chained, log, started);
      // The next event the API appends must get the next id.
      await client.query(`SELECT setval(pg_get_serial_sequence('audit_event', 'id'), GREATEST((SELECT max(id) FROM audit_event), 1))`);
      // Without session_replication_role the queueing trigger ran too: these events are sealed already.
      if (chained) await client.query('DELETE FROM audit_unsealed u USING audit_seal s WHERE s.event_id = u.event_id');
    }
    // S: the demo's rollups, from the rows it wrote (M and L built theirs country by country).
    // The API keeps them up to date from here on.
    if (spec.name === 'S') await rebuildRollups((sql, params) => client.query(sql, params as unknown[]).then((r) => r.rows));
    log('ANALYZE …');
    await client.query('ANALYZE');
    await client.query(`COMMENT ON DATABASE ${quoteIdent(databaseName(options.databaseUrl))} IS '${generatorMarker(spec.name, seed, options.units)}'`);
    for (const table of ['organization', 'app_user', 'action_plan', 'plan_section', 'measure', 'assignment', 'indicator', 'reporting_period', 'progress_report', 'indicator_value', 'report_event', 'audit_event', 'audit_seal']) {
      const r = await client.query<{ n: string }>(`SELECT count(*) AS n FROM "${table}"`);
      rows[table] = Number(r.rows[0].n);
    }
  } finally {
    await client.end();
  }
  const seconds = (Date.now() - started) / 1000;
  const total = Object.values(rows).reduce((s, v) => s + v, 0);
  return { scale: spec.name, seed, seconds, rows, rowsPerSecond: Math.round(total / seconds) };
}
