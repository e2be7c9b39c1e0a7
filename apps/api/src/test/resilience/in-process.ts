import { startTestApp, type TestApp } from '../test-app';
import { LOAD_TEST_ENV, serverAdminUrl } from './harness';

export type DatabaseKind = 'embedded' | 'server';

/**
 * The integration harness's app (real HTTP, fresh database) on the kind of database asked for,
 * whatever TEST_DATABASE_URL says: the resilience suites run both kinds in one run.
 */
export async function startOn(kind: DatabaseKind, opts: { seedDemo?: boolean; env?: Record<string, string> } = {}): Promise<TestApp> {
  const saved = process.env['TEST_DATABASE_URL'];
  if (kind === 'embedded') delete process.env['TEST_DATABASE_URL'];
  else process.env['TEST_DATABASE_URL'] = serverAdminUrl();
  try {
    return await startTestApp({ seedDemo: opts.seedDemo, env: { ...LOAD_TEST_ENV, ...opts.env } });
  } finally {
    if (saved === undefined) delete process.env['TEST_DATABASE_URL'];
    else process.env['TEST_DATABASE_URL'] = saved;
  }
}

/** The database kinds to run: both by default; RESILIENCE_DB=embedded|server narrows it. */
export function databaseKinds(): DatabaseKind[] {
  const only = process.env['RESILIENCE_DB'];
  if (only === 'embedded' || only === 'server') return [only];
  return ['embedded', 'server'];
}
