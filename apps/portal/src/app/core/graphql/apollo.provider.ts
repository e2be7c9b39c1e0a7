import { inject, type Provider } from '@angular/core';
import { ApolloLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { provideApollo } from 'apollo-angular';
import { HttpLink } from 'apollo-angular/http';
import { catchError, from, switchMap, tap, throwError } from 'rxjs';
import { SessionExpiry } from '../auth/session-expiry';
import { SessionRefresher } from '../auth/session-refresher';
import { SessionStore } from '../auth/session.store';

/** Operations that run without (or to obtain) an access token. */
const SESSION_OPERATIONS = new Set(['Login', 'RefreshSession', 'Logout', 'SystemInfo']);

/**
 * Apollo on the same origin (`/graphql`, served by the API beside the portal):
 * auth link → adds `Authorization: Bearer …`, renewing an expired access token first;
 * error link → on UNAUTHENTICATED renews the session once and retries; if it cannot, sends
 * the user to sign in and back (forms keep what was typed in their session drafts).
 */
export function provideGraphql(): Provider {
  return provideApollo(() => {
    const httpLink = inject(HttpLink);
    const session = inject(SessionStore);
    const refresher = inject(SessionRefresher);
    const expiry = inject(SessionExpiry);

    const auth = new SetContextLink(async (previous, operation) => {
      let token = session.accessToken();
      if (!token && !SESSION_OPERATIONS.has(operation.operationName ?? '') && session.refreshToken()) {
        token = await refresher.refresh();
      }
      return token
        ? {
            headers: {
              ...(previous['headers'] as Record<string, string> | undefined),
              Authorization: `Bearer ${token}`,
            },
          }
        : {};
    });

    const errors = new ErrorLink(({ error, operation, forward }) => {
      const unauthenticated =
        (CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.['code'] === 'UNAUTHENTICATED')) ||
        (ServerError.is(error) && error.statusCode === 401);
      // A failed sign-in is UNAUTHENTICATED too, and is the sign-in page's own business.
      if (!unauthenticated || SESSION_OPERATIONS.has(operation.operationName ?? '')) return;
      const context = operation.getContext();
      if (context['retriedAfterRefresh'] || !session.refreshToken()) {
        expiry.expire();
        return;
      }
      operation.setContext({ retriedAfterRefresh: true });
      return from(refresher.refresh()).pipe(
        switchMap((token) => {
          if (!token) {
            expiry.expire();
            return throwError(() => error);
          }
          // A retry is not seen by this link again: if it is refused too, the session is over.
          return forward(operation).pipe(
            tap((result) => {
              if (result.errors?.some((e) => e.extensions?.['code'] === 'UNAUTHENTICATED')) expiry.expire();
            }),
            catchError((retryError: unknown) => {
              if (ServerError.is(retryError) && retryError.statusCode === 401) expiry.expire();
              return throwError(() => retryError);
            }),
          );
        }),
      );
    });

    return {
      link: ApolloLink.from([errors, auth, httpLink.create({ uri: '/graphql' })]),
      cache: new InMemoryCache(),
    };
  });
}
