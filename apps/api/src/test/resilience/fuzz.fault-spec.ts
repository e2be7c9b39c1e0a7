import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TestApp } from '../test-app';
import { pool, ROOT } from './harness';
import { startOn, type DatabaseKind } from './in-process';
import { diff, snapshot, type RowChange } from './db-snapshot';
import { reconcileRollups } from '../../completion/rollup';
import { describeCase, FuzzGenerator, introspect, Rng, type Schema, serialize, type Case, type IdPools } from './fuzz-gen';

/**
 * 10,000 generated malformed inputs, sent as GraphQL variables to every mutation of the schema
 * (introspected), with valid tokens of the roles each mutation is for: never HTTP 500 or
 * INTERNAL_SERVER_ERROR, always an error with `extensions.code` (or a success for an input that
 * happens to be valid, counted), no stack trace or SQL in any message, and a database unchanged
 * by every rejected input (every row of every table compared before and after; rows written by the
 * accepted inputs are traced through their audit events' request ids).
 *
 * FUZZ_CASES (default 10000), FUZZ_SEED (default 20160101) and FUZZ_DB (embedded | server,
 * default embedded) tune a run; failures are written to tmp/resilience/fuzz-failures.json.
 */
const CASES = Number(process.env['FUZZ_CASES'] ?? 10000);
const SEED = Number(process.env['FUZZ_SEED'] ?? 20160101);
const KIND: DatabaseKind = process.env['FUZZ_DB'] === 'server' ? 'server' : 'embedded';
const CONCURRENCY = 8;

type Role = 'ADMIN' | 'COORDINATOR' | 'FOCAL_POINT' | 'AUDITOR' | 'ANONYMOUS';
const ROLES: Role[] = ['ADMIN', 'COORDINATOR', 'FOCAL_POINT', 'AUDITOR', 'ANONYMOUS'];

interface Outcome {
  kind: 'accepted' | 'rejected' | 'failure';
  code: string;
  status: number;
  reason?: string;
  id?: string;
  ms: number;
}

/** Messages must not show internals. */
const LEAK = /QueryFailedError|duplicate key value|violates .* constraint|syntax error at or near|invalid byte sequence|\n\s+at \S+ \(|node_modules|\/apps\/api\/|SELECT .* FROM|INSERT INTO|UPDATE .* SET/i;

/**
 * The in-process API logs every unexpected error; thousands of them would drown the report.
 * Until the returned function is called, its log lines are counted instead of printed.
 */
function muteServerLogs(): () => number {
  let dropped = 0;
  const streams = [process.stdout, process.stderr];
  const originals = streams.map((s) => s.write.bind(s));
  streams.forEach((stream, i) => {
    stream.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
      if (String(chunk).includes('[Nest]')) {
        if (/ERROR/.test(String(chunk))) dropped++;
        return true;
      }
      return (originals[i] as (...a: unknown[]) => boolean)(chunk, ...rest);
    }) as typeof stream.write;
  });
  return () => {
    streams.forEach((stream, i) => (stream.write = originals[i] as typeof stream.write));
    return dropped;
  };
}

