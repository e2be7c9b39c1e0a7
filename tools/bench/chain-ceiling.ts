/**
 * How many write transactions per second PostgreSQL on this machine allows under three audit
 * patterns, each transaction standing for a report write plus its audit event:
 *  - withoutLock: the event inserted, nothing else (the floor: the write and its commit);
 *  - withChainLock: the old chain — a transaction-scoped advisory lock, read the last hash,
 *    insert, commit: every writer waits for the previous one's COMMIT (fsync);
 *  - sealedAfterCommit: the current design — the event inserted, a trigger queues it, and one
 *    sealer connection chains committed events every 150 ms in batches (lock tried, queue read,
 *    multi-row INSERT of the seals, queue emptied); the lag of the sealer is reported too.
 * Uses scratch tables it drops afterwards.
 *   node -r ./tools/ts-run.cjs tools/bench/chain-ceiling.ts [--database-url …] [--seconds 5] [--clients 20]
 */
import { createHash } from 'node:crypto';
import { Client } from 'pg';

type Mode = 'withoutLock' | 'withChainLock' | 'sealedAfterCommit';

async function connect(url: string): Promise<Client> {
  const c = new Client({ connectionString: url, application_name: 'nap-bench-chain' });
  await c.connect();
  return c;
}

/** One sealing pass, as AuditSealer does it (apps/api/src/audit/audit-chain.ts). */
async function seal(c: Client): Promise<number> {
  await c.query('BEGIN');
  try {
    const got = await c.query<{ locked: boolean }>('SELECT pg_try_advisory_xact_lock(7021699) AS locked');
    if (!got.rows[0].locked) return 0;
    const events = await c.query<{ id: string; body: string }>(
      'SELECT e.id::text AS id, e.body FROM bench_seal_queue q JOIN bench_seal_event e ON e.id = q.event_id ORDER BY q.event_id LIMIT 2000',
    );
    if (events.rows.length === 0) return 0;
    const last = await c.query<{ seq: string; hash: string }>('SELECT seq::text AS seq, hash FROM bench_seal ORDER BY bench_seal.seq DESC LIMIT 1');
    let seq = Number(last.rows[0]?.seq ?? 0);
    let prev: string | null = last.rows[0]?.hash ?? null;
    const ids: string[] = [];
    const seqs: number[] = [];
    const prevs: (string | null)[] = [];
    const hashes: string[] = [];
    for (const e of events.rows) {
      const hash: string = createHash('sha256').update(`${prev ?? ''}\n${e.id}${e.body}`).digest('hex');
      seq += 1;
      ids.push(e.id);
      seqs.push(seq);
      prevs.push(prev);
      hashes.push(hash);
      prev = hash;
    }
    await c.query('INSERT INTO bench_seal (event_id, seq, prev_hash, hash) SELECT * FROM unnest($1::bigint[], $2::bigint[], $3::text[], $4::text[])', [ids, seqs, prevs, hashes]);
    await c.query('DELETE FROM bench_seal_queue WHERE event_id = ANY($1::bigint[])', [ids]);
    return ids.length;
  } finally {
    await c.query('COMMIT');
  }
}

