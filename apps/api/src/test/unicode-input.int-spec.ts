import { errorCode, startTestApp, type GraphQLResponse, type TestApp } from './test-app';

/**
 * Text that is not well-formed Unicode (a lone UTF-16 surrogate, which JSON can carry) is
 * BAD_USER_INPUT naming the field, whatever the field's own validators are (validator.js's
 * isEmail threw a URIError on it: an internal error, found by the fuzz suite); well-formed
 * text outside the basic plane is stored verbatim.
 */
const fields = (res: GraphQLResponse<unknown>) => (res.errors?.[0]?.extensions as { fields?: { field: string }[] } | undefined)?.fields?.map((f) => f.field);
const CREATE_USER = `mutation($i: CreateUserInput!) { createUser(input: $i) { id fullName } }`;

describe('ill-formed Unicode in inputs', () => {
  let app: TestApp;
  let admin: string;
  beforeAll(async () => {
    app = await startTestApp();
    admin = await app.login('admin@demo.local');
  });
  afterAll(() => app?.close());

  it('refuses a lone surrogate in an e-mail, naming it, and creates nobody', async () => {
    const before = await app.sql<{ n: string }>('SELECT count(*)::text AS n FROM app_user');
    const res = await app.gql(CREATE_USER, { i: { email: 'x\ud83d', fullName: 'Fuzz mətn', password: 'Correct-Horse-35324-Battery', role: 'AUDITOR' } }, admin);
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(fields(res)).toEqual(['email']);
    expect(await app.sql('SELECT count(*)::text AS n FROM app_user')).toEqual(before);
  });

  it('refuses one in a scalar argument', async () => {
    const res = await app.gql(`mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken } }`, { t: 'abc\udc00' });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(fields(res)).toEqual(['refreshToken']);
  });

  it('stores well-formed text with letters outside the basic plane verbatim', async () => {
    const fullName = 'Gülnarə Şükürova 𝒜 😀';
    const res = await app.gql<{ createUser: { fullName: string } }>(CREATE_USER, { i: { email: 'gulnare@example.az', fullName, password: 'Correct-Horse-35324-Battery', role: 'AUDITOR' } }, admin);
    expect(res.errors).toBeUndefined();
    expect(res.data!.createUser.fullName).toBe(fullName);
    const [row] = await app.sql<{ full_name: string }>(`SELECT full_name FROM app_user WHERE email = 'gulnare@example.az'`);
    expect(row.full_name).toBe(fullName);
  });
});
