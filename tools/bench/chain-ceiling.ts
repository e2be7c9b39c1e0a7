/**
 * How many write transactions per second PostgreSQL on this machine allows when every one of
 * them appends to a hash chain under one transaction-scoped advisory lock (the audit chain's
 * pattern: lock, read the last hash, insert, commit), against the same transactions without
 * the lock. Uses a scratch table it drops afterwards.
 *   node -r ./tools/ts-run.cjs tools/bench/chain-ceiling.ts [--database-url …] [--seconds 5] [--clients 20]
 */
import { Client } from 'pg';

async function run(url: string, clients: number, seconds: number, locked: boolean): Promise<{ tps: number; p95: number }> {
  const conns = await Promise.all(
    Array.from({ length: clients }, async () => {
      const c = new Client({ connectionString: url, application_name: 'nap-bench-chain' });
      await c.connect();
      return c;
    }),
  );
  const end = Date.now() + seconds * 1000;
  const lat: number[] = [];
  await Promise.all(
    conns.map(async (c) => {
      while (Date.now() < end) {
        const t = performance.now();
        await c.query('BEGIN');
        await c.query('SELECT 1'); // stands for the report's own statements
        if (locked) await c.query('SELECT pg_advisory_xact_lock(7021620)');
        const last = await c.query<{ hash: string | null }>('SELECT hash FROM bench_chain_scratch ORDER BY id DESC LIMIT 1');
        await c.query('INSERT INTO bench_chain_scratch (hash, body) VALUES (md5(coalesce($1, \'\') || random()::text), repeat(\'x\', 400))', [last.rows[0]?.hash ?? null]);
        await c.query('COMMIT');
        lat.push(performance.now() - t);
      }
    }),
  );
  await Promise.all(conns.map((c) => c.end()));
  lat.sort((a, b) => a - b);
  return { tps: Math.round(lat.length / seconds), p95: Math.round(lat[Math.floor(lat.length * 0.95)] ?? 0) };
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const at = (k: string) => (argv.indexOf(k) >= 0 ? argv[argv.indexOf(k) + 1] : undefined);
  const url = at('--database-url') ?? 'postgres://postgres@127.0.0.1:5432/nap_bench_m';
  const seconds = Number(at('--seconds') ?? 5);
  const clients = Number(at('--clients') ?? 20);
  const admin = new Client({ connectionString: url });
  await admin.connect();
  await admin.query('CREATE TABLE IF NOT EXISTS bench_chain_scratch (id bigserial PRIMARY KEY, hash text, body text)');
  try {
    const free = await run(url, clients, seconds, false);
    const locked = await run(url, clients, seconds, true);
    console.log(JSON.stringify({ clients, seconds, withoutLock: free, withChainLock: locked }));
  } finally {
    await admin.query('DROP TABLE IF EXISTS bench_chain_scratch');
    await admin.end();
  }
}

main().catch((e: unknown) => {
  console.error((e as Error).stack);
  process.exit(1);
});
