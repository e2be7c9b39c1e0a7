import type { Route } from '@angular/router';

export const MY_REPORTS_ROUTES: Route[] = [
  {
    path: '',
    title: 'nav.myMeasures',
    loadComponent: () => import('./my-measures/my-measures.component').then((m) => m.MyMeasuresComponent),
  },
];
