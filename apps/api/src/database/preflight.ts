import { Client } from 'pg';

/**
 * Connects once before the API starts, so a wrong DATABASE_URL or an unreachable server
 * stops start-up within seconds with one clear sentence instead of retries and a stack trace.
 * Answers whether the server is an embedded PGlite (another API's, reached through its socket):
 * its connections share one backend, so they cannot hold prepared statements of their own.
 */
export async function checkDatabaseReachable(url: string, timeoutMs = 5000): Promise<{ pglite: boolean }> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: timeoutMs });
  const where = describeTarget(url);
  try {
    await client.connect();
    const { rows } = await client.query<{ version: string }>('SELECT version() AS version');
    return { pglite: /PGlite/i.test(rows[0]?.version ?? '') };
  } catch (error) {
    throw new Error(`Cannot connect to PostgreSQL at ${where}: ${explain(error)}`);
  } finally {
    await client.end().catch(() => undefined);
  }
}

function describeTarget(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || '5432'}${u.pathname}`;
  } catch {
    return 'DATABASE_URL';
  }
}

function explain(error: unknown): string {
  const e = error as { code?: string; message?: string };
  switch (e.code) {
    case 'ECONNREFUSED':
      return 'connection refused (is the server running and listening there?)';
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return 'unknown host name';
    case 'ETIMEDOUT':
      return 'timed out';
    case '28P01':
    case '28000':
      return 'authentication failed (check user and password)';
    case '3D000':
      return 'the database does not exist (create it first)';
    default:
      return /timeout/i.test(e.message ?? '') ? 'timed out' : (e.message ?? String(error)).split('\n')[0];
  }
}
