import type { Route } from '@angular/router';
import { authGuard, homeRedirect, roleGuard } from './core/auth/guards';

const STAFF = ['COORDINATOR', 'ADMIN'] as const;
const OVERSIGHT = ['COORDINATOR', 'ADMIN', 'AUDITOR'] as const;

/** Every workspace is a lazy chunk; the sign-in route loads only the shell-free sign-in page. */
export const appRoutes: Route[] = [
  {
    path: 'sign-in',
    title: 'signIn.title',
    loadComponent: () => import('./core/sign-in/sign-in.component').then((m) => m.SignInComponent),
  },
  {
    path: '',
    canActivate: [authGuard],
    loadComponent: () => import('./core/layout/shell.component').then((m) => m.ShellComponent),
    children: [
      { path: '', pathMatch: 'full', canActivate: [homeRedirect], children: [] },
      {
        path: 'my-measures',
        canMatch: [roleGuard('FOCAL_POINT')],
        loadChildren: () => import('./my-reports/my-reports.routes').then((m) => m.MY_REPORTS_ROUTES),
      },
      {
        path: 'review',
        canMatch: [roleGuard(...STAFF)],
        loadChildren: () => import('./review/review.routes').then((m) => m.REVIEW_ROUTES),
      },
      {
        path: 'dashboard',
        loadChildren: () => import('./dashboard/dashboard.routes').then((m) => m.DASHBOARD_ROUTES),
      },
      {
        path: 'plan-builder',
        canMatch: [roleGuard(...STAFF)],
        loadChildren: () => import('./plan-builder/plan-builder.routes').then((m) => m.PLAN_BUILDER_ROUTES),
      },
      {
        path: 'periods',
        canMatch: [roleGuard(...STAFF)],
        loadChildren: () => import('./periods/periods.routes').then((m) => m.PERIODS_ROUTES),
      },
      {
        path: 'reports',
        canMatch: [roleGuard(...OVERSIGHT)],
        loadChildren: () => import('./reports/reports.routes').then((m) => m.REPORTS_ROUTES),
      },
      {
        path: 'admin',
        canMatch: [roleGuard('ADMIN')],
        loadChildren: () => import('./admin/admin.routes').then((m) => m.ADMIN_ROUTES),
      },
      {
        path: 'audit',
        canMatch: [roleGuard(...OVERSIGHT)],
        loadChildren: () => import('./audit/audit.routes').then((m) => m.AUDIT_ROUTES),
      },
    ],
  },
  { path: '**', redirectTo: '' },
];