describe(`fuzzing every mutation with ${CASES} malformed inputs (${KIND} database)`, () => {
  let app: TestApp;
  let schema: Schema;
  const tokens: Record<Role, string | null> = { ADMIN: null, COORDINATOR: null, FOCAL_POINT: null, AUDITOR: null, ANONYMOUS: null };
  const emails: Record<Exclude<Role, 'ANONYMOUS'>, string> = {
    ADMIN: 'admin@demo.local',
    COORDINATOR: 'coordinator@demo.local',
    FOCAL_POINT: 'focal.moe@demo.local',
    AUDITOR: 'auditor@demo.local',
  };
  const relevant = new Map<string, Role[]>();
  let ids: IdPools;
  let cases: Case[] = [];
  let outcomes: Outcome[] = [];
  let changes: RowChange[] = [];
  let relogins = 0;
  let elapsedMs = 0;
  let serverErrorLines = 0;

  /**
   * Sessions: `main` for ordinary mutations, `spare` for the ones that end sessions (sign-out,
   * refresh), so that an accepted sign-out does not leave the rest of the run unauthenticated.
   */
  const spare: Record<Role, string | null> = { ADMIN: null, COORDINATOR: null, FOCAL_POINT: null, AUDITOR: null, ANONYMOUS: null };
  const ENDS_SESSIONS = /logout|signOut|refresh|revoke/i;
  const signingIn = new Map<string, Promise<void>>();

  /** Signs the role in again if (and only if) `stale` is still the token in use; concurrent callers share one sign-in. */
  async function renew(role: Role, which: 'main' | 'spare', stale: string | null): Promise<void> {
    const store = which === 'main' ? tokens : spare;
    if (role === 'ANONYMOUS' || store[role] !== stale) return;
    const key = `${which}:${role}`;
    let pending = signingIn.get(key);
    if (!pending) {
      pending = (async () => {
        relogins++;
        store[role] = await app.login(emails[role]).catch(() => store[role]);
      })().finally(() => signingIn.delete(key));
      signingIn.set(key, pending);
    }
    await pending;
  }

  /** Is this token still accepted? */
  async function valid(token: string | null): Promise<boolean> {
    if (!token) return false;
    const r = await app.gql<{ me: { id: string } }>('{ me { id } }', {}, token);
    return !!r.data?.me;
  }

  async function post(
    body: string,
    role: Role,
    requestId: string,
    which: 'main' | 'spare' = 'main',
  ): Promise<{ status: number; json: Record<string, unknown> | null; text: string; transportError?: string; ms: number; token: string | null }> {
    const started = Date.now();
    const token = (which === 'main' ? tokens : spare)[role];
    try {
      const res = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-request-id': requestId, ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body,
        signal: AbortSignal.timeout(60000),
      });
      const text = await res.text();
      let json: Record<string, unknown> | null = null;
      try {
        json = JSON.parse(text) as Record<string, unknown>;
      } catch {
        // not JSON: judged below
      }
      return { status: res.status, json, text, ms: Date.now() - started, token };
    } catch (error) {
      const e = error as Error & { cause?: { code?: string } };
      return { status: 0, json: null, text: '', transportError: `${e.name}: ${e.cause?.code ?? e.message}`, ms: Date.now() - started, token };
    }
  }

  function judge(mutation: string, r: Awaited<ReturnType<typeof post>>): Outcome {
    const base = { status: r.status, ms: r.ms };
    if (r.transportError) return { ...base, kind: 'failure', code: 'TRANSPORT', reason: r.transportError };
    if (r.status >= 500) return { ...base, kind: 'failure', code: `HTTP ${r.status}`, reason: r.text.slice(0, 300) };
    if (!r.json) return { ...base, kind: 'failure', code: `HTTP ${r.status} not JSON`, reason: r.text.slice(0, 300) };
    const errors = r.json['errors'] as { message?: string; extensions?: { code?: string } }[] | undefined;
    if (errors?.length) {
      const code = errors[0].extensions?.code;
      const leaked = errors.find((e) => LEAK.test(e.message ?? ''));
      if (!code) return { ...base, kind: 'failure', code: 'NO CODE', reason: errors[0].message };
      if (code === 'INTERNAL_SERVER_ERROR') return { ...base, kind: 'failure', code, reason: errors[0].message };
      if (leaked) return { ...base, kind: 'failure', code: `${code} leaking internals`, reason: leaked.message?.slice(0, 300) };
      return { ...base, kind: 'rejected', code };
    }
    const data = r.json['data'] as Record<string, { id?: string } | null> | undefined;
    if (r.status === 200 && data && data[mutation] !== null && data[mutation] !== undefined) {
      return { ...base, kind: 'accepted', code: 'OK', id: data[mutation]?.id };
    }
    return { ...base, kind: 'failure', code: `HTTP ${r.status} unexpected`, reason: r.text.slice(0, 300) };
  }

  beforeAll(async () => {
    app = await startOn(KIND);
    for (const role of ROLES) if (role !== 'ANONYMOUS') tokens[role] = await app.login(emails[role]);
    schema = await introspect((query) => app.gql(query, {}, tokens.ADMIN));

    // Entities for plausible inputs: a fresh open period with a draft and a submitted report of MOE,
    // evidence, fuzz users, and periods the fuzzer may close.
    const planId = (await app.sql<{ id: string }>('SELECT id FROM action_plan LIMIT 1'))[0].id;
    const open = async (label: string, year: number) =>
      (
        await app.gql<{ openReportingPeriod: { id: string } }>(
          'mutation($i: OpenReportingPeriodInput!) { openReportingPeriod(input: $i) { id } }',
          { i: { planId, label, startDate: `${year}-01-01`, endDate: `${year}-12-31`, dueDate: `${year + 1}-01-20` } },
          tokens.COORDINATOR,
        )
      ).data!.openReportingPeriod.id;
    const fuzzPeriod = await open('FZ2501', 2501);
    const sacrificial = [await open('FZ2601', 2601), await open('FZ2602', 2602), await open('FZ2603', 2603)];
    const moe = (await app.sql<{ id: string }>(`SELECT id FROM organization WHERE code = 'MOE'`))[0].id;
    const moeMeasures = (await app.sql<{ measure_id: string }>('SELECT measure_id FROM assignment WHERE organization_id = $1', [moe])).map((r) => r.measure_id);
    const save = async (measureId: string) =>
      (
        await app.gql<{ saveProgressReport: { id: string } }>(
          'mutation($i: SaveProgressReportInput!) { saveProgressReport(input: $i) { id } }',
          { i: { measureId, periodId: fuzzPeriod, organizationId: moe, implementationStatus: 'IN_PROGRESS', percentComplete: 10 } },
          tokens.FOCAL_POINT,
        )
      ).data!.saveProgressReport.id;
    const draft = await save(moeMeasures[0]);
    const submitted = await save(moeMeasures[1]);
    await app.gql('mutation($id: ID!) { submitProgressReport(id: $id) { id } }', { id: submitted }, tokens.FOCAL_POINT);
    const evidence = await app.gql<{ addEvidenceLink: { id: string } }>(
      'mutation($i: EvidenceLinkInput!) { addEvidenceLink(input: $i) { id } }',
      { i: { reportId: draft, title: 'Fuzz evidence', url: 'https://example.org/a.pdf' } },
      tokens.FOCAL_POINT,
    );
    const fuzzUsers: string[] = [];
    for (const [n, role] of [
      [1, 'FOCAL_POINT'],
      [2, 'COORDINATOR'],
    ] as const) {
      const u = await app.gql<{ createUser: { id: string } }>(
        'mutation($i: CreateUserInput!) { createUser(input: $i) { id } }',
        { i: { email: `fuzz.user${n}@example.org`, fullName: `Fuzz user ${n}`, role, organizationId: role === 'FOCAL_POINT' ? moe : null, password: 'Correct-Horse-Battery-Staple-9' } },
        tokens.ADMIN,
      );
      if (u.data?.createUser) fuzzUsers.push(u.data.createUser.id);
    }
    const sample = async (sql: string, params: unknown[] = []) => (await app.sql<{ id: string }>(sql, params)).map((r) => r.id);
    ids = {
      measure: [...moeMeasures, ...(await sample('SELECT id FROM measure WHERE id <> ALL($1::uuid[]) ORDER BY code LIMIT 3', [moeMeasures]))],
      organization: [moe, ...(await sample(`SELECT id FROM organization WHERE code <> 'MOE' ORDER BY code LIMIT 4`))],
      period: [fuzzPeriod, fuzzPeriod, ...(await sample('SELECT id FROM reporting_period WHERE plan_id = $1 AND label IN ($2, $3)', [planId, '2015', '2016']))],
      sacrificialPeriod: sacrificial,
      report: [draft, submitted, ...(await sample(`SELECT id FROM progress_report WHERE status = 'ACCEPTED' ORDER BY id LIMIT 2`))],
      evidence: evidence.data ? [evidence.data.addEvidenceLink.id] : [],
      user: fuzzUsers,
      plan: [planId],
      section: await sample('SELECT id FROM plan_section ORDER BY code LIMIT 3'),
      indicator: [...(await sample('SELECT id FROM indicator WHERE measure_id = ANY($1::uuid[])', [moeMeasures])), ...(await sample('SELECT id FROM indicator ORDER BY id LIMIT 2'))],
    };

    // Which roles each mutation is for: those not refused with FORBIDDEN / UNAUTHENTICATED on a plausible input.
    const probe = new FuzzGenerator(schema, ids, SEED + 1);
    for (let m = 0; m < schema.mutations.length; m++) {
      const name = schema.mutations[m].name;
      const query = schema.document(schema.mutations[m]);
      const roles: Role[] = [];
      for (const role of ROLES) {
        const body = serialize({ query, variables: plausible(probe, m) });
        const r = await post(body, role, `probe-${name}-${role}`);
        const code = (r.json?.['errors'] as { extensions?: { code?: string } }[] | undefined)?.[0]?.extensions?.code;
        if (code !== 'FORBIDDEN' && code !== 'UNAUTHENTICATED') roles.push(role);
      }
      relevant.set(name, roles.length ? roles : ROLES);
    }
    // Probing may have signed someone out (sign-out, deactivation): start from fresh sessions.
    for (const role of ROLES) {
      if (role === 'ANONYMOUS') continue;
      tokens[role] = await app.login(emails[role]).catch(() => tokens[role]);
      spare[role] = await app.login(emails[role]).catch(() => spare[role]);
    }

    const before = await snapshot(app.sql);

    const gen = new FuzzGenerator(schema, ids, SEED);
    const rng = new Rng(SEED ^ 0x5eed);
    cases = Array.from({ length: CASES }, (_, i) => {
      const m = i % schema.mutations.length;
      const forIt = relevant.get(schema.mutations[m].name) as Role[];
      const role = rng.chance(0.85) ? rng.pick(forIt) : rng.pick(ROLES);
      return gen.next(i, m, role);
    });
    const started = Date.now();
    const unmute = muteServerLogs();
    outcomes = await pool(cases, CONCURRENCY, async (c) => {
      const role = c.role as Role;
      const which = ENDS_SESSIONS.test(c.mutation) ? 'spare' : 'main';
      let r = await post(c.body, role, `fz-${c.index}`, which);
      let outcome = judge(c.mutation, r);
      // The session ended (an accepted sign-out on the spare session): sign in again and retry once.
      if (outcome.code === 'UNAUTHENTICATED' && role !== 'ANONYMOUS' && !(await valid(r.token))) {
        await renew(role, which, r.token);
        r = await post(c.body, role, `fz-${c.index}-retry`, which);
        outcome = judge(c.mutation, r);
      }
      // An accepted sign-out ends the spare session: the next case signs in again.
      if (which === 'spare' && outcome.kind === 'accepted') void renew(role, 'spare', r.token).catch(() => undefined);
      return outcome;
    });
    serverErrorLines = unmute();
    elapsedMs = Date.now() - started;
    const after = await snapshot(app.sql);
    changes = diff(before, after);
    report();
  }, 900000);

  afterAll(() => app?.close());

  /** A plausible (unbroken) input for mutation number m. */
  function plausible(gen: FuzzGenerator, m: number): Record<string, unknown> {
    const mutation = schema.mutations[m];
    const out: Record<string, unknown> = {};
    for (const a of mutation.args) out[a.name] = gen.valid(a.type, a.name, mutation.name, mutation.name);
    return out;
  }

  const failures = () => cases.map((c, i) => ({ c, o: outcomes[i] })).filter(({ o }) => o.kind === 'failure');

  function report() {
    const perMutation = new Map<string, Record<string, number>>();
    cases.forEach((c, i) => {
      const row = perMutation.get(c.mutation) ?? {};
      const o = outcomes[i];
      const key = o.kind === 'accepted' ? 'accepted' : o.kind === 'failure' ? `FAIL ${o.code}` : o.code;
      row[key] = (row[key] ?? 0) + 1;
      perMutation.set(c.mutation, row);
    });
    const msOf = (m: string) => {
      const ms = cases.map((c, i) => (c.mutation === m ? outcomes[i].ms : -1)).filter((x) => x >= 0);
      return Math.round(ms.reduce((a, b) => a + b, 0) / Math.max(1, ms.length));
    };
    const lines = [...perMutation].map(([m, row]) => `${m.padEnd(24)} mean ${String(msOf(m)).padStart(4)} ms: ${Object.entries(row).map(([k, v]) => `${k} ${v}`).join(', ')}`);
    const f = failures();
    const unique = new Map<string, { count: number; example: string; reason: string }>();
    for (const { c, o } of f) {
      const signature = `${c.mutation} | ${o.code} | ${c.breaks.map((b) => b.replace(/\[\d+\]/g, '[]').replace(/: (string|number|wrong type|invalid enum) .*/, ': $1')).join(' + ')}`;
      const u = unique.get(signature) ?? { count: 0, example: describeCase(c), reason: o.reason ?? '' };
      u.count++;
      unique.set(signature, u);
    }
    const dir = join(ROOT, 'tmp', 'resilience');
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, 'fuzz-failures.json'),
      JSON.stringify(
        f.map(({ c, o }) => ({ index: c.index, mutation: c.mutation, role: c.role, breaks: c.breaks, outcome: o, body: c.body.length > 5000 ? `${c.body.slice(0, 5000)}…(${c.body.length} bytes)` : c.body })),
        null,
        1,
      ),
    );
    const accepted = outcomes.filter((o) => o.kind === 'accepted').length;
    console.log(
      [
        `[fuzz ${KIND}] ${cases.length} cases in ${(elapsedMs / 1000).toFixed(1)} s over ${schema.mutations.length} mutations (seed ${SEED}): ` +
          `${outcomes.filter((o) => o.kind === 'rejected').length} rejected with a code, ${accepted} accepted, ${f.length} failures, ${relogins} re-sign-ins, ${serverErrorLines} error lines logged by the API`,
        `roles per mutation: ${[...relevant].map(([m, r]) => `${m}=${r.join('/')}`).join(' ')}`,
        ...lines,
        ...(unique.size ? ['distinct failures:', ...[...unique].map(([s, u]) => `  ${u.count}× ${s}\n     e.g. ${u.example}\n     → ${u.reason.slice(0, 200)}`)] : []),
        `rows changed: ${changes.length} (${[...new Set(changes.map((c) => `${c.table}:${c.change}`))].join(', ')})`,
      ].join('\n'),
    );
  }

  it('sent at least 10,000 cases to every mutation of the schema', () => {
    expect(cases.length).toBeGreaterThanOrEqual(Math.min(CASES, 10000));
    const covered = new Set(cases.map((c) => c.mutation));
    expect([...covered].sort()).toEqual(schema.mutations.map((m) => m.name).sort());
  });

  it('never answered with HTTP 500, INTERNAL_SERVER_ERROR, an uncoded error or leaked internals', () => {
    const f = failures();
    expect(f.slice(0, 25).map(({ c, o }) => `${o.code}: ${describeCase(c)} → ${o.reason?.slice(0, 160)}`)).toEqual([]);
  });

  it('answers malformed HTTP bodies with a coded JSON error, never a stack trace', async () => {
    const mutation = schema.mutations.find((m) => m.name === 'saveProgressReport') ?? schema.mutations[0];
    const query = JSON.stringify(schema.document(mutation));
    const bodies: [string, string][] = [
      ['NaN as a number', `{"query":${query},"variables":{"input":{"percentComplete":NaN}}}`],
      ['Infinity as a bare word', `{"query":${query},"variables":{"input":{"percentComplete":Infinity}}}`],
      ['truncated JSON', `{"query":${query},"variables":{"input":{"percentComplete":`],
      ['not JSON at all', 'not json at all'],
      ['empty body', ''],
      ['JSON null', 'null'],
      ['a JSON string', '"query"'],
      ['a batch (array)', `[{"query":${query}},{"query":${query}}]`],
      ['query as a number', '{"query":42}'],
      ['variables as a string', `{"query":${query},"variables":"x"}`],
      ['body over 1 MiB', `{"query":${query},"variables":{"input":{"narrativeEn":"${'z'.repeat(1024 * 1024 + 10)}"}}}`],
      ['lone surrogate escape in the body', `{"query":${query},"variables":{"input":{"narrativeEn":"\\ud800"}}}`],
      ['NUL escape in the body', `{"query":${query},"variables":{"input":{"narrativeEn":"a\\u0000b"}}}`],
      ['deep nesting 100000', `{"query":${query},"variables":{"input":${'['.repeat(100000)}${']'.repeat(100000)}}}`],
    ];
    const bad: string[] = [];
    for (const [label, body] of bodies) {
      const r = await post(body, 'FOCAL_POINT', `raw-${label.replace(/\W+/g, '-')}`);
      const errors = r.json?.['errors'] as { extensions?: { code?: string } }[] | undefined;
      const problem =
        r.transportError ??
        (r.status >= 500 ? `HTTP ${r.status}` : null) ??
        (/\n\s+at |node_modules|Exception:/.test(r.text) ? `HTTP ${r.status} with a stack trace: ${r.text.slice(0, 120).replace(/\s+/g, ' ')}` : null) ??
        (!r.json ? `HTTP ${r.status} ${r.text.slice(0, 80).replace(/\s+/g, ' ')} (not JSON)` : null) ??
        (!errors?.[0]?.extensions?.code || errors[0].extensions.code === 'INTERNAL_SERVER_ERROR' ? `HTTP ${r.status} ${JSON.stringify(r.json).slice(0, 160)}` : null);
      if (problem) bad.push(`${label}: ${problem}`);
    }
    expect(bad).toEqual([]);
  });

  it('left the database unchanged by every rejected input', () => {
    const acceptedRequests = new Set(cases.filter((_, i) => outcomes[i].kind === 'accepted').flatMap((c) => [`fz-${c.index}`, `fz-${c.index}-retry`]));
    const written = new Set<string>(outcomes.filter((o) => o.kind === 'accepted' && o.id).map((o) => o.id as string));
    for (const ch of changes) {
      if (ch.table === 'audit_event' && acceptedRequests.has(String(ch.row['request_id']))) written.add(String(ch.row['entity_id']));
    }
    const isAuthEvent = (row: Record<string, unknown>) => /LOGIN|SIGN|AUTH|TOKEN|SESSION|LOCK/i.test(String(row['action'] ?? ''));
    // The sealer chains audit events after their commit: a seal (or a queue entry) is explained
    // when its event is not an unexplained new one; a queue entry leaves when its seal arrives.
    const unexplainedEvents = new Set(
      changes.filter((ch) => ch.table === 'audit_event' && ch.change === 'added' && !acceptedRequests.has(String(ch.row['request_id'])) && !isAuthEvent(ch.row)).map((ch) => ch.key),
    );
    const sealedNow = new Set(changes.filter((ch) => ch.table === 'audit_seal' && ch.change === 'added').map((ch) => String(ch.row['event_id'])));
    const unexplained = changes.filter((ch) => {
      if (/session|refresh|token|login|attempt|rate|idempot/i.test(ch.table)) return false; // sign-in and request bookkeeping
      // Derived from the raw tables in the writing transaction: checked against a rebuild below.
      if (/^rollup_/.test(ch.table) || ch.table === 'dashboard_version') return false;
      if (ch.table === 'audit_event') return !(ch.change === 'added' && (acceptedRequests.has(String(ch.row['request_id'])) || isAuthEvent(ch.row)));
      if (ch.table === 'audit_seal') return !(ch.change === 'added' && !unexplainedEvents.has(String(ch.row['event_id'])));
      if (ch.table === 'audit_unsealed') {
        const eventId = String(ch.row['event_id']);
        return ch.change === 'added' ? unexplainedEvents.has(eventId) : !(ch.change === 'removed' && sealedNow.has(eventId));
      }
      return !(written.has(ch.key) || ch.refs.some((r) => written.has(r)));
    });
    expect(unexplained.slice(0, 20).map((u) => `${u.table} ${u.change} ${u.key}: ${JSON.stringify(u.row).slice(0, 300)}`)).toEqual([]);
  });

  it('left the dashboard rollups equal to a rebuild from the raw data', async () => {
    await app.sql('BEGIN');
    try {
      const differences = await reconcileRollups((sql, params) => app.sql(sql, params as unknown[]), { dryRun: true });
      expect(differences).toEqual([]);
    } finally {
      await app.sql('ROLLBACK');
    }
  });
});
