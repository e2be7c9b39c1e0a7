import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { startTestApp } from './test-app';

/** Runs only in the server suite (TEST_DATABASE_URL): the session settings of the API's connections. */
describe('the API on a PostgreSQL server', () => {
  it('runs its statements without JIT compilation, on every pooled connection', async () => {
    const app = await startTestApp({ seedDemo: false });
    try {
      expect(app.running.embedded).toBe(false);
      const ds = app.running.app.get(DataSource);
      // A plain session on the same server compiles (JIT is on by default) …
      const plain = new Client({ connectionString: app.databaseUrl });
      await plain.connect();
      const [{ jit: serverDefault }] = (await plain.query<{ jit: string }>(`SELECT current_setting('jit') AS jit`)).rows;
      await plain.end();
      expect(serverDefault).toBe('on');
      // … the API's sessions do not.
      const settings = (await Promise.all(Array.from({ length: 6 }, () => ds.query(`SELECT current_setting('jit') AS jit, pg_backend_pid() AS pid, pg_sleep(0.05)::text AS slept`)))) as { jit: string; pid: number }[][];
      expect(new Set(settings.map((rows) => rows[0].pid)).size).toBeGreaterThan(1);
      for (const rows of settings) expect(rows[0].jit).toBe('off');
    } finally {
      await app.close();
    }
  });
});
