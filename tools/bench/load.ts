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
  kinds: KindStats;
}

export function percentile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return Math.round(sorted[i] * 10) / 10;
}

/** A GraphQL answer as the checks see it. */
export type Answer = { data?: Record<string, unknown> | null; errors?: unknown[] };

/** Latencies and errors per kind of request (save, submit, …). */
export type KindStats = Record<string, { n: number; p50: number | null; p95: number | null; errors: number }>;

function kindStats(byKind: Map<string, { lat: number[]; errors: number }>): KindStats {
  const kinds: KindStats = {};
  for (const [k, v] of byKind) {
    const s = [...v.lat].sort((a, b) => a - b);
    kinds[k] = { n: v.lat.length, p50: percentile(s, 50), p95: percentile(s, 95), errors: v.errors };
  }
  return kinds;
}

/** Whether an answer is a success: a 2xx status, no GraphQL `errors`, and the check's verdict. */
function succeeded(status: number, body: string, check?: (json: Answer) => boolean): boolean {
  if (status < 200 || status >= 300) return false;
  // Cheap test first: most bodies are large and error-free.
  if (!check && !body.includes('"errors":[')) return true;
  try {
    const json = JSON.parse(body) as Answer;
    if (json.errors && json.errors.length > 0) return false;
    return check ? check(json) : true;
  } catch {
    return false;
  }
}

/** A request of a scenario: a static body, or one built per request from the connection's context. */
export interface Step {
  kind: string;
  /** Returns the JSON body; null means: skip back to the first step (e.g. nothing to submit). */
  body: (context: Record<string, unknown>) => { body: string; token: string | null; kind?: string } | null;
  /** Called with the parsed response; returns false when the response is an error. */
  check?: (json: Answer, context: Record<string, unknown>) => boolean;
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
      const check = step.check;
      const ok = succeeded(status, body, check ? (json) => check(json, context) : undefined);
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
  const kinds = kindStats(byKind);
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

/** One request of a paced run, built when a connection takes it. */
export interface PacedRequest {
  kind: string;
  body: string;
  token: string | null;
  /** Called with the parsed response; returns false when the response is an error. */
  check?: (json: Answer) => boolean;
}

export interface PacedDetails {
  offeredRps: number;
  /** arrivals scheduled in the window, and those answered (within the run's timeout) */
  scheduled: number;
  answered: number;
  /** arrivals with nothing to do (the work ran out): not sent, not counted */
  idle: number;
  /** from the first arrival to the last answer */
  elapsedS: number;
  /** the most arrivals waiting at once for one of the connections */
  maxBacklog: number;
  /** service time alone (from send to answer), which hides the wait for a connection */
  serviceMs: { p50: number | null; p95: number | null; p99: number | null };
  firstErrors: string[];
  kinds: KindStats;
}

/**
 * An open-loop run (wrk2's model): requests arrive at a fixed rate, one every 1/ratePerS seconds,
 * whatever the answers' speed, and go out on at most `connections` keep-alive connections (an
 * arrival waits when all are busy). A latency runs from the arrival's scheduled time, so a
 * server that falls behind shows it in every later request, not only in the one that was slow
 * (no coordinated omission). `next()` builds each request when a connection takes it, so a
 * request can depend on earlier answers (a submission follows its save).
 */
export async function runPaced(opts: {
  url: string;
  connections: number;
  ratePerS: number;
  durationS: number;
  next: () => PacedRequest | null;
  timeoutS?: number;
}): Promise<{ stats: ScenarioStats; details: PacedDetails }> {
  assertLoopback(opts.url);
  const { request, Agent } = await import('node:http');
  const agent = new Agent({ keepAlive: true, maxSockets: opts.connections });
  const target = new URL('/graphql', opts.url);
  const interval = 1000 / opts.ratePerS;
  const total = Math.floor(opts.durationS * opts.ratePerS);
  const latencies: number[] = [];
  const service: number[] = [];
  const byKind = new Map<string, { lat: number[]; errors: number }>();
  const firstErrors: string[] = [];
  let errors = 0;
  let idle = 0;
  let answered = 0;
  let inFlight = 0;
  let arrived = 0;
  let maxBacklog = 0;
  let lastAnswer = 0;
  const due: number[] = [];
  const start = performance.now() + 50;

  const send = (req: PacedRequest): Promise<{ text: string; status: number }> =>
    new Promise((resolve) => {
      const body = Buffer.from(req.body);
      const r = request(
        target,
        {
          method: 'POST',
          agent,
          timeout: (opts.timeoutS ?? 30) * 1000,
          headers: { 'content-type': 'application/json', 'content-length': body.length, ...(req.token ? { authorization: `Bearer ${req.token}` } : {}) },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ text: Buffer.concat(chunks).toString('utf8'), status: res.statusCode ?? 0 }));
          res.on('error', (e) => resolve({ text: String(e), status: 0 }));
        },
      );
      r.on('timeout', () => r.destroy(new Error('timeout')));
      r.on('error', (e) => resolve({ text: String(e), status: 0 }));
      r.end(body);
    });

  let settle: () => void = () => undefined;
  const finished = new Promise<void>((resolve) => (settle = resolve));
  const pump = (): void => {
    while (inFlight < opts.connections && due.length > 0) {
      const scheduled = due.shift() as number;
      const req = opts.next();
      if (!req) {
        idle += 1;
        continue;
      }
      inFlight += 1;
      const sent = performance.now();
      void send(req).then(({ text, status }) => {
        const now = performance.now();
        const good = succeeded(status, text, req.check);
        if (!good) {
          errors += 1;
          if (firstErrors.length < 5) firstErrors.push(`${req.kind} ${status}: ${text.slice(0, 300)}`);
        }
        latencies.push(now - scheduled);
        service.push(now - sent);
        const kind = byKind.get(req.kind) ?? { lat: [], errors: 0 };
        kind.lat.push(now - scheduled);
        if (!good) kind.errors += 1;
        byKind.set(req.kind, kind);
        answered += 1;
        lastAnswer = now;
        inFlight -= 1;
        pump();
        if (arrived === total && due.length === 0 && inFlight === 0) settle();
      });
    }
  };
  const tick = (): void => {
    const now = performance.now();
    while (arrived < total && start + arrived * interval <= now) {
      due.push(start + arrived * interval);
      arrived += 1;
    }
    maxBacklog = Math.max(maxBacklog, due.length);
    pump();
    if (arrived < total) setTimeout(tick, Math.max(0, Math.min(interval, start + arrived * interval - performance.now())));
    else if (due.length === 0 && inFlight === 0) settle();
  };
  setTimeout(tick, 50);
  await finished;
  agent.destroy();

  const sorted = [...latencies].sort((a, b) => a - b);
  const sortedService = [...service].sort((a, b) => a - b);
  const elapsedS = (lastAnswer - start) / 1000;
  const kinds = kindStats(byKind);
  return {
    stats: {
      p50: percentile(sorted, 50),
      p95: percentile(sorted, 95),
      p99: percentile(sorted, 99),
      rps: elapsedS > 0 ? Math.round((answered / elapsedS) * 10) / 10 : null,
      errors,
      sqlPerRequest: null,
    },
    details: {
      offeredRps: opts.ratePerS,
      scheduled: total,
      answered,
      idle,
      elapsedS: Math.round(elapsedS * 100) / 100,
      maxBacklog,
      serviceMs: { p50: percentile(sortedService, 50), p95: percentile(sortedService, 95), p99: percentile(sortedService, 99) },
      firstErrors,
      kinds,
    },
  };
}
