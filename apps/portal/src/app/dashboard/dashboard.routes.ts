import type { Route } from '@angular/router';

export const DASHBOARD_ROUTES: Route[] = [
  {
    path: '',
    title: 'nav.dashboard',
    loadComponent: () => import('./dashboard/dashboard.component').then((m) => m.DashboardComponent),
  },
  {
    path: 'reports/:id',
    title: 'dashboard.acceptedReport',
    loadComponent: () => import('./report-detail/report-detail.component').then((m) => m.ReportDetailComponent),
  },
];
