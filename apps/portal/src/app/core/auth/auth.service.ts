import { inject, Injectable } from '@angular/core';
import { Router } from '@angular/router';
import { LoginDocument, LogoutDocument, MeDocument } from '@nap/contracts';
import { GraphqlService } from '../graphql/graphql.service';
import { SessionStore, type SessionUser, type UserRole } from './session.store';

/** Where each role starts after signing in. */
export const HOME_BY_ROLE: Record<UserRole, string> = {
  FOCAL_POINT: '/my-measures',
  COORDINATOR: '/review',
  ADMIN: '/dashboard',
  AUDITOR: '/dashboard',
};

@Injectable({ providedIn: 'root' })
export class AuthService {
  private readonly graphql = inject(GraphqlService);
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);

  /** Signs in and returns the URL to continue at. Throws ApiError (UNAUTHENTICATED for wrong credentials). */
  async signIn(email: string, password: string, returnUrl: string | null): Promise<string> {
    const data = await this.graphql.mutate(LoginDocument, { email: email.trim(), password });
    const { user, ...tokens } = data.login;
    await this.graphql.reset();
    this.session.set({ ...tokens, user: user as SessionUser });
    return safeReturnUrl(returnUrl) ?? HOME_BY_ROLE[user.role as UserRole];
  }

  /** Refreshes the user (role or organisation may have changed since sign-in). */
  async refreshUser(): Promise<void> {
    const data = await this.graphql.query(MeDocument, {});
    this.session.updateUser(data.me as SessionUser);
  }

  /** Ends the session on the server too (its refresh token stops working), then locally. */
  async signOut(): Promise<void> {
    const refreshToken = this.session.refreshToken();
    await this.graphql.mutate(LogoutDocument, { refreshToken }).catch(() => undefined);
    this.session.clear();
    await this.graphql.reset();
    await this.router.navigate(['/sign-in']);
  }
}

/** Only paths inside the portal; never an absolute URL (no open redirect). */
export function safeReturnUrl(url: string | null | undefined): string | null {
  if (!url || !url.startsWith('/') || url.startsWith('//') || url.startsWith('/sign-in')) return null;
  return url;
}
