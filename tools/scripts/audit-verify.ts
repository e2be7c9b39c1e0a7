/** `npm run audit:verify`: recomputes the audit hash chain at DATABASE_URL; exit 1 names the first broken link. */
import 'reflect-metadata';
import { createDataSource } from '../../apps/api/src/database/data-source';
import { verifyAuditChain } from '../../apps/api/src/audit/audit-chain';

async function main(): Promise<number> {
  const url = process.env['DATABASE_URL'];
  if (!url) {
    console.error('DATABASE_URL is required.');
    return 2;
  }
  const ds = createDataSource(url);
  await ds.initialize();
  try {
    const result = await verifyAuditChain(ds.manager);
    if (result.ok) {
      console.log(`Audit chain intact: ${result.checked} events verified.`);
      return 0;
    }
    console.error(`Audit chain BROKEN at event ${result.firstBrokenId}: ${result.reason} (${result.checked} events verified before it).`);
    return 1;
  } finally {
    await ds.destroy();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`Verification failed: ${(error as Error).message}`);
    process.exit(2);
  },
);
