/**
 * `npm run audit:verify`: seals pending audit events (unless an API instance is sealing), then
 * recomputes the hash chain at DATABASE_URL in seal order; exit 1 names the first broken link.
 */
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
    const result = await verifyAuditChain(ds);
    const pending = `${result.sealedNow} pending event(s) sealed first; ${result.unsealed} event(s) not sealed yet${result.unsealed ? ' (committed during the check, or another instance is sealing them)' : ''}`;
    if (result.ok) {
      console.log(`Audit chain intact: ${result.checked} seals verified; ${pending}.`);
      return 0;
    }
    console.error(`Audit chain BROKEN at event ${result.firstBrokenId} (seal ${result.firstBrokenSeq}): ${result.reason} (${result.checked} seals verified before it); ${pending}.`);
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
