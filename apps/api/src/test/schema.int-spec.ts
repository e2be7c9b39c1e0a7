import { DataSource } from 'typeorm';
import { startTestApp, type TestApp } from './test-app';

describe('schema from committed migrations', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ seedDemo: false });
  });
  afterAll(() => app?.close());

  it('matches the TypeORM entities exactly (no pending schema change)', async () => {
    const ds = app.running.app.get(DataSource);
    const pending = await ds.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('is fully reverted by the migrations’ down()', async () => {
    const ds = app.running.app.get(DataSource);
    const applied = (await app.sql<{ n: string }>('SELECT count(*) AS n FROM schema_migrations'))[0].n;
    for (let i = 0; i < Number(applied); i++) await ds.undoLastMigration({ transaction: 'each' });
    const tables = await app.sql<{ table_name: string }>(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'schema_migrations'`);
    expect(tables).toEqual([]);
    await ds.runMigrations({ transaction: 'each' });
    const pending = await ds.driver.createSchemaBuilder().log();
    expect(pending.upQueries).toEqual([]);
  });
});
