/**
 * The L scale's countries 2…N are copies of country 1 made inside PostgreSQL (copy.ts). On a
 * small country shape, three countries: every table holding country rows is copied, no
 * reference crosses countries, codes and e-mails are the country's, the rollups equal a rebuild,
 * the audit chain verifies, and the API serves a copied country (its coordinator signs in; its
 * dashboard equals the source's but for ids and codes).
 *
 * Needs a PostgreSQL server: TEST_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres);
 * it creates a database beside it and drops it.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { verifyAuditChain } from '../../apps/api/src/audit/audit-chain';
import { startApp, type RunningApp } from '../../apps/api/src/bootstrap';
import { reconcileRollups } from '../../apps/api/src/completion/rollup';
import { loadConfig } from '../../apps/api/src/config/app-config';
import { createDataSource } from '../../apps/api/src/database/data-source';
import { gql, login } from '../bench/client';
import { DASHBOARD } from '../bench/queries';
import { COPIED_TABLES, idRange } from './copy';
import { dropDatabase, generate } from './generator';
import { M_UNIT, type UnitShape } from './scales';

const SERVER = process.env['TEST_DATABASE_URL'] ?? process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const UNITS = 3;
const SHAPE: UnitShape = {
  ...M_UNIT,
  organizations: 14,
  plans: [
    { ...M_UNIT.plans[0], measures: 24, sections: 3 },
    { ...M_UNIT.plans[1], measures: 5, sections: 1 },
  ],
  // generateUnit starts measures in the first 15 quarters
  quarters: 16,
  firstYear: 2023,
  indicators: { min: 1, max: 4 },
};
/** Tables that hold rows after generation but are not copied as such. */
const NOT_COPIED = new Set(['schema_migrations', 'audit_seal']);

const url = (() => {
  const u = new URL(SERVER);
  u.pathname = `/nap_copy_${randomBytes(3).toString('hex')}`;
  return u.toString();
})();
const hex8 = (n: number) => n.toString(16).padStart(8, '0');

