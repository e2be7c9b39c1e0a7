import { startEmbeddedPostgres, type EmbeddedPostgres } from '../database/embedded-postgres';
import { errorCode, startTestApp, type TestApp } from './test-app';

const LOGIN = `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken refreshToken } }`;
const REFRESH = `mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken refreshToken } }`;
const ME = `{ me { email } }`;

describe('accounts and sessions', () => {
  let app: TestApp;
  let admin: string;
  beforeAll(async () => {
    app = await startTestApp();
    admin = await app.login('admin@demo.local');
  });
  afterAll(() => app?.close());

  it('refuses weak and common passwords with the field named', async () => {
    for (const password of ['short-pw', 'Password1234', 'qwerty123456', 'aaaaaaaaaaaaaa']) {
      const res = await app.gql(`mutation($i: CreateUserInput!) { createUser(input: $i) { id } }`, { i: { email: `weak${password.length}@x.az`, fullName: 'Test', role: 'AUDITOR', password } }, admin);
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0].extensions!.fields!.map((f) => f.field)).toContain('password');
    }
  });

  it('locks an account after repeated failures, even for the right password', async () => {
    await app.gql(`mutation($i: CreateUserInput!) { createUser(input: $i) { id } }`, { i: { email: 'lock@x.az', fullName: 'Kilid Testi', role: 'AUDITOR', password: 'Çox-uzun-parol-2016' } }, admin);
    for (let i = 0; i < 5; i++) expect(errorCode(await app.gql(LOGIN, { e: 'lock@x.az', p: 'wrong-password-123' }))).toBe('UNAUTHENTICATED');
    const locked = await app.gql(LOGIN, { e: 'lock@x.az', p: 'Çox-uzun-parol-2016' });
    expect(errorCode(locked)).toBe('UNAUTHENTICATED');
    expect(locked.errors![0].message).toMatch(/locked until/);
    const rows = await app.sql<{ failed_logins: number; locked_until: Date }>(`SELECT failed_logins, locked_until FROM app_user WHERE email = 'lock@x.az'`);
    expect(rows[0].failed_logins).toBe(5);
    expect(new Date(rows[0].locked_until).getTime()).toBeGreaterThan(Date.now());
  });

  it('gives the same answer for an unknown e-mail as for a wrong password', async () => {
    const unknown = await app.gql(LOGIN, { e: 'nobody@x.az', p: 'whatever-123456' });
    const wrong = await app.gql(LOGIN, { e: 'auditor@demo.local', p: 'whatever-123456' });
    expect(unknown.errors![0].message).toBe(wrong.errors![0].message);
  });

  it('rotates refresh tokens and revokes the whole family when one is reused', async () => {
    const first = await app.gql<{ login: { accessToken: string; refreshToken: string } }>(LOGIN, { e: 'auditor@demo.local', p: 'Demo-2016!' });
    const r1 = first.data!.login.refreshToken;
    const second = await app.gql<{ refreshSession: { accessToken: string; refreshToken: string } }>(REFRESH, { t: r1 });
    expect(second.errors).toBeUndefined();
    const r2 = second.data!.refreshSession.refreshToken;
    expect(r2).not.toBe(r1);
    // Reusing the first token: theft. The family ends, including the newest token and its access token.
    expect(errorCode(await app.gql(REFRESH, { t: r1 }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await app.gql(REFRESH, { t: r2 }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await app.gql(ME, {}, second.data!.refreshSession.accessToken))).toBe('UNAUTHENTICATED');
  });

  it('signs out: the session’s tokens stop working', async () => {
    const s = await app.gql<{ login: { accessToken: string; refreshToken: string } }>(LOGIN, { e: 'coordinator@demo.local', p: 'Demo-2016!' });
    const { accessToken, refreshToken } = s.data!.login;
    expect((await app.gql(ME, {}, accessToken)).errors).toBeUndefined();
    await new Promise((r) => setTimeout(r, 1100)); // tokens carry second-precision issue times
    expect((await app.gql<{ logout: boolean }>(`mutation($t: String) { logout(refreshToken: $t) }`, { t: refreshToken }, accessToken)).data!.logout).toBe(true);
    expect(errorCode(await app.gql(ME, {}, accessToken))).toBe('UNAUTHENTICATED');
    expect(errorCode(await app.gql(REFRESH, { t: refreshToken }))).toBe('UNAUTHENTICATED');
  });

  it('ends every session of a user an admin deactivates', async () => {
    const s = await app.gql<{ login: { accessToken: string; refreshToken: string } }>(LOGIN, { e: 'focal.sms@demo.local', p: 'Demo-2016!' });
    const id = (await app.sql<{ id: string }>(`SELECT id FROM app_user WHERE email = 'focal.sms@demo.local'`))[0].id;
    await new Promise((r) => setTimeout(r, 1100));
    const res = await app.gql<{ deactivateUser: { active: boolean } }>(`mutation($id: ID!) { deactivateUser(id: $id) { active } }`, { id }, admin);
    expect(res.data!.deactivateUser.active).toBe(false);
    expect(errorCode(await app.gql(ME, {}, s.data!.login.accessToken))).toBe('UNAUTHENTICATED');
    expect(errorCode(await app.gql(REFRESH, { t: s.data!.login.refreshToken }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await app.gql(LOGIN, { e: 'focal.sms@demo.local', p: 'Demo-2016!' }))).toBe('UNAUTHENTICATED');
  });
});

describe('GraphQL and HTTP limits', () => {
  let app: TestApp;
  let auditor: string;
  beforeAll(async () => {
    app = await startTestApp({ env: { RATE_LIMIT_LOGINS_PER_MINUTE: '1000', RATE_LIMIT_MUTATIONS_PER_MINUTE: '3' } });
    auditor = await app.login('auditor@demo.local');
  });
  afterAll(() => app?.close());

  it('refuses queries nested too deep', async () => {
    let q = 'id';
    for (let i = 0; i < 12; i++) q = `measures { section { id } assignments { organization { parent { ${i === 0 ? 'id' : q.replace(/^measures/, 'id')} } } } }`;
    const deep = `{ plans { ${q} } }`;
    const res = await app.gql(deep, {}, auditor);
    expect(errorCode(res)).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses too many aliases and too costly queries', async () => {
    const aliases = `{ ${Array.from({ length: 31 }, (_, i) => `a${i}: systemInfo { name }`).join(' ')} }`;
    expect(errorCode(await app.gql(aliases))).toBe('GRAPHQL_VALIDATION_FAILED');
    const wide = `{ plans { ${Array.from({ length: 3000 }, () => 'id').join(' ')} } }`;
    const res = await app.gql(wide, {}, auditor);
    expect(errorCode(res)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.errors![0].message).toMatch(/too large/);
  });

  it('refuses batched requests and bodies over 1 MB', async () => {
    const batch = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify([{ query: '{ systemInfo { name } }' }, { query: '{ systemInfo { name } }' }]) });
    expect(batch.status).toBe(400);
    const huge = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ systemInfo { name } }', variables: { x: 'ə'.repeat(700_000) } }) });
    expect(huge.status).toBe(413);
  });

  it('refuses a page larger than the maximum', async () => {
    const res = await app.gql(`{ auditEvents(filter: {}, page: { limit: 201 }) { total } }`, {}, auditor);
    expect(res.errors).toBeDefined();
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
  });

  it('prevents CSRF: a simple cross-site form post is refused', async () => {
    const res = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{"query":"mutation { logout }"}' });
    expect(res.status).toBe(400);
    const get = await fetch(`${app.url}/graphql?query=${encodeURIComponent('{ systemInfo { name } }')}`);
    expect(get.status).toBe(400);
  });

  it('sends security headers and no CORS permission to other origins', async () => {
    const res = await fetch(`${app.url}/graphql`, { method: 'OPTIONS', headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' } });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    const page = await fetch(`${app.url}/health`);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(page.headers.get('x-powered-by')).toBeNull();
  });

  it('limits mutations per user', async () => {
    const coordinator = await app.login('coordinator@demo.local');
    const planId = (await app.sql<{ id: string }>('SELECT id FROM action_plan LIMIT 1'))[0].id;
    const codes: (string | undefined)[] = [];
    for (let i = 0; i < 5; i++) {
      const res = await app.gql(`mutation($i: CreateSectionInput!) { createSection(input: $i) { id } }`, { i: { planId, code: `R${i}`, titleAz: 'Bölmə', titleEn: 'Section' } }, coordinator);
      codes.push(errorCode(res));
    }
    // Sign-in is public and limited separately: 3 changes per minute, then refused.
    expect(codes).toEqual([undefined, undefined, undefined, 'RATE_LIMITED', 'RATE_LIMITED']);
  });

  it('limits sign-in attempts per address', async () => {
    const limited = await startTestApp({ env: { RATE_LIMIT_LOGINS_PER_MINUTE: '3' } });
    try {
      const codes = [];
      for (let i = 0; i < 5; i++) codes.push(errorCode(await limited.gql(LOGIN, { e: 'auditor@demo.local', p: 'Demo-2016!' })));
      expect(codes.slice(0, 3)).toEqual([undefined, undefined, undefined]);
      expect(codes.slice(3)).toEqual(['RATE_LIMITED', 'RATE_LIMITED']);
    } finally {
      await limited.close();
    }
  });
});

