import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { AuditSealer } from '../audit/audit-sealer';
import { startTestApp, type TestApp } from './test-app';

const run = promisify(execFile);
const ROOT = join(__dirname, '../../../..');

interface Verification {
  ok: boolean;
  checked: number;
  firstBrokenId: string | null;
  firstBrokenSeq: string | null;
  reason: string | null;
  sealedNow: number;
  unsealed: number;
}
const VERIFY = '{ verifyAuditChain { ok checked firstBrokenId firstBrokenSeq reason sealedNow unsealed } }';

/** The audit chain is sealed after commit by the sealer; writers only insert their event. */
describe('audit seals', () => {
  let app: TestApp;
  let auditor: string;
  let coordinator: string;
  let planId: string;
  const count = async (sql: string, params: unknown[] = []) => Number((await app.sql<{ n: string }>(sql, params))[0].n);
  const verify = async () => {
    const res = await app.gql<{ verifyAuditChain: Verification }>(VERIFY, {}, auditor);
    expect(res.errors).toBeUndefined();
    return res.data!.verifyAuditChain;
  };
  const createSection = (code: string) =>
    app.gql<{ createSection: { id: string } }>(`mutation($i: CreateSectionInput!) { createSection(input: $i) { id } }`, { i: { planId, code, titleAz: 'Ə', titleEn: 'E' } }, coordinator);
  const waitUntilSealed = async (ms = 8000) => {
    const until = Date.now() + ms;
    while ((await count('SELECT count(*) AS n FROM audit_unsealed')) > 0) {
      if (Date.now() > until) throw new Error('the sealer did not seal the queued events in time');
      await new Promise((r) => setTimeout(r, 50));
    }
  };

  beforeAll(async () => {
    app = await startTestApp();
    [auditor, coordinator] = await Promise.all([app.login('auditor@demo.local'), app.login('coordinator@demo.local')]);
    planId = (await app.sql<{ id: string }>('SELECT id FROM action_plan LIMIT 1'))[0].id;
  });
  afterAll(() => app?.close());

  it('writes the event without a seal in the mutation, and the sealer seals it shortly after the commit, unasked', async () => {
    const res = await createSection('S1');
    expect(res.errors).toBeUndefined();
    const id = res.data!.createSection.id;
    const [event] = await app.sql<{ id: string }>(`SELECT id::text AS id FROM audit_event WHERE entity_type = 'Section' AND entity_id = $1`, [id]);
    await waitUntilSealed();
    const seals = await app.sql<{ seq: string; hash: string }>('SELECT seq::text AS seq, hash FROM audit_seal WHERE event_id = $1', [event.id]);
    expect(seals).toHaveLength(1);
    expect(seals[0].hash).toMatch(/^[0-9a-f]{64}$/);
    // Every event sealed once, in one unbroken sequence.
    const events = await count('SELECT count(*) AS n FROM audit_event');
    expect(await count('SELECT count(*) AS n FROM audit_seal')).toBe(events);
    expect(await count('SELECT max(seq) AS n FROM audit_seal')).toBe(events);
    expect(await verify()).toMatchObject({ ok: true, checked: events, firstBrokenId: null, sealedNow: 0, unsealed: 0 });
  });

  it('seals pending events first when asked to verify', async () => {
    // Held back: the app's sealer is stopped, so only the verification can seal these.
    const sealer = app.running.app.get(AuditSealer);
    await sealer.onModuleDestroy();
    for (let i = 0; i < 3; i++) expect((await createSection(`P${i}`)).errors).toBeUndefined();
    expect(await count('SELECT count(*) AS n FROM audit_unsealed')).toBe(3);
    const result = await verify();
    expect(result).toMatchObject({ ok: true, sealedNow: 3, unsealed: 0 });
    expect(result.checked).toBe(await count('SELECT count(*) AS n FROM audit_event'));
  });

  it('keeps seals append-only', async () => {
    await expect(app.sql(`UPDATE audit_seal SET hash = repeat('0', 64)`)).rejects.toThrow(/append-only/);
    await expect(app.sql(`DELETE FROM audit_seal`)).rejects.toThrow(/append-only/);
    await expect(app.sql(`TRUNCATE audit_seal CASCADE`)).rejects.toThrow(/append-only/);
  });

  it('names the seal whose hash or link was changed, and the gap a removed seal leaves', async () => {
    const at = async (seq: number) => (await app.sql<{ event_id: string; hash: string; prev_hash: string | null }>('SELECT event_id::text AS event_id, hash, prev_hash FROM audit_seal WHERE seq = $1', [seq]))[0];
    const asSuperuser = async (sql: string, params: unknown[]) => {
      await app.sql('ALTER TABLE audit_seal DISABLE TRIGGER audit_seal_no_update_delete');
      try {
        await app.sql(sql, params);
      } finally {
        await app.sql('ALTER TABLE audit_seal ENABLE TRIGGER audit_seal_no_update_delete');
      }
    };
    for (let i = 0; i < 6; i++) expect((await createSection(`T${i}`)).errors).toBeUndefined();
    expect(await verify()).toMatchObject({ ok: true, unsealed: 0 });
    const fifth = await at(5);

    await asSuperuser('UPDATE audit_seal SET hash = $1 WHERE seq = 5', ['f'.repeat(64)]);
    expect(await verify()).toMatchObject({ ok: false, firstBrokenSeq: '5', firstBrokenId: fifth.event_id, reason: 'the event or its seal was changed after sealing' });
    await asSuperuser('UPDATE audit_seal SET hash = $1 WHERE seq = 5', [fifth.hash]);
    expect(await verify()).toMatchObject({ ok: true });

    const seventh = await at(7);
    await asSuperuser('UPDATE audit_seal SET prev_hash = $1 WHERE seq = 7', ['e'.repeat(64)]);
    expect(await verify()).toMatchObject({ ok: false, firstBrokenSeq: '7', firstBrokenId: seventh.event_id, reason: 'the link to the previous seal does not match' });
    await asSuperuser('UPDATE audit_seal SET prev_hash = $1 WHERE seq = 7', [seventh.prev_hash]);
    expect(await verify()).toMatchObject({ ok: true });

    // A removed seal: its event is sealed again at the end, but the gap in the chain stays.
    const sixth = await at(6);
    await asSuperuser('DELETE FROM audit_seal WHERE seq = 6', []);
    await app.sql('INSERT INTO audit_unsealed (event_id) VALUES ($1)', [sixth.event_id]);
    const gap = await verify();
    expect(gap).toMatchObject({ ok: false, firstBrokenSeq: '7', firstBrokenId: seventh.event_id, checked: 5, sealedNow: 1, unsealed: 0 });
    expect(gap.reason).toMatch(/seal is missing/);
  });

  it('names the tampered event through audit:verify too (exit 1)', async () => {
    const { NODE_OPTIONS: _o, ...env } = process.env;
    const cli = (databaseUrl: string) =>
      run(process.execPath, ['-r', './tools/ts-run.cjs', 'tools/scripts/audit-verify.ts'], { cwd: ROOT, env: { ...env, DATABASE_URL: databaseUrl }, timeout: 120000 }).then(
        (r) => ({ code: 0, out: r.stdout + r.stderr }),
        (e: { code?: number; stdout?: string; stderr?: string }) => ({ code: e.code ?? 1, out: `${e.stdout ?? ''}${e.stderr ?? ''}` }),
      );
    // The previous test left seq 7 broken; the first broken link is still named.
    const seventh = (await app.sql<{ event_id: string }>('SELECT event_id::text AS event_id FROM audit_seal WHERE seq = 7'))[0].event_id;
    const result = await cli(app.databaseUrl);
    expect(result.code).toBe(1);
    expect(result.out).toContain(`BROKEN at event ${seventh} (seal 7)`);
  });
});
