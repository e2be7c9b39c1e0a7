import { type HttpInterceptorFn, HttpErrorResponse, type HttpRequest } from '@angular/common/http';
import { inject } from '@angular/core';
import { catchError, from, switchMap, throwError } from 'rxjs';
import { SessionExpiry } from './session-expiry';
import { SessionRefresher } from './session-refresher';
import { SessionStore } from './session.store';

/**
 * The HTTP endpoints beside GraphQL (`/files/…`: report downloads, evidence upload) take the
 * same bearer token; an expired one is renewed first, and a 401 renews once and retries.
 */
export const filesAuthInterceptor: HttpInterceptorFn = (request, next) => {
  if (!request.url.startsWith('/files/')) return next(request);
  const session = inject(SessionStore);
  const refresher = inject(SessionRefresher);
  const expiry = inject(SessionExpiry);
  const withToken = (req: HttpRequest<unknown>, token: string | null) =>
    token ? req.clone({ setHeaders: { Authorization: `Bearer ${token}` } }) : req;

  const token = session.accessToken();
  const first = token
    ? next(withToken(request, token))
    : from(refresher.refresh()).pipe(switchMap((t) => next(withToken(request, t))));
  return first.pipe(
    catchError((error: unknown) => {
      if (!(error instanceof HttpErrorResponse) || error.status !== 401) return throwError(() => error);
      return from(refresher.refresh()).pipe(
        switchMap((renewed) => {
          if (!renewed) {
            expiry.expire();
            return throwError(() => error);
          }
          return next(withToken(request, renewed)).pipe(
            catchError((again: unknown) => {
              if (again instanceof HttpErrorResponse && again.status === 401) expiry.expire();
              return throwError(() => again);
            }),
          );
        }),
      );
    }),
  );
};
