import { Client } from 'pg';
import { EMBEDDED_MAX_CONNECTIONS, startEmbeddedPostgres, type EmbeddedPostgres } from '../../database/embedded-postgres';

/**
 * The embedded database serves several pooled connections from ONE PGlite session. Connections
 * must take whole turns: an extended-protocol query (Parse/Bind/Execute/Sync) or a transaction of
 * one connection must never be cut by another's messages, or statements and portals get mixed up
 * (errors such as `unnamed prepared statement does not exist`, wrong rows returned, a hang).
 * And the socket server must accept a few more connections than the API's pool, so that one
 * extra client (a test harness, psql) does not make the pool's connections fail.
 */
describe('the embedded database under concurrent connections', () => {
  let db: EmbeddedPostgres;
  const clients: Client[] = [];
  beforeAll(async () => {
    db = await startEmbeddedPostgres(null);
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.end().catch(() => undefined)));
    await db?.stop();
  });

  const connect = async () => {
    const c = new Client({ connectionString: db.url, connectionTimeoutMillis: 5000 });
    await c.connect();
    clients.push(c);
    return c;
  };

  it('gives each connection the right rows while others run transactions', async () => {
    const conns = await Promise.all(Array.from({ length: 8 }, connect));
    await conns[0].query('CREATE TABLE secret (id uuid PRIMARY KEY, owner text NOT NULL, v text NOT NULL)');
    await conns[0].query(`INSERT INTO secret VALUES ('00000000-0000-0000-0000-000000000001', 'alice', 'alice-secret'), ('00000000-0000-0000-0000-000000000002', 'bob', 'bob-secret')`);
    const wrong: string[] = [];
    const errors: string[] = [];
    const work = Promise.all(
      conns.map(async (c, w) => {
        for (let i = 0; i < 150; i++) {
          try {
            if (w % 2 === 0) {
              // A transaction: BEGIN/COMMIT are simple queries, the SELECT an extended one.
              await c.query('BEGIN');
              const r = await c.query('SELECT v FROM secret WHERE owner = $1', ['alice']);
              if (r.rows[0]?.v !== 'alice-secret') wrong.push(`transaction ${w} got ${JSON.stringify(r.rows)}`);
              await c.query('COMMIT');
            } else {
              const r = await c.query('SELECT v FROM secret WHERE id = $1', ['00000000-0000-0000-0000-000000000002']);
              if (r.rows[0]?.v !== 'bob-secret') wrong.push(`plain query ${w} got ${JSON.stringify(r.rows)}`);
            }
          } catch (error) {
            errors.push(`${w}: ${(error as Error).message}`);
            await c.query('ROLLBACK').catch(() => undefined);
          }
        }
      }),
    );
    let timer: NodeJS.Timeout | undefined;
    const hung = await Promise.race([work.then(() => false), new Promise<boolean>((r) => (timer = setTimeout(() => r(true), 60000)))]);
    clearTimeout(timer);
    expect({ hung, wrong: wrong.slice(0, 5), wrongCount: wrong.length, errors: [...new Set(errors)].slice(0, 5) }).toEqual({ hung: false, wrong: [], wrongCount: 0, errors: [] });
  }, 90000);

  it('accepts a full pool plus an extra client', async () => {
    await Promise.all(clients.splice(0).map((c) => c.end().catch(() => undefined)));
    await new Promise((r) => setTimeout(r, 200)); // the server forgets closed connections asynchronously
    const extra = await connect();
    const pool = await Promise.all(Array.from({ length: EMBEDDED_MAX_CONNECTIONS }, () => connect().then((c) => c.query('SELECT 1 AS one'))).map((p) => p.then(() => 'ok', (e: Error) => e.message)));
    expect(pool).toEqual(Array(EMBEDDED_MAX_CONNECTIONS).fill('ok'));
    expect((await extra.query('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
  }, 60000);
});
