/**
 * `npm run db:seed`: migrate the database at DATABASE_URL and load the demo plan if it is empty.
 * Refuses when NODE_ENV=production unless --i-know-this-is-production is given.
 */
import 'reflect-metadata';
import { createDataSource } from '../../apps/api/src/database/data-source';
import { seedDemoIfEmpty } from '../../apps/api/src/database/seed/demo-seed';

async function main(): Promise<number> {
  const url = process.env['DATABASE_URL'];
  if (!url) {
    console.error('DATABASE_URL is required (e.g. postgres://postgres@127.0.0.1:5432/nap).');
    return 1;
  }
  if (process.env['NODE_ENV'] === 'production' && !process.argv.includes('--i-know-this-is-production')) {
    console.error('Refusing to load demo data with NODE_ENV=production.');
    return 1;
  }
  const ds = createDataSource(url);
  await ds.initialize();
  try {
    await ds.runMigrations({ transaction: 'each' });
    const seeded = await seedDemoIfEmpty(ds);
    console.log(seeded ? 'Demo plan loaded.' : 'The database already has data; nothing loaded.');
    return 0;
  } finally {
    await ds.destroy();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`Seeding failed: ${(error as Error).message}`);
    process.exit(1);
  },
);
