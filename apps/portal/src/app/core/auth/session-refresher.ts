import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { RefreshSessionDocument, type RefreshSessionMutation } from '@nap/contracts';
import { print } from 'graphql';
import { firstValueFrom } from 'rxjs';
import { SessionStore, type SessionUser } from './session.store';

/**
 * Renews the access token with the rotating refresh token. One renewal at a time: concurrent
 * requests that find the token expired all wait for the same one (a refresh token is single-use).
 * Plain HTTP, not Apollo, so that the Apollo links can call it without recursion.
 */
@Injectable({ providedIn: 'root' })
export class SessionRefresher {
  private readonly http = inject(HttpClient);
  private readonly session = inject(SessionStore);
  private pending: Promise<string | null> | null = null;
  private readonly query = print(RefreshSessionDocument);

  /** Resolves to the new access token, or null when the session cannot be renewed (sign in again). */
  refresh(): Promise<string | null> {
    this.pending ??= this.renew().finally(() => (this.pending = null));
    return this.pending;
  }

  private async renew(): Promise<string | null> {
    // Another tab may have renewed already: then its new access token is ours too.
    this.session.syncFromStorage();
    const current = this.session.accessToken();
    if (current) return current;
    const refreshToken = this.session.refreshToken();
    if (!refreshToken) return null;
    try {
      const response = await firstValueFrom(
        this.http.post<{ data?: RefreshSessionMutation | null }>('/graphql', {
          operationName: 'RefreshSession',
          query: this.query,
          variables: { refreshToken },
        }),
      );
      const payload = response.data?.refreshSession;
      if (!payload) return null;
      this.session.set({ ...payload, user: payload.user as SessionUser });
      return payload.accessToken;
    } catch {
      return null;
    }
  }
}
