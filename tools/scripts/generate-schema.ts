/**
 * Writes the GraphQL contract to apps/api/schema.gql (sorted) by building the API once on a
 * throw-away in-memory database. CI runs it and fails when the committed file differs.
 */
import { resolve } from 'node:path';
import { loadConfig } from '../../apps/api/src/config/app-config';
import { startApp } from '../../apps/api/src/bootstrap';

async function main(): Promise<void> {
  const out = resolve(__dirname, '../../apps/api/schema.gql');
  process.env['GRAPHQL_SCHEMA_FILE'] = out;
  const config = loadConfig({ NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1', SEED_DEMO: 'false', DATA_DIR: resolve(__dirname, '../../tmp/schema-gen'), JWT_SECRET: 'x'.repeat(32) });
  const running = await startApp(config, { embeddedInMemory: true, silent: true });
  await running.close();
  console.log(`GraphQL schema written to ${out}`);
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