async function run(url: string, clients: number, seconds: number, mode: Mode): Promise<Record<string, number>> {
  const conns = await Promise.all(Array.from({ length: clients }, () => connect(url)));
  const end = Date.now() + seconds * 1000;
  const lat: number[] = [];
  let sealed = 0;
  let maxPending = 0;
  const sealer = mode === 'sealedAfterCommit' ? await connect(url) : null;
  const sealing = (async () => {
    if (!sealer) return;
    while (Date.now() < end) {
      await new Promise((r) => setTimeout(r, 150));
      const pending = Number((await sealer.query<{ n: string }>('SELECT count(*) AS n FROM bench_seal_queue')).rows[0].n);
      maxPending = Math.max(maxPending, pending);
      for (let n = await seal(sealer); n > 0; n = await seal(sealer)) sealed += n;
    }
  })();
  await Promise.all(
    conns.map(async (c) => {
      while (Date.now() < end) {
        const t = performance.now();
        await c.query('BEGIN');
        await c.query('SELECT 1'); // stands for the report's own statements
        if (mode === 'withChainLock') {
          await c.query('SELECT pg_advisory_xact_lock(7021620)');
          const last = await c.query<{ hash: string | null }>('SELECT hash FROM bench_chain_scratch ORDER BY id DESC LIMIT 1');
          await c.query("INSERT INTO bench_chain_scratch (hash, body) VALUES (md5(coalesce($1, '') || random()::text), repeat('x', 400))", [last.rows[0]?.hash ?? null]);
        } else if (mode === 'withoutLock') {
          await c.query("INSERT INTO bench_chain_scratch (hash, body) VALUES (md5(random()::text), repeat('x', 400))");
        } else {
          await c.query("INSERT INTO bench_seal_event (body) VALUES (repeat('x', 400))");
        }
        await c.query('COMMIT');
        lat.push(performance.now() - t);
      }
    }),
  );
  await sealing;
  let lagMs = 0;
  if (sealer) {
    // What is left when the writers stop is sealed by the next pass: time it.
    const t = performance.now();
    for (let n = await seal(sealer); n > 0; n = await seal(sealer)) sealed += n;
    lagMs = Math.round(performance.now() - t);
    await sealer.end();
  }
  await Promise.all(conns.map((c) => c.end()));
  lat.sort((a, b) => a - b);
  const stats: Record<string, number> = { tps: Math.round(lat.length / seconds), p95: Math.round(lat[Math.floor(lat.length * 0.95)] ?? 0) };
  if (sealer) Object.assign(stats, { sealed, writes: lat.length, maxPendingSeen: maxPending, finalPassMs: lagMs });
  return stats;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const at = (k: string) => (argv.indexOf(k) >= 0 ? argv[argv.indexOf(k) + 1] : undefined);
  const url = at('--database-url') ?? 'postgres://postgres@127.0.0.1:5432/nap_bench_m';
  const seconds = Number(at('--seconds') ?? 5);
  const clients = Number(at('--clients') ?? 20);
  const admin = await connect(url);
  const scratch = ['bench_chain_scratch', 'bench_seal_queue', 'bench_seal', 'bench_seal_event'];
  await admin.query('CREATE TABLE IF NOT EXISTS bench_chain_scratch (id bigserial PRIMARY KEY, hash text, body text)');
  await admin.query('CREATE TABLE IF NOT EXISTS bench_seal_event (id bigserial PRIMARY KEY, body text)');
  await admin.query('CREATE TABLE IF NOT EXISTS bench_seal_queue (event_id bigint PRIMARY KEY)');
  await admin.query('CREATE TABLE IF NOT EXISTS bench_seal (event_id bigint PRIMARY KEY, seq bigint NOT NULL UNIQUE, prev_hash text, hash text NOT NULL)');
  await admin.query(`CREATE OR REPLACE FUNCTION bench_seal_queue_event() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN INSERT INTO bench_seal_queue (event_id) VALUES (NEW.id); RETURN NULL; END $$`);
  await admin.query('DROP TRIGGER IF EXISTS bench_seal_queue_event ON bench_seal_event');
  await admin.query('CREATE TRIGGER bench_seal_queue_event AFTER INSERT ON bench_seal_event FOR EACH ROW EXECUTE FUNCTION bench_seal_queue_event()');
  try {
    const free = await run(url, clients, seconds, 'withoutLock');
    const locked = await run(url, clients, seconds, 'withChainLock');
    const sealed = await run(url, clients, seconds, 'sealedAfterCommit');
    const unsealed = Number((await admin.query<{ n: string }>('SELECT count(*) AS n FROM bench_seal_queue')).rows[0].n);
    console.log(JSON.stringify({ clients, seconds, withoutLock: free, withChainLock: locked, sealedAfterCommit: { ...sealed, unsealedAtEnd: unsealed } }));
  } finally {
    for (const t of scratch) await admin.query(`DROP TABLE IF EXISTS ${t}`);
    await admin.query('DROP FUNCTION IF EXISTS bench_seal_queue_event()');
    await admin.end();
  }
}

main().catch((e: unknown) => {
  console.error((e as Error).stack);
  process.exit(1);
});
