import { ConfigError, loadConfig } from './config/app-config';
import { startApp } from './bootstrap';
import { DEMO_ACCOUNTS_HINT } from './database/seed/demo-seed';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`Configuration error: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
  try {
    const running = await startApp(config);
    const lines = [
      '',
      `  NAP Tracker is running at ${running.url}/`,
      `  GraphQL: ${running.url}/graphql   Health: ${running.url}/health`,
      `  Database: ${running.embedded ? `embedded PostgreSQL (PGlite) in ${config.dataDir}` : 'PostgreSQL server (DATABASE_URL)'}`,
    ];
    if (config.seedDemo) lines.push('', ...DEMO_ACCOUNTS_HINT);
    console.log(lines.join('\n') + '\n');
    const stop = async (signal: string) => {
      console.log(`${signal} received: finishing requests and closing the database…`);
      await running.close();
      process.exit(0);
    };
    process.once('SIGINT', () => void stop('SIGINT'));
    process.once('SIGTERM', () => void stop('SIGTERM'));
  } catch (error) {
    console.error(`Start-up failed: ${(error as Error).message.split('\n')[0]}`);
    process.exit(1);
  }
}

void main();
