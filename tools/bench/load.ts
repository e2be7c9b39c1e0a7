import autocannon from 'autocannon';
import { assertLoopback } from './client';

/** The figures every scenario records (times in milliseconds). */
export interface ScenarioStats {
  p50: number | null;
  p95: number | null;
  p99: number | null;
  rps: number | null;
  errors: number | null;
  sqlPerRequest: number | null;
}

export interface LoadDetails {
  requests: number;
  /** sent but not answered when the run ended (slower than the whole run) */
  incomplete: number;
  durationS: number;
  /** autocannon's own percentiles, as a cross-check of ours */
  autocannon: { p50: number; p99: number; rps: number; non2xx: number; errors: number; timeouts: number };
  /** distinct x-sql-statements values seen, with their counts */
  sqlStatements: Record<string, number>;
  firstErrors: string[];
  kinds: Record<string, { n: number; p50: number | null; p95: number | null; errors: number }>;
}

export function percentile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return Math.round(sorted[i] * 10) / 10;
}

/** A request of a scenario: a static body, or one built per request from the connection's context. */
export interface Step {
  kind: string;
  /** Returns the JSON body; null means: skip back to the first step (e.g. nothing to submit). */
  body: (context: Record<string, unknown>) => { body: string; token: string | null; kind?: string } | null;
  /** Called with the parsed response; returns false when the response is an error. */
  check?: (json: { data?: Record<string, unknown> | null; errors?: unknown[] }, context: Record<string, unknown>) => boolean;
}

function header(headers: Record<string, string | string[]> | undefined, name: string): string | undefined {
  if (!headers) return undefined;
  for (const [k, v] of Object.entries(headers)) if (k.toLowerCase() === name) return Array.isArray(v) ? v[0] : v;
  return undefined;
}

/**
 * Runs autocannon against <url>/graphql. Latencies are measured per request by autocannon
 * ('response' events) and attributed to the step that produced them; a GraphQL response with
 * `errors` counts as an error even though its HTTP status is 200.
 */
export async function runLoad(opts: { url: string; connections: number; durationS: number; maxRequests?: number; steps: Step[]; timeoutS?: number }): Promise<{ stats: ScenarioStats; details: LoadDetails }> {
  assertLoopback(opts.url);
  const latencies: number[] = [];
  const byKind = new Map<string, { lat: number[]; errors: number }>();
  const sql = new Map<string, number>();
  const firstErrors: string[] = [];
  let errors = 0;
  let lastKind = '';
  let lastOk = true;

  const requests = opts.steps.map((step) => ({
    method: 'POST' as const,
    path: '/graphql',
    setupRequest: (req: Record<string, unknown>, context: Record<string, unknown>) => {
      const built = step.body(context);
      if (built === null) return null as unknown as typeof req;
      context['__kind'] = built.kind ?? step.kind;
      return {
        ...req,
        method: 'POST',
        path: '/graphql',
        headers: { 'content-type': 'application/json', ...(built.token ? { authorization: `Bearer ${built.token}` } : {}) },
        body: built.body,
      };
    },
    onResponse: (status: number, body: string, context: Record<string, unknown>, headers?: Record<string, string | string[]>) => {
      lastKind = (context['__kind'] as string | undefined) ?? step.kind;
      let ok = status >= 200 && status < 300;
      // Cheap test first: most bodies are large and error-free.
      const hasErrors = body.includes('"errors":[');
      if (ok && (hasErrors || step.check)) {
        try {
          const json = JSON.parse(body) as { data?: Record<string, unknown> | null; errors?: unknown[] };
          if (json.errors && json.errors.length > 0) ok = false;
          if (ok && step.check) ok = step.check(json, context);
        } catch {
          ok = false;
        }
      }
      if (!ok) {
        if (firstErrors.length < 5) firstErrors.push(`${step.kind} ${status}: ${body.slice(0, 300)}`);
      }
      const count = header(headers, 'x-sql-statements');
      if (count !== undefined) sql.set(`${lastKind}:${count}`, (sql.get(`${lastKind}:${count}`) ?? 0) + 1);
      lastOk = ok;
    },
  }));

  let finish: (r: autocannon.Result) => void = () => undefined;
  let fail: (e: unknown) => void = () => undefined;
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  const instance = autocannon(
    {
      url: opts.url,
      connections: opts.connections,
      duration: opts.durationS,
      ...(opts.maxRequests ? { maxOverallRequests: opts.maxRequests } : {}),
      timeout: opts.timeoutS ?? 30,
      requests: requests as unknown as autocannon.Request[],
    },
    (err, res) => (err ? fail(err) : finish(res)),
  );
  let responses = 0;
  instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => {
    responses += 1;
    // 'idle' requests fill a connection once the work ran out: not part of the figures
    if (lastKind !== 'idle') latencies.push(responseTime);
    const kind = byKind.get(lastKind) ?? { lat: [], errors: 0 };
    kind.lat.push(responseTime);
    if (!lastOk && lastKind !== 'idle') {
      kind.errors += 1;
      errors += 1;
    }
    byKind.set(lastKind, kind);
  });
  const result = await done;
  const sorted = [...latencies].sort((a, b) => a - b);
  const transportErrors = result.errors + result.timeouts + result.non2xx;
  // non-2xx responses already went through onResponse; count socket errors and timeouts on top.
  // Requests still in flight when the run stops are not failures: reported apart (details.incomplete).
  const incomplete = Math.max(0, ((result.requests as unknown as { sent?: number }).sent ?? 0) - responses - (result.errors + result.timeouts));
  errors += result.errors + result.timeouts;
  const durationS = result.duration;
  const sqlValues = [...sql.entries()].map(([k, n]) => ({ value: Number(k.split(':')[1]), n }));
  const mostCommonSql = sqlValues.sort((a, b) => b.n - a.n)[0]?.value ?? null;
  const kinds: LoadDetails['kinds'] = {};
  for (const [k, v] of byKind) {
    const s = [...v.lat].sort((a, b) => a - b);
    kinds[k] = { n: v.lat.length, p50: percentile(s, 50), p95: percentile(s, 95), errors: v.errors };
  }
  void transportErrors;
  return {
    stats: {
      p50: percentile(sorted, 50),
      p95: percentile(sorted, 95),
      p99: percentile(sorted, 99),
      rps: Math.round((latencies.length / durationS) * 10) / 10,
      errors,
      sqlPerRequest: opts.steps.length === 1 ? mostCommonSql : null,
    },
    details: {
      requests: latencies.length,
      incomplete,
      durationS,
      autocannon: { p50: result.latency.p50, p99: result.latency.p99, rps: result.requests.average, non2xx: result.non2xx, errors: result.errors, timeouts: result.timeouts },
      sqlStatements: Object.fromEntries(sql),
      firstErrors,
      kinds,
    },
  };
}
