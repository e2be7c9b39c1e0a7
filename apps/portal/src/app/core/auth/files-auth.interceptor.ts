import { type HttpInterceptorFn, HttpErrorResponse } from '@angular/common/http';
import { inject } from '@angular/core';
import { catchError, throwError } from 'rxjs';
import { SessionExpiry } from './session-expiry';
import { SessionStore } from './session.store';

/**
 * The HTTP endpoints beside GraphQL (`/files/…`: report downloads, evidence upload) take the
 * same bearer token; a 401 there is a session expiry like any other.
 */
export const filesAuthInterceptor: HttpInterceptorFn = (request, next) => {
  if (!request.url.startsWith('/files/')) return next(request);
  const token = inject(SessionStore).accessToken();
  const expiry = inject(SessionExpiry);
  const authorised = token ? request.clone({ setHeaders: { Authorization: `Bearer ${token}` } }) : request;
  return next(authorised).pipe(
    catchError((error: unknown) => {
      if (error instanceof HttpErrorResponse && error.status === 401) expiry.expire();
      return throwError(() => error);
    }),
  );
};
