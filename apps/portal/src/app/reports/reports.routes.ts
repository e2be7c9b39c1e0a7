import type { Route } from '@angular/router';

export const REPORTS_ROUTES: Route[] = [
  {
    path: '',
    title: 'nav.reports',
    loadComponent: () => import('./reports-page/reports-page.component').then((m) => m.ReportsPageComponent),
  },
];
