import type { Route } from '@angular/router';

export const PLAN_BUILDER_ROUTES: Route[] = [
  {
    path: '',
    title: 'nav.planBuilder',
    loadComponent: () => import('./plan-builder/plan-builder.component').then((m) => m.PlanBuilderComponent),
  },
];
