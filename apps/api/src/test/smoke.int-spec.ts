import { startTestApp, type TestApp } from './test-app';

describe('platform start-up (real HTTP, fresh database)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('reports health with the database up', async () => {
    const res = await fetch(`${app.url}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', database: 'up' });
    const ready = await fetch(`${app.url}/ready`);
    expect(ready.status).toBe(200);
  });

  it('answers GraphQL at /graphql', async () => {
    const res = await app.gql<{ systemInfo: { name: string; demo: boolean } }>('{ systemInfo { name demo } }');
    expect(res.errors).toBeUndefined();
    expect(res.data?.systemInfo).toEqual({ name: 'NAP Tracker', demo: true });
  });

  it('stores Azerbaijani letters intact', async () => {
    const rows = await app.sql<{ name_az: string }>(`SELECT name_az FROM organization WHERE code = 'MLSPP'`);
    expect(rows[0].name_az).toContain('Əmək və Əhalinin Sosial Müdafiəsi');
  });
});
