import type { Route } from '@angular/router';

export const PERIODS_ROUTES: Route[] = [
  {
    path: '',
    title: 'nav.periods',
    loadComponent: () => import('./periods/periods.component').then((m) => m.PeriodsComponent),
  },
];
