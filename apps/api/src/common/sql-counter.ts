import { AsyncLocalStorage } from 'node:async_hooks';
import { Logger as NestLogger } from '@nestjs/common';
import type { Logger as TypeOrmLogger, QueryRunner } from 'typeorm';

/**
 * Counts the SQL statements each request issues (exposed as the `x-sql-statements` response
 * header), so tests and benchmarks can prove that a query's cost does not grow with its result.
 */
export const sqlRequestScope = new AsyncLocalStorage<{ statements: number }>();

const logger = new NestLogger('SQL');

export class CountingSqlLogger implements TypeOrmLogger {
  constructor(private readonly echo: boolean) {}

  logQuery(query: string, parameters?: unknown[], _runner?: QueryRunner): void {
    const scope = sqlRequestScope.getStore();
    // Transaction control is bookkeeping, not work: count statements that touch data.
    if (scope && !/^(START TRANSACTION|BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE SAVEPOINT)/i.test(query)) scope.statements += 1;
    if (this.echo) logger.log(`${query}${parameters?.length ? ` -- ${JSON.stringify(parameters)}` : ''}`);
  }
  logQueryError(error: string | Error, query: string): void {
    logger.error(`${query} -- ${error instanceof Error ? error.message : error}`);
  }
  logQuerySlow(time: number, query: string): void {
    logger.warn(`slow (${time} ms): ${query}`);
  }
  logSchemaBuild(): void {
    // schema builds are never run here (migrations only)
  }
  logMigration(message: string): void {
    logger.log(message);
  }
  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') logger.warn(String(message));
  }
}
