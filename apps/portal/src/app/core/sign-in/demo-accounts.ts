import type { UserRole } from '../auth/session.store';

/**
 * The demo data set's sign-ins (apps/api/src/database/seed), offered on the sign-in page only
 * when the API reports `systemInfo.demo`. Every demo account shares one password.
 */
export const DEMO_PASSWORD = 'Demo-2016!';

export const DEMO_ACCOUNTS: readonly { email: string; role: UserRole; organization: string | null }[] = [
  { email: 'coordinator@demo.local', role: 'COORDINATOR', organization: 'MIA-CTHB' },
  { email: 'focal.moe@demo.local', role: 'FOCAL_POINT', organization: 'MOE' },
  { email: 'focal.mia@demo.local', role: 'FOCAL_POINT', organization: 'MIA' },
  { email: 'auditor@demo.local', role: 'AUDITOR', organization: null },
  { email: 'admin@demo.local', role: 'ADMIN', organization: null },
];
