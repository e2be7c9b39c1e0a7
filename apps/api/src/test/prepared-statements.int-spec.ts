import { DataSource } from 'typeorm';
import { prepared, statementName } from '../database/prepared-statements';
import { startTestApp, type TestApp } from './test-app';

/**
 * The hot write path's statements (marked with prepared()) are named, prepared statements on a
 * PostgreSQL server, once per connection, and plain unnamed ones on the embedded database, whose
 * pooled connections share one backend (a name prepared by one would collide with another's).
 * Runs in both suites: `npm test` (embedded) and `npm run test:pg` (server).
 */
describe('prepared statements', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ seedDemo: false });
  });
  afterAll(async () => {
    await app.close();
  });

  it('a marked statement is prepared once per server connection, and no other is; none on the embedded database', async () => {
    const ds = app.running.app.get(DataSource);
    const marked = prepared('SELECT $1::int + 1 AS n');
    const runner = ds.createQueryRunner();
    try {
      // one connection throughout: prepared statements belong to a session
      for (const n of [1, 41]) expect(await runner.query(marked, [n])).toEqual([{ n: n + 1 }]);
      expect(await runner.query('SELECT $1::int + 2 AS m', [1])).toEqual([{ m: 3 }]);
      const names = ((await runner.query('SELECT name FROM pg_prepared_statements ORDER BY name')) as { name: string }[]).map((r) => r.name);
      // unnamed statements are not listed: every name is a marked statement's
      if (app.running.embedded) expect(names).toEqual([]);
      else {
        expect(names).toContain(statementName(marked));
        for (const name of names) expect(name).toMatch(/^nap_[0-9a-f]{20}$/);
      }
    } finally {
      await runner.release();
    }
  });

  it('many connections run the same marked statement at once, in this instance and in a second one on the same database', async () => {
    // A second instance reaches an embedded database through its socket, as a server: it must
    // still see that the backend is shared.
    const second = await startTestApp({ seedDemo: false, env: { DATABASE_URL: app.databaseUrl } });
    try {
      const marked = prepared('SELECT $1::int * 2 AS n, pg_sleep(0.01)::text AS slept');
      for (const instance of [app, second]) {
        const ds = instance.running.app.get(DataSource);
        const answers = await Promise.all(Array.from({ length: 6 }, (_, i) => ds.query(marked, [i])));
        expect(answers.map((rows) => (rows as { n: number }[])[0].n)).toEqual(Array.from({ length: 6 }, (_, i) => i * 2));
      }
      if (app.running.embedded) {
        // nothing was prepared on the shared backend, by either instance
        const listed = (await second.running.app.get(DataSource).query('SELECT count(*)::int AS n FROM pg_prepared_statements')) as { n: number }[];
        expect(listed[0].n).toBe(0);
      }
    } finally {
      await second.close();
    }
  });

  it('names are stable per text and distinct between texts', () => {
    const a = prepared('SELECT 1');
    expect(prepared(a)).toBe(a);
    expect(statementName(a)).toBe(statementName(prepared('SELECT 1')));
    expect(statementName(a)).not.toBe(statementName(prepared('SELECT 2')));
    expect(statementName(a)).toMatch(/^nap_[0-9a-f]{20}$/);
  });
});
