import type { Route } from '@angular/router';

export const AUDIT_ROUTES: Route[] = [
  {
    path: '',
    title: 'nav.audit',
    loadComponent: () => import('./audit-log/audit-log.component').then((m) => m.AuditLogComponent),
  },
];
