import type { Route } from '@angular/router';

export const REPORTS_ROUTES: Route[] = [
  {
    path: '',
    title: 'nav.reports',
    loadComponent: () =>
      import('./generate-reports/generate-reports.component').then((m) => m.GenerateReportsComponent),
  },
];
