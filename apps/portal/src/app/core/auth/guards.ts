import { inject } from '@angular/core';
import { type CanActivateFn, type CanMatchFn, Router } from '@angular/router';
import { HOME_BY_ROLE } from './auth.service';
import { SessionStore, type UserRole } from './session.store';

/** Signed in with an unexpired token, else to sign-in with the way back. */
export const authGuard: CanActivateFn = (_route, state) => {
  const session = inject(SessionStore);
  const router = inject(Router);
  // An expired access token with a valid refresh token is renewed by the first request.
  if (session.isActive()) return true;
  const expired = session.isExpired();
  session.clear();
  return router.createUrlTree(['/sign-in'], {
    queryParams: { returnUrl: state.url, reason: expired ? 'expired' : null },
  });
};

/**
 * Shows a workspace only to the roles it is for. This is navigation, not access control:
 * the API checks role and organisation on every read and write.
 */
export function roleGuard(...roles: UserRole[]): CanMatchFn {
  return () => {
    const session = inject(SessionStore);
    const router = inject(Router);
    const role = session.role();
    if (role && roles.includes(role)) return true;
    return router.createUrlTree([role ? HOME_BY_ROLE[role] : '/sign-in']);
  };
}

/** `/` → the signed-in user's home. */
export const homeRedirect: CanActivateFn = () => {
  const session = inject(SessionStore);
  const router = inject(Router);
  const role = session.role();
  return router.createUrlTree([role ? HOME_BY_ROLE[role] : '/sign-in']);
};
