import type { Route } from '@angular/router';

export const MY_REPORTS_ROUTES: Route[] = [
  {
    path: '',
    title: 'nav.myMeasures',
    loadComponent: () => import('./my-measures/my-measures.component').then((m) => m.MyMeasuresComponent),
  },
  {
    path: ':periodId/:assignmentId',
    title: 'reportForm.title',
    loadComponent: () => import('./report-form/report-form.component').then((m) => m.ReportFormComponent),
  },
];
