import type { Route } from '@angular/router';

export const PERIODS_ROUTES: Route[] = [
  {
    path: '',
    title: 'nav.periods',
    loadComponent: () => import('./periods-page/periods-page.component').then((m) => m.PeriodsPageComponent),
  },
];
