import { isAbsolute, resolve } from 'node:path';

/** Validated runtime configuration. Built once at start-up from the environment. */
export interface AppConfig {
  nodeEnv: 'development' | 'production' | 'test';
  port: number;
  host: string;
  /** A PostgreSQL server; `null` means: start the embedded database. */
  databaseUrl: string | null;
  /** Connections the API keeps to a PostgreSQL server (the embedded database has its own limit). */
  databasePoolSize: number;
  /** Folder of the embedded database, uploaded evidence and generated reports. */
  dataDir: string;
  jwtSecret: string | null;
  accessTokenTtlSeconds: number;
  refreshTokenTtlSeconds: number;
  /** Mutations per minute allowed per user and per client address. */
  mutationRateLimitPerMinute: number;
  /** Sign-in attempts per minute per client address. */
  loginRateLimitPerMinute: number;
  /** Load the demo plan into an empty database (never in production unless asked). */
  seedDemo: boolean;
  portalDir: string | null;
  suppressionThreshold: number;
  /** Heap limit (MB) of the worker thread that renders generated reports; above it the report fails, the API lives on. */
  reportWorkerHeapMb: number;
  logSql: boolean;
}

export class ConfigError extends Error {
  constructor(readonly variable: string, message: string) {
    super(`${variable} ${message}`);
  }
}

type Env = Record<string, string | undefined>;

function readInt(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw.trim())) throw new ConfigError(name, `must be a whole number (got "${raw}")`);
  const value = Number(raw);
  if (value < min || value > max) throw new ConfigError(name, `must be between ${min} and ${max} (got ${value})`);
  return value;
}

function readBool(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (/^(1|true|yes|on)$/i.test(raw)) return true;
  if (/^(0|false|no|off)$/i.test(raw)) return false;
  throw new ConfigError(name, `must be true or false (got "${raw}")`);
}

function readDatabaseUrl(env: Env): string | null {
  const raw = env['DATABASE_URL'];
  if (raw === undefined || raw.trim() === '') return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError('DATABASE_URL', 'is not a valid URL (expected postgres://user:password@host:5432/database)');
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new ConfigError('DATABASE_URL', `must start with postgres:// (got "${url.protocol}//")`);
  }
  if (!url.hostname) throw new ConfigError('DATABASE_URL', 'has no host name');
  if (url.pathname.length <= 1) throw new ConfigError('DATABASE_URL', 'has no database name');
  return raw;
}

export function loadConfig(env: Env = process.env, cwd = process.cwd()): AppConfig {
  const nodeEnvRaw = env['NODE_ENV'] ?? 'development';
  if (!['development', 'production', 'test'].includes(nodeEnvRaw)) {
    throw new ConfigError('NODE_ENV', `must be development, production or test (got "${nodeEnvRaw}")`);
  }
  const nodeEnv = nodeEnvRaw as AppConfig['nodeEnv'];
  const production = nodeEnv === 'production';
  const databaseUrl = readDatabaseUrl(env);

  const jwtSecret = env['JWT_SECRET'] && env['JWT_SECRET'] !== '' ? env['JWT_SECRET'] : null;
  if (production && jwtSecret === null) {
    throw new ConfigError('JWT_SECRET', 'is required when NODE_ENV=production (at least 32 characters)');
  }
  if (jwtSecret !== null && jwtSecret.length < 32) {
    throw new ConfigError('JWT_SECRET', 'must be at least 32 characters long');
  }
  if (production && databaseUrl === null) {
    throw new ConfigError('DATABASE_URL', 'is required when NODE_ENV=production (the embedded database is for development and demos)');
  }

  const dataDirRaw = env['DATA_DIR'] && env['DATA_DIR'] !== '' ? env['DATA_DIR'] : '.data';
  const portalRaw = env['PORTAL_DIR'];

  return {
    nodeEnv,
    port: readInt(env, 'PORT', 3000, 0, 65535),
    host: env['HOST'] && env['HOST'] !== '' ? env['HOST'] : '0.0.0.0',
    databaseUrl,
    databasePoolSize: readInt(env, 'DATABASE_POOL_SIZE', 20, 1, 500),
    dataDir: isAbsolute(dataDirRaw) ? dataDirRaw : resolve(cwd, dataDirRaw),
    jwtSecret,
    accessTokenTtlSeconds: readInt(env, 'ACCESS_TOKEN_TTL_SECONDS', 900, 30, 86400),
    refreshTokenTtlSeconds: readInt(env, 'REFRESH_TOKEN_TTL_SECONDS', 12 * 3600, 60, 30 * 86400),
    mutationRateLimitPerMinute: readInt(env, 'RATE_LIMIT_MUTATIONS_PER_MINUTE', 600, 1, 1_000_000),
    loginRateLimitPerMinute: readInt(env, 'RATE_LIMIT_LOGINS_PER_MINUTE', 30, 1, 1_000_000),
    // Demo data loads by default only for the zero-setup embedded database.
    seedDemo: readBool(env, 'SEED_DEMO', !production && databaseUrl === null),
    portalDir: portalRaw === undefined || portalRaw === '' ? null : resolve(cwd, portalRaw),
    suppressionThreshold: readInt(env, 'SUPPRESSION_THRESHOLD', 4, 0, 100),
    reportWorkerHeapMb: readInt(env, 'REPORT_WORKER_HEAP_MB', 128, 4, 4096),
    logSql: readBool(env, 'LOG_SQL', false),
  };
}
