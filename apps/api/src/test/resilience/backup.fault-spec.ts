import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Client } from 'pg';
import { createServerDatabase, gql, login, pgCluster, ROOT, spawnApi, sqlOn, type ServerDatabase } from './harness';

/**
 * `npm run db:backup` / `npm run db:restore` for both kinds of database: back up, change the data,
 * restore, and find exactly the data of the backup again (row count and checksum of every table).
 */
interface Run {
  code: number | null;
  out: string;
}

function npm(script: string, args: string[], env: Record<string, string | undefined>): Promise<Run> {
  const { NODE_OPTIONS: _o, DATABASE_URL: _d, DATA_DIR: _dd, TEST_DATABASE_URL: _t, ...base } = process.env;
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', script, '--', ...args], { cwd: ROOT, env: { ...base, ...env } as NodeJS.ProcessEnv, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += String(d)));
    child.stderr.on('data', (d) => (out += String(d)));
    child.on('exit', (code) => resolve({ code, out }));
  });
}

type Query = (sql: string) => Promise<Record<string, unknown>[]>;

/** Row count and an order-independent checksum of every table of the public schema. */
async function checksums(query: Query): Promise<Record<string, string>> {
  const tables = (await query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`)).map((r) => String(r['tablename']));
  const out: Record<string, string> = {};
  for (const t of tables) {
    const [row] = await query(`SELECT count(*)::int AS n, coalesce(md5(string_agg(x::text, '|' ORDER BY x::text)), '-') AS h FROM "${t}" x`);
    out[t] = `${row['n']} rows ${row['h']}`;
  }
  return out;
}

/** Changes that a restore must undo: an update, an insert, deletes, and an extra audit event. */
const CHANGES = [
  `UPDATE organization SET name_en = 'Renamed after the backup' WHERE code = 'MOE'`,
  `INSERT INTO organization (code, name_az, name_en, type) VALUES ('AFTER-BACKUP', 'Sonra', 'After the backup', 'NGO')`,
  `DELETE FROM indicator_value`,
  `INSERT INTO audit_event (action, entity_type, entity_id) VALUES ('AFTER_BACKUP', 'Test', 'x')`,
];

/** Applies CHANGES; the audit insert may be refused once the audit table is hash-chained, which is fine. */
async function applyChanges(query: Query): Promise<void> {
  for (const sql of CHANGES) {
    if (sql.includes('audit_event')) await query(sql).catch(() => undefined);
    else await query(sql);
  }
}

describe('backups of a PostgreSQL server database (pg_dump / pg_restore)', () => {
  let db: ServerDatabase;
  let work: string;
  beforeAll(async () => {
    await pgCluster.ensureUp();
    db = await createServerDatabase('nap_backup');
    work = mkdtempSync(join(tmpdir(), 'nap-backup-'));
    const seeded = await npm('db:seed', [], { DATABASE_URL: db.url });
    expect(seeded).toMatchObject({ code: 0 });
  }, 180000);
  afterAll(async () => {
    await db?.drop();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  const query: Query = (sql) => sqlOn(db.url, sql);

  it('backs up, and a restore after changes gives back exactly the data of the backup', async () => {
    const original = await checksums(query);
    expect(Object.keys(original)).toEqual(expect.arrayContaining(['progress_report', 'audit_event', 'organization', 'measure']));
    const file = join(work, 'server.dump');
    const backup = await npm('db:backup', ['--out', file], { DATABASE_URL: db.url });
    expect(backup).toMatchObject({ code: 0 });
    expect(backup.out).toContain('Backup written');
    expect(readFileSync(file).subarray(0, 5).toString('latin1')).toBe('PGDMP');

    await applyChanges(query);
    const changed = await checksums(query);
    expect(changed).not.toEqual(original);

    const restore = await npm('db:restore', [file], { DATABASE_URL: db.url });
    expect({ code: restore.code, out: restore.out.slice(-1500) }).toMatchObject({ code: 0 });
    expect(await checksums(query)).toEqual(original);
    // The append-only trigger came back with the data.
    await expect(query(`DELETE FROM audit_event`)).rejects.toThrow();
  }, 120000);

  it('writes to backups/<timestamp>.dump by default', async () => {
    const dir = join(ROOT, 'backups');
    const before = existsSync(dir) ? new Set(readdirSync(dir)) : new Set<string>();
    const backup = await npm('db:backup', [], { DATABASE_URL: db.url });
    expect(backup).toMatchObject({ code: 0 });
    const created = readdirSync(dir).filter((f) => !before.has(f));
    try {
      expect(created).toHaveLength(1);
      expect(created[0]).toMatch(/^\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z\.dump$/);
    } finally {
      for (const f of created) rmSync(join(dir, f), { force: true });
    }
  }, 60000);

  it('refuses to restore while the API is connected, and never prints the password', async () => {
    const file = join(work, 'server.dump');
    const api = new Client({ connectionString: db.url, application_name: 'nap-tracker' });
    await api.connect();
    try {
      await query(CHANGES[0]);
      const before = await checksums(query);
      const refused = await npm('db:restore', [file], { DATABASE_URL: db.url });
      expect(refused.code).toBe(1);
      expect(refused.out).toMatch(/Restore failed: The API has 1 open connection\(s\) to .*Stop the API first/);
      expect(await checksums(query)).toEqual(before);
    } finally {
      await api.end();
    }
    const withPassword = new URL(db.url);
    withPassword.password = 's3cret-Pa55';
    const res = await npm('db:backup', ['--out', join(work, 'pw.dump')], { DATABASE_URL: withPassword.toString() });
    expect(res.out).not.toContain('s3cret-Pa55');
  }, 60000);

  it('explains a missing database and a backup of the other kind', async () => {
    const missing = new URL(db.url);
    missing.pathname = '/nap_no_such_database';
    const res = await npm('db:restore', [join(work, 'server.dump')], { DATABASE_URL: missing.toString() });
    expect(res.code).toBe(1);
    expect(res.out).toMatch(/does not exist: create it first/);
    const noUrl = await npm('db:restore', [join(work, 'server.dump')], { DATA_DIR: work });
    expect(noUrl.out).toMatch(/is a PostgreSQL server backup: set DATABASE_URL/);
  }, 60000);
});

describe('backups of the embedded database (PGlite data folder)', () => {
  let dataDir: string;
  let work: string;
  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'nap-embedded-backup-'));
    work = mkdtempSync(join(tmpdir(), 'nap-backup-'));
  });
  afterAll(() => {
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(work, { recursive: true, force: true });
  });

  const withEmbedded = async <T>(fn: (q: Query) => Promise<T>): Promise<T> => {
    const db = await PGlite.create(join(dataDir, 'pglite'));
    try {
      return await fn(async (sql) => (await db.query<Record<string, unknown>>(sql)).rows);
    } finally {
      await db.close();
    }
  };

  it('refuses while the API runs, backs up when it is stopped, and a restore gives back exactly the data of the backup', async () => {
    const file = join(work, 'embedded.tar.gz');
    // The API as an operator runs it, on its embedded database with the demo plan.
    const api = await spawnApi({ DATA_DIR: dataDir });
    const token = await login(api.url, 'admin@demo.local');
    const created = await gql(api.url, 'mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { id } }', { i: { code: 'BEFORE-BACKUP', nameAz: 'Əvvəl', nameEn: 'Before', type: 'NGO' } }, token);
    expect(created.errors).toBeUndefined();
    const refused = await npm('db:backup', ['--out', file], { DATA_DIR: dataDir });
    expect(refused.code).toBe(1);
    expect(refused.out).toMatch(new RegExp(`Backup failed: The embedded database in .* is in use by pid ${api.pid}.*Stop the API first`));
    expect(existsSync(file)).toBe(false);
    expect(await api.stop('SIGTERM')).toBe(0);

    const original = await withEmbedded(checksums);
    expect(original['organization']).toMatch(/^\d+ rows/);
    const backup = await npm('db:backup', ['--out', file], { DATA_DIR: dataDir });
    expect({ code: backup.code, out: backup.out.slice(-1500) }).toMatchObject({ code: 0 });
    expect([...readFileSync(file).subarray(0, 2)]).toEqual([0x1f, 0x8b]);

    await withEmbedded(applyChanges);
    const changed = await withEmbedded(checksums);
    expect(changed).not.toEqual(original);

    // A restore is refused while another process has the database open (here: this test).
    const open = await PGlite.create(join(dataDir, 'pglite'));
    try {
      const busy = await npm('db:restore', [file], { DATA_DIR: dataDir });
      expect(busy.code).toBe(1);
      expect(busy.out).toMatch(/is in use by pid \d+/);
    } finally {
      await open.close();
    }

    const restore = await npm('db:restore', [file], { DATA_DIR: dataDir });
    expect({ code: restore.code, out: restore.out.slice(-1500) }).toMatchObject({ code: 0 });
    expect(restore.out).toMatch(/kept in .*pglite\.before-restore-/);
    expect(await withEmbedded(checksums)).toEqual(original);

    // The API starts on the restored database and sees the data of the backup.
    const again = await spawnApi({ DATA_DIR: dataDir });
    try {
      const t = await login(again.url, 'admin@demo.local');
      const orgs = await gql<{ organizations: { code: string; nameEn: string }[] }>(again.url, '{ organizations { code nameEn } }', {}, t);
      const codes = orgs.data!.organizations.map((o) => o.code);
      expect(codes).toContain('BEFORE-BACKUP');
      expect(codes).not.toContain('AFTER-BACKUP');
      expect(orgs.data!.organizations.find((o) => o.code === 'MOE')?.nameEn).not.toBe('Renamed after the backup');
    } finally {
      expect(await again.stop('SIGTERM')).toBe(0);
    }
  }, 300000);

  it('says so when there is no embedded database, or the file is no backup', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'nap-empty-'));
    try {
      const none = await npm('db:backup', ['--out', join(work, 'none.tar.gz')], { DATA_DIR: empty });
      expect(none.code).toBe(1);
      expect(none.out).toMatch(/There is no embedded database in .*pglite/);
      const junk = join(work, 'junk.bin');
      writeFileSync(junk, 'not a backup');
      const bad = await npm('db:restore', [junk], { DATA_DIR: empty });
      expect(bad.code).toBe(1);
      expect(bad.out).toMatch(/is neither a pg_dump custom-format file nor an embedded-database tarball/);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  }, 60000);
});
