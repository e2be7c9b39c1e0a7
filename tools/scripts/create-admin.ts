/**
 * `npm run create-admin -- --email admin@agency.gov.az --name "Full Name"`: creates the first
 * administrator on DATABASE_URL. The password is read from ADMIN_PASSWORD or typed at the
 * prompt (never a default), and must pass the password policy.
 */
import 'reflect-metadata';
import { createInterface } from 'node:readline/promises';
import { Role } from '@nap/domain';
import { createDataSource } from '../../apps/api/src/database/data-source';
import { hashPassword } from '../../apps/api/src/auth/password';
import { passwordProblems } from '../../apps/api/src/auth/password-policy';
import { UserEntity } from '../../apps/api/src/users/entities/user.entity';
import { appendAuditEvent } from '../../apps/api/src/audit/audit-chain';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<number> {
  const url = process.env['DATABASE_URL'];
  const email = arg('email')?.trim().toLowerCase();
  const fullName = arg('name') ?? 'Administrator';
  if (!url || !email) {
    console.error('Usage: DATABASE_URL=postgres://… npm run create-admin -- --email admin@example.gov.az [--name "Full Name"]');
    return 2;
  }
  let password = process.env['ADMIN_PASSWORD'];
  if (!password) {
    const rl = createInterface({ input: process.stdin, output: process.stdout });
    password = await rl.question('Password for the new administrator (at least 12 characters): ');
    rl.close();
  }
  const problems = passwordProblems(password);
  if (problems.length) {
    console.error(`Password refused: ${problems.join('; ')}.`);
    return 1;
  }
  const ds = createDataSource(url);
  await ds.initialize();
  try {
    await ds.runMigrations({ transaction: 'each' });
    return await ds.transaction(async (manager) => {
      if (await manager.getRepository(UserEntity).exist({ where: { email } })) {
        console.error(`A user ${email} already exists.`);
        return 1;
      }
      const saved = await manager.getRepository(UserEntity).save({ email, fullName, role: Role.ADMIN, organizationId: null, passwordHash: await hashPassword(password as string) });
      await appendAuditEvent(manager, { actorId: null, actorEmail: null, actorRole: 'SYSTEM', action: 'CREATE_ADMIN', entityType: 'User', entityId: saved.id, before: null, after: { email, fullName, role: Role.ADMIN }, requestId: null });
      console.log(`Administrator ${email} created.`);
      return 0;
    });
  } finally {
    await ds.destroy();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`create-admin failed: ${(error as Error).message}`);
    process.exit(2);
  },
);
