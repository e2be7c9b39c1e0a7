import type { Route } from '@angular/router';

export const REVIEW_ROUTES: Route[] = [
  {
    path: '',
    title: 'nav.review',
    loadComponent: () => import('./review-queue/review-queue.component').then((m) => m.ReviewQueueComponent),
  },
  {
    path: ':id',
    title: 'review.reportTitle',
    loadComponent: () => import('./review-report/review-report.component').then((m) => m.ReviewReportComponent),
  },
];