describe('production mode', () => {
  let db: EmbeddedPostgres;
  let app: TestApp;
  beforeAll(async () => {
    db = await startEmbeddedPostgres(null);
    app = await startTestApp({ env: { NODE_ENV: 'production', DATABASE_URL: db.url, SEED_DEMO: 'true' } });
  });
  afterAll(async () => {
    await app?.close();
    await db?.stop();
  });

  it('turns introspection off and masks internal errors', async () => {
    const res = await app.gql('{ __schema { types { name } } }');
    expect(errorCode(res)).toBe('GRAPHQL_VALIDATION_FAILED');
    const landing = await fetch(`${app.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(await landing.text()).not.toMatch(/Apollo Sandbox|apollographql/i);
  });
});

describe('audit trail', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app?.close());

  it('is hash-chained, verifies, and names the first broken link after tampering', async () => {
    const auditor = await app.login('auditor@demo.local');
    const coordinator = await app.login('coordinator@demo.local');
    const planId = (await app.sql<{ id: string }>('SELECT id FROM action_plan LIMIT 1'))[0].id;
    // More than ten events, so an order by text ('10' < '2') would show as a broken chain.
    for (let i = 0; i < 12; i++) {
      await app.gql(`mutation($i: CreateSectionInput!) { createSection(input: $i) { id } }`, { i: { planId, code: `A${i}`, titleAz: 'Ə', titleEn: 'E' } }, coordinator);
    }
    const ok = await app.gql<{ verifyAuditChain: { ok: boolean; checked: number; firstBrokenId: string | null } }>('{ verifyAuditChain { ok checked firstBrokenId } }', {}, auditor);
    expect(ok.data!.verifyAuditChain).toMatchObject({ ok: true, firstBrokenId: null });
    expect(ok.data!.verifyAuditChain.checked).toBeGreaterThanOrEqual(13);

    // Only a superuser who disables the trigger can edit; the chain still gives it away.
    const target = (await app.sql<{ id: string }>(`SELECT id::text AS id FROM audit_event ORDER BY id LIMIT 1 OFFSET 2`))[0].id;
    await app.sql('ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update_delete');
    await app.sql(`UPDATE audit_event SET after = '{"tampered": true}' WHERE id = $1`, [target]);
    await app.sql('ALTER TABLE audit_event ENABLE TRIGGER audit_event_no_update_delete');
    const broken = await app.gql<{ verifyAuditChain: { ok: boolean; firstBrokenId: string } }>('{ verifyAuditChain { ok firstBrokenId } }', {}, auditor);
    expect(broken.errors).toBeUndefined();
    expect(broken.data!.verifyAuditChain).toEqual({ ok: false, firstBrokenId: target });
  });

  it('submits once for a retried request with the same idempotency key', async () => {
    const focal = await app.login('focal.moe@demo.local');
    const coordinator = await app.login('coordinator@demo.local');
    const planId = (await app.sql<{ id: string }>('SELECT id FROM action_plan LIMIT 1'))[0].id;
    const sectionId = (await app.sql<{ id: string }>(`SELECT id FROM plan_section WHERE plan_id = $1 AND code = '2'`, [planId]))[0].id;
    const moe = (await app.sql<{ id: string }>(`SELECT id FROM organization WHERE code = 'MOE'`))[0].id;
    const period = (await app.sql<{ id: string }>(`SELECT id FROM reporting_period WHERE label = '2016'`))[0].id;
    const m = await app.gql<{ createMeasure: { id: string } }>(`mutation($i: CreateMeasureInput!) { createMeasure(input: $i) { id } }`, { i: { sectionId, code: '2.77', titleAz: 'Ə', titleEn: 'E', startDate: '2016-01-01', dueDate: '2016-12-31' } }, coordinator);
    await app.gql(`mutation($m: ID!, $o: ID!) { assignMeasure(measureId: $m, organizationId: $o, role: LEAD) { id } }`, { m: m.data!.createMeasure.id, o: moe }, coordinator);
    const saved = await app.gql<{ saveProgressReport: { id: string } }>(`mutation($i: SaveProgressReportInput!) { saveProgressReport(input: $i) { id } }`, { i: { measureId: m.data!.createMeasure.id, periodId: period, organizationId: moe, implementationStatus: 'IN_PROGRESS', percentComplete: 10 } }, focal);
    const id = saved.data!.saveProgressReport.id;
    const SUBMIT = `mutation($id: ID!, $k: String) { submitProgressReport(id: $id, idempotencyKey: $k) { status version } }`;
    const [a, b] = await Promise.all([app.gql(SUBMIT, { id, k: 'retry-key-0001' }, focal), app.gql(SUBMIT, { id, k: 'retry-key-0001' }, focal)]);
    expect(a.errors).toBeUndefined();
    expect(b.errors).toBeUndefined();
    expect(a.data).toEqual(b.data);
    const events = await app.sql<{ n: string }>(`SELECT count(*) AS n FROM report_event WHERE report_id = $1 AND action = 'SUBMIT'`, [id]);
    expect(Number(events[0].n)).toBe(1);
    // Without the key, a second submit is a state error, not a second submission.
    expect(errorCode(await app.gql(SUBMIT, { id, k: null }, focal))).toBe('INVALID_STATE');
  });
});
