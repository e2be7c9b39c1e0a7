import type { IconName } from '../../shared/ui/icon.component';
import type { UserRole } from '../auth/session.store';

export interface NavItem {
  path: string;
  /** Translation key of the label. */
  label: string;
  icon: IconName;
  roles: readonly UserRole[];
}

const STAFF: readonly UserRole[] = ['COORDINATOR', 'ADMIN'];
const OVERSIGHT: readonly UserRole[] = ['COORDINATOR', 'ADMIN', 'AUDITOR'];

/** The side navigation; each route also carries a roleGuard with the same roles. */
export const NAV_ITEMS: readonly NavItem[] = [
  { path: '/my-measures', label: 'nav.myMeasures', icon: 'assignment', roles: ['FOCAL_POINT'] },
  { path: '/review', label: 'nav.review', icon: 'review', roles: STAFF },
  {
    path: '/dashboard',
    label: 'nav.dashboard',
    icon: 'dashboard',
    roles: ['COORDINATOR', 'ADMIN', 'AUDITOR', 'FOCAL_POINT'],
  },
  { path: '/plan-builder', label: 'nav.planBuilder', icon: 'tree', roles: STAFF },
  { path: '/periods', label: 'nav.periods', icon: 'event', roles: STAFF },
  { path: '/reports', label: 'nav.reports', icon: 'report', roles: OVERSIGHT },
  { path: '/audit', label: 'nav.audit', icon: 'history', roles: OVERSIGHT },
  { path: '/admin', label: 'nav.admin', icon: 'account', roles: ['ADMIN'] },
];

export function navItemsFor(role: UserRole | null): NavItem[] {
  return role ? NAV_ITEMS.filter((item) => item.roles.includes(role)) : [];
}
