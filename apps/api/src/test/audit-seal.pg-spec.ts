import { Client } from 'pg';
import { AuditSealer } from '../audit/audit-sealer';
import { startTestApp, type TestApp } from './test-app';

/**
 * On a PostgreSQL server (real concurrency; the embedded database runs one transaction at a
 * time): writers on two API instances at once, each instance with its own sealer, and a
 * transaction that commits its event long after later ids did. The chain comes out whole:
 * every event sealed exactly once, one unbroken sequence, no fork.
 */
describe('audit sealing under concurrent writers on two API instances', () => {
  let first: TestApp;
  let second: TestApp;
  beforeAll(async () => {
    first = await startTestApp();
    second = await startTestApp({ seedDemo: false, env: { DATABASE_URL: first.databaseUrl } });
  });
  afterAll(async () => {
    await second?.close();
    await first?.close();
  });

  it('seals every committed event once, in one chain, whichever instance seals and in whatever order ids commit', async () => {
    const count = async (sql: string) => Number((await first.sql<{ n: string }>(sql))[0].n);
    const [adminA, adminB] = await Promise.all([first.login('admin@demo.local'), second.login('admin@demo.local')]);
    const CREATE = 'mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { id } }';

    // A transaction that takes an id first and commits last.
    const late = new Client({ connectionString: first.databaseUrl });
    await late.connect();
    await late.query('BEGIN');
    const [{ id: lateId }] = (await late.query<{ id: string }>(`INSERT INTO audit_event (action, entity_type, entity_id) VALUES ('LATE', 'Test', 'late') RETURNING id::text AS id`)).rows;

    const sealers = [first.running.app.get(AuditSealer), second.running.app.get(AuditSealer)];
    const writes = Array.from({ length: 80 }, (_, i) =>
      (i % 2 ? second : first).gql<{ createOrganization: { id: string } }>(CREATE, { i: { code: `CONC-${i}`, nameAz: `Təşkilat ${i}`, nameEn: `Org ${i}`, type: 'NGO' } }, i % 2 ? adminB : adminA),
    );
    // Both instances' sealers run while the writes land (besides their own post-commit passes).
    const sealing = (async () => {
      for (let round = 0; round < 20; round++) {
        await Promise.all(sealers.map((s) => s.sealNow()));
        await new Promise((r) => setTimeout(r, 20));
      }
    })();
    const results = await Promise.all(writes);
    await sealing;
    expect(results.filter((r) => r.errors)).toEqual([]);

    // Not committed: invisible to the sealers, so not sealed, and later ids were not held back.
    await Promise.all(sealers.map((s) => s.sealNow()));
    expect(await count(`SELECT count(*) AS n FROM audit_seal WHERE event_id = ${lateId}`)).toBe(0);
    const higherSealed = await count(`SELECT count(*) AS n FROM audit_seal WHERE event_id > ${lateId}`);
    expect(higherSealed).toBeGreaterThanOrEqual(80);

    await late.query('COMMIT');
    await late.end();
    await Promise.all(sealers.map((s) => s.sealNow()));

    const events = await count('SELECT count(*) AS n FROM audit_event');
    expect(await count('SELECT count(*) AS n FROM audit_unsealed')).toBe(0);
    expect(await count('SELECT count(*) AS n FROM audit_seal')).toBe(events);
    expect(await count('SELECT count(DISTINCT event_id) AS n FROM audit_seal')).toBe(events);
    expect(await count('SELECT max(seq) AS n FROM audit_seal')).toBe(events);
    // The late event got the last seq, after events with higher ids.
    expect(await count(`SELECT seq AS n FROM audit_seal WHERE event_id = ${lateId}`)).toBe(events);
    // No fork: exactly one seal links to each seal.
    expect(await count('SELECT count(*) AS n FROM (SELECT prev_hash FROM audit_seal GROUP BY prev_hash HAVING count(*) > 1) f')).toBe(0);

    const auditor = await second.login('auditor@demo.local');
    const verified = await second.gql<{ verifyAuditChain: { ok: boolean; checked: number; unsealed: number } }>('{ verifyAuditChain { ok checked unsealed } }', {}, auditor);
    expect(verified.data!.verifyAuditChain).toEqual({ ok: true, checked: events, unsealed: 0 });
  });
});