describe('L scale: countries 2…N copied from country 1 inside PostgreSQL', () => {
  let db: Client;
  const q = async <T extends Record<string, unknown>>(sql: string, params: unknown[] = []) => (await db.query<T>(sql, params)).rows;

  beforeAll(async () => {
    await generate({ scale: 'L', units: UNITS, unitShape: SHAPE, databaseUrl: url, seed: 7, create: true, reset: true, log: () => undefined });
    db = new Client({ connectionString: url });
    await db.connect();
  });
  afterAll(async () => {
    await db?.end();
    await dropDatabase(url).catch(() => undefined);
  });

  it('every table that holds country rows is copied, with the same number of rows for each country', async () => {
    const tables = (await q<{ t: string }>(`SELECT table_name AS t FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`)).map((r) => r.t);
    const copied = new Map(COPIED_TABLES.map(([t, f]) => [t, f]));
    for (const t of tables) {
      const [{ n }] = await q<{ n: number }>(`SELECT count(*)::int AS n FROM "${t}"`);
      if (n > 0 && !NOT_COPIED.has(t)) expect({ table: t, copied: copied.has(t) }).toEqual({ table: t, copied: true });
    }
    for (const [table, filter] of COPIED_TABLES) {
      const key = filter === 'audit' ? null : filter;
      const perCountry = key
        ? await q<{ prefix: string; n: number }>(`SELECT left(${key}::text, 8) AS prefix, count(*)::int AS n FROM "${table}" GROUP BY 1 ORDER BY 1`)
        : await q<{ prefix: string; n: number }>(`SELECT left(entity_id, 8) AS prefix, count(*)::int AS n FROM audit_event GROUP BY 1 ORDER BY 1`);
      if (table === 'dashboard_version' && perCountry.length === 0) continue;
      expect({ table, countries: perCountry.map((r) => r.prefix) }).toEqual({ table, countries: [1, 2, 3].map(hex8) });
      expect({ table, counts: perCountry.map((r) => r.n) }).toEqual({ table, counts: perCountry.map(() => perCountry[0].n) });
      expect(perCountry[0].n).toBeGreaterThan(0);
    }
    // audit events: one block of ids per country, each sealed once
    const [{ events, seals, distinctEvents }] = await q<{ events: number; seals: number; distinctEvents: number }>(
      `SELECT (SELECT count(*)::int FROM audit_event) AS events, (SELECT count(*)::int FROM audit_seal) AS seals, (SELECT count(DISTINCT event_id)::int FROM audit_seal) AS "distinctEvents"`,
    );
    expect({ seals, distinctEvents }).toEqual({ seals: events, distinctEvents: events });
  });

  it('no reference crosses countries: every uuid of a row has the prefix of the row', async () => {
    for (const [table, filter] of COPIED_TABLES) {
      if (filter === 'audit') continue;
      const uuids = (await q<{ c: string }>(`SELECT column_name AS c FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 AND data_type = 'uuid'`, [table])).map((r) => r.c);
      for (const c of uuids) {
        const [{ n }] = await q<{ n: number }>(`SELECT count(*)::int AS n FROM "${table}" WHERE left("${c}"::text, 8) <> left(${filter}::text, 8)`);
        expect({ table, column: c, crossing: n }).toEqual({ table, column: c, crossing: 0 });
      }
    }
    const [audit] = await q<{ entity: number; before: number; after: number; actor: number }>(`
      SELECT count(*) FILTER (WHERE r.id IS NULL)::int AS entity,
             count(*) FILTER (WHERE e.before IS NOT NULL AND e.before->>'id' <> e.entity_id)::int AS before,
             count(*) FILTER (WHERE e.after->>'id' <> e.entity_id)::int AS after,
             count(*) FILTER (WHERE u.id IS NULL OR u.email <> e.actor_email OR left(u.id::text, 8) <> left(e.entity_id, 8))::int AS actor
        FROM audit_event e LEFT JOIN progress_report r ON r.id::text = e.entity_id LEFT JOIN app_user u ON u.id = e.actor_id`);
    expect(audit).toEqual({ entity: 0, before: 0, after: 0, actor: 0 });
  });

  it("codes and e-mails carry the country's prefix, as the generator writes them", async () => {
    for (let k = 1; k <= UNITS; k += 1) {
      const nn = String(k).padStart(2, '0');
      const [lo, hi] = idRange(k);
      const orgs = await q<{ code: string }>('SELECT code FROM organization WHERE id BETWEEN $1 AND $2', [lo, hi]);
      expect(orgs.length).toBe(SHAPE.organizations);
      expect(orgs.every((o) => o.code.startsWith(`C${nn}-`) && !o.code.slice(4).includes('C0'))).toBe(true);
      const plans = await q<{ code: string }>('SELECT code FROM action_plan WHERE id BETWEEN $1 AND $2 ORDER BY code', [lo, hi]);
      expect(plans.map((p) => p.code)).toEqual(SHAPE.plans.map((p) => `C${nn}-${p.code}`).sort());
      const mails = (await q<{ email: string }>('SELECT email FROM app_user WHERE id BETWEEN $1 AND $2', [lo, hi])).map((u) => u.email);
      const suffix = k === 1 ? '' : `.c${nn}`;
      expect(mails).toEqual(expect.arrayContaining([`coordinator${suffix}@demo.local`, `auditor${suffix}@demo.local`, `admin${suffix}@demo.local`]));
      expect(mails.filter((m) => m.startsWith('focal.')).every((m) => m.startsWith(`focal.c${nn}-`) && m.endsWith('@demo.local') && !m.includes('@demo.local.'))).toBe(true);
    }
    // Azerbaijani text is copied byte for byte
    const names = await q<{ n: number }>(`SELECT count(DISTINCT name_az)::int AS n FROM organization WHERE name_az LIKE '%ə%'`);
    expect(names[0].n).toBeGreaterThan(0);
    const [{ differing }] = await q<{ differing: number }>(
      `SELECT count(*)::int AS differing FROM organization a JOIN organization b ON substr(b.code, 5) = substr(a.code, 5) AND left(b.code, 4) = 'C03-'
        WHERE left(a.code, 4) = 'C01-' AND (a.name_az, a.name_en) IS DISTINCT FROM (b.name_az, b.name_en)`,
    );
    expect(differing).toBe(0);
  });

  it('the copied rollups equal a rebuild from the copied rows', async () => {
    const differences = await reconcileRollups((sql, params) => db.query(sql, params as unknown[]).then((r) => r.rows), { dryRun: true });
    expect(differences).toEqual([]);
  });

  it('the audit chain over all countries verifies', async () => {
    const ds = createDataSource(url, { poolSize: 2 });
    await ds.initialize();
    try {
      const v = await verifyAuditChain(ds);
      const [{ n }] = await q<{ n: number }>('SELECT count(*)::int AS n FROM audit_event');
      expect({ ok: v.ok, checked: v.checked, sealedNow: v.sealedNow, unsealed: v.unsealed, reason: v.reason }).toEqual({ ok: true, checked: n, sealedNow: 0, unsealed: 0, reason: null });
    } finally {
      await ds.destroy();
    }
  });

  describe('served by the API', () => {
    let running: RunningApp | null = null;
    let dataDir = '';
    beforeAll(async () => {
      dataDir = mkdtempSync(join(tmpdir(), 'nap-copy-'));
      const config = loadConfig({ NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, SEED_DEMO: 'false', JWT_SECRET: randomBytes(32).toString('hex'), DATABASE_URL: url });
      running = await startApp(config, { silent: true });
    });
    afterAll(async () => {
      await running?.close();
      rmSync(dataDir, { recursive: true, force: true });
    });

    it("a copied country's coordinator signs in and its dashboard equals the source's but for ids and codes", async () => {
      const api = (running as RunningApp).url.replace('localhost', '127.0.0.1');
      const dashboardOf = async (k: number, email: string) => {
        const [plan] = await q<{ plan: string; period: string }>(
          `SELECT p.id AS plan, rp.id AS period FROM action_plan p JOIN reporting_period rp ON rp.plan_id = p.id AND rp.status = 'OPEN' WHERE p.code = $1`,
          [`C${String(k).padStart(2, '0')}-${SHAPE.plans[0].code}`],
        );
        const token = await login(api, email, 'Demo-2016!');
        const res = await gql(api, DASHBOARD, { plan: plan.plan, period: plan.period }, token);
        expect(res.errors).toBeUndefined();
        return JSON.stringify(res.data);
      };
      const source = await dashboardOf(1, 'coordinator@demo.local');
      const copy = await dashboardOf(3, 'coordinator.c03@demo.local');
      expect(copy).not.toEqual(source);
      expect(copy.split(hex8(3) + '-').join(hex8(1) + '-').split('C03-').join('C01-')).toEqual(source);
      expect(source).toContain('"percent"');
    });
  });
});
