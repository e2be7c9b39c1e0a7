/**
 * Synthetic data for benchmarks: `npm run generate -- --scale M --database-url postgres://… [--seed 42] [--create] [--reset]`.
 * S = the demo plan; M = one country over ten years (~50,000 reports, ~500,000 indicator
 * values); L = 50 × M (`--units N` for fewer countries). Deterministic for a given seed.
 */
import { generate } from './generator';
import type { ScaleName } from './scales';

function parseArgs(argv: string[]): Record<string, string | true> {
  const out: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i += 1) {
    const a = argv[i];
    if (!a.startsWith('--')) throw new Error(`unexpected argument "${a}"`);
    const [key, inline] = a.slice(2).split('=', 2);
    if (inline !== undefined) out[key] = inline;
    else if (i + 1 < argv.length && !argv[i + 1].startsWith('--')) out[key] = argv[++i];
    else out[key] = true;
  }
  return out;
}

const USAGE = 'usage: npm run generate -- --scale S|M|L --database-url postgres://user@host:5432/db [--seed 42] [--create] [--reset] [--units N]';

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (args['help']) {
    console.log(USAGE);
    return;
  }
  const scale = String(args['scale'] ?? '').toUpperCase();
  if (!['S', 'M', 'L'].includes(scale)) throw new Error(`--scale must be S, M or L\n${USAGE}`);
  const url = typeof args['database-url'] === 'string' ? args['database-url'] : process.env['DATABASE_URL'];
  if (!url) throw new Error(`--database-url (or DATABASE_URL) is required\n${USAGE}`);
  const seed = args['seed'] === undefined ? 42 : Number(args['seed']);
  if (!Number.isInteger(seed)) throw new Error('--seed must be a whole number');
  const units = args['units'] === undefined ? undefined : Number(args['units']);
  const result = await generate({ scale: scale as ScaleName, databaseUrl: url, seed, create: args['create'] === true, reset: args['reset'] === true, units });
  const total = Object.values(result.rows).reduce((s, v) => s + v, 0);
  console.log(`\nscale ${result.scale}, seed ${result.seed}: ${total.toLocaleString('en')} rows in ${result.seconds.toFixed(1)} s = ${result.rowsPerSecond.toLocaleString('en')} rows/s`);
  for (const [table, n] of Object.entries(result.rows)) console.log(`  ${table.padEnd(18)} ${n.toLocaleString('en').padStart(12)}`);
}

main().catch((error: unknown) => {
  console.error(`generate failed: ${(error as Error).message}`);
  process.exit(1);
});
