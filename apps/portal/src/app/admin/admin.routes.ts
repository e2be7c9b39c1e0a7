import type { Route } from '@angular/router';

export const ADMIN_ROUTES: Route[] = [
  {
    path: '',
    title: 'nav.admin',
    loadComponent: () => import('./admin-page/admin-page.component').then((m) => m.AdminPageComponent),
  },
];
