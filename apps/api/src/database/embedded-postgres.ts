import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { ProtocolQueue } from './embedded-protocol-queue';

/**
 * The zero-setup database: PGlite (PostgreSQL compiled to WebAssembly) served over the
 * PostgreSQL wire protocol on a loopback port, so the API talks to it with the same `pg`
 * driver, TypeORM configuration and migrations as to a real server.
 *
 * PGlite runs one statement at a time; the socket server's queue (our ProtocolQueue, see there
 * why) keeps each connection's message sequence and transaction together, so several pooled
 * connections are safe (they just queue).
 */
export interface EmbeddedPostgres {
  url: string;
  stop(): Promise<void>;
}

/** The API's pool on the embedded database. */
export const EMBEDDED_MAX_CONNECTIONS = 8;

/**
 * Start parameters: PGlite's own plus a smaller buffer pool. The default 128 MB of
 * shared_buffers is initialised in the WebAssembly heap at every start and kept resident
 * (about 110 MB of the API's RSS); the embedded database serves demos and small offices, and
 * the operating system's file cache still holds its files.
 */
const START_PARAMS = [...PGlite.defaultStartParams, '-c', 'shared_buffers=32MB'];
/** What the socket server accepts: the pool plus room for a CLI (backup, audit:verify) or psql. */
const SERVER_MAX_CONNECTIONS = EMBEDDED_MAX_CONNECTIONS + 8;

export async function startEmbeddedPostgres(dataDir: string | null): Promise<EmbeddedPostgres> {
  if (dataDir !== null) mkdirSync(dataDir, { recursive: true });
  // `null` keeps the database in memory: used by tests, each run gets a fresh one.
  const db = dataDir === null ? await PGlite.create({ startParams: START_PARAMS }) : await PGlite.create(dataDir, { startParams: START_PARAMS });
  const server = new PGLiteSocketServer({
    db,
    host: '127.0.0.1',
    port: 0,
    maxConnections: SERVER_MAX_CONNECTIONS,
  });
  // The server hands its queue to each connection's handler as it accepts it.
  (server as unknown as { queryQueue: ProtocolQueue }).queryQueue = new ProtocolQueue(db);
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
