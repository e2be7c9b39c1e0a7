/**
 * Entry for the TypeORM CLI (`nx run api:db-migrate`, `db-revert`, `db-generate`).
 * It needs DATABASE_URL: the CLI works on a server, the embedded database migrates itself at start-up.
 */
import 'reflect-metadata';
import { createDataSource } from './data-source';

const url = process.env['DATABASE_URL'];
if (!url) {
  console.error('DATABASE_URL is required for migration commands (e.g. postgres://postgres@127.0.0.1:5432/nap).');
  process.exit(1);
}
export default createDataSource(url, { logSql: true });
