import { DataSource, type DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { CountingSqlLogger } from '../common/sql-counter';
import { PreparingClient } from './prepared-statements';

/**
 * One definition of the connection for the API, the tests and the TypeORM CLI.
 * Schema changes go only through the committed migrations (never `synchronize`).
 */
export interface DataSourceTuning {
  logSql?: boolean;
  poolSize?: number;
  poolWaitMs?: number;
  /** Send the statements marked with prepared() as named statements (server databases only). */
  prepareStatements?: boolean;
}

export function dataSourceOptions(url: string, opts: DataSourceTuning = {}): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL 13+ and PGlite; uuid-ossp is not needed.
    uuidExtension: 'pgcrypto',
    logger: new CountingSqlLogger(opts.logSql ?? false),
    maxQueryExecutionTime: 1000,
    poolSize: opts.poolSize ?? 10,
    extra: {
      // Fail fast when the server is gone instead of queueing requests for ever. The same
      // setting bounds the wait for a free pooled connection: the embedded database serves
      // one statement at a time, so a burst queues there longer (see bootstrap.ts).
      connectionTimeoutMillis: opts.poolWaitMs ?? 5000,
      idleTimeoutMillis: 30000,
      application_name: 'nap-tracker',
      // Short OLTP statements: PostgreSQL's JIT (on by default, past an estimated cost of
      // 100,000) compiles for 0.5–1 s where a regional host's row estimates grow, to save
      // milliseconds. The embedded PGlite has no JIT and ignores the setting.
      options: '-c jit=off',
      ...(opts.prepareStatements ? { Client: PreparingClient } : {}),
    },
  };
}

export function createDataSource(url: string, opts: DataSourceTuning = {}): DataSource {
  return new DataSource(dataSourceOptions(url, opts));
}
