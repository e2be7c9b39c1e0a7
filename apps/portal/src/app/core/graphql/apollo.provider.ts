import { inject, type Provider } from '@angular/core';
import { ApolloLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { provideApollo } from 'apollo-angular';
import { HttpLink } from 'apollo-angular/http';
import { SessionStore } from '../auth/session.store';
import { SessionExpiry } from '../auth/session-expiry';

/**
 * Apollo on the same origin (`/graphql`, served by the API beside the portal):
 * auth link → adds `Authorization: Bearer …`;
 * error link → UNAUTHENTICATED sends the user to sign in and back (forms keep their drafts).
 */
export function provideGraphql(): Provider {
  return provideApollo(() => {
    const httpLink = inject(HttpLink);
    const session = inject(SessionStore);
    const expiry = inject(SessionExpiry);

    const auth = new SetContextLink((previous) => {
      const token = session.accessToken();
      return token
        ? {
            headers: {
              ...(previous['headers'] as Record<string, string> | undefined),
              Authorization: `Bearer ${token}`,
            },
          }
        : {};
    });

    const errors = new ErrorLink(({ error, operation }) => {
      const unauthenticated =
        (CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.['code'] === 'UNAUTHENTICATED')) ||
        (ServerError.is(error) && error.statusCode === 401);
      // A failed sign-in is UNAUTHENTICATED too, and is the sign-in page's own business.
      if (unauthenticated && operation.operationName !== 'Login') expiry.expire();
    });

    return {
      link: ApolloLink.from([errors, auth, httpLink.create({ uri: '/graphql' })]),
      cache: new InMemoryCache(),
    };
  });
}
