import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

/**
 * The zero-setup database: PGlite (PostgreSQL compiled to WebAssembly) served over the
 * PostgreSQL wire protocol on a loopback port, so the API talks to it with the same `pg`
 * driver, TypeORM configuration and migrations as to a real server.
 *
 * PGlite runs one statement at a time; the socket server keeps a transaction's statements
 * together, so several pooled connections are safe (they just queue).
 */
export interface EmbeddedPostgres {
  url: string;
  stop(): Promise<void>;
}

export const EMBEDDED_MAX_CONNECTIONS = 8;

export async function startEmbeddedPostgres(dataDir: string | null): Promise<EmbeddedPostgres> {
  if (dataDir !== null) mkdirSync(dataDir, { recursive: true });
  // `null` keeps the database in memory: used by tests, each run gets a fresh one.
  const db = dataDir === null ? await PGlite.create() : await PGlite.create(dataDir);
  const server = new PGLiteSocketServer({
    db,
    host: '127.0.0.1',
    port: 0,
    maxConnections: EMBEDDED_MAX_CONNECTIONS,
  });
  await server.start();
  const port = server.getServerConn().split(':').pop();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}
