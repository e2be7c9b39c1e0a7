import { startTestApp } from './test-app';
import { describeSchema } from './schema-describe';

/**
 * Runs only in the server suite (TEST_DATABASE_URL): the same migrations give the same
 * schema on the embedded PGlite and on the PostgreSQL server.
 */
describe('embedded and server databases', () => {
  it('get the same schema from the same migrations', async () => {
    const serverUrl = process.env['TEST_DATABASE_URL'];
    expect(serverUrl).toBeTruthy();
    const onServer = await startTestApp({ seedDemo: false });
    const saved = process.env['TEST_DATABASE_URL'];
    delete process.env['TEST_DATABASE_URL'];
    const embedded = await startTestApp({ seedDemo: false });
    process.env['TEST_DATABASE_URL'] = saved;
    try {
      expect(embedded.running.embedded).toBe(true);
      expect(onServer.running.embedded).toBe(false);
      const [a, b] = await Promise.all([describeSchema(embedded.databaseUrl), describeSchema(onServer.databaseUrl)]);
      expect(a.length).toBeGreaterThan(100);
      expect(a).toEqual(b);
    } finally {
      await embedded.close();
      await onServer.close();
    }
  });
});
