import { inject } from '@angular/core';
import { type CanActivateFn, type CanMatchFn, Router, type UrlTree } from '@angular/router';
import { HOME_BY_ROLE } from './auth.service';
import { SessionStore, type UserRole } from './session.store';

/** To sign-in, remembering the way back (and saying so when a session ran out). */
function toSignIn(session: SessionStore, router: Router, returnUrl: string): UrlTree {
  const expired = session.isExpired();
  session.clear();
  return router.createUrlTree(['/sign-in'], {
    queryParams: { returnUrl: returnUrl === '/' ? null : returnUrl, reason: expired ? 'expired' : null },
  });
}

/** Signed in with an unexpired token, else to sign-in with the way back. */
export const authGuard: CanActivateFn = (_route, state) => {
  const session = inject(SessionStore);
  // An expired access token with a valid refresh token is renewed by the first request.
  if (session.isActive()) return true;
  return toSignIn(session, inject(Router), state.url);
};

/**
 * Shows a workspace only to the roles it is for. This is navigation, not access control:
 * the API checks role and organisation on every read and write. It runs while the URL is
 * matched, before authGuard, so without a session it too keeps the way back (a bookmarked
 * /review/… returns to that report after sign-in).
 */
export function roleGuard(...roles: UserRole[]): CanMatchFn {
  return (_route, segments) => {
    const session = inject(SessionStore);
    const router = inject(Router);
    const role = session.role();
    if (role && roles.includes(role)) return true;
    if (!role) {
      const navigation = router.currentNavigation();
      const url = navigation ? router.serializeUrl(navigation.extractedUrl) : '/' + segments.join('/');
      return toSignIn(session, router, url);
    }
    return router.createUrlTree([HOME_BY_ROLE[role]]);
  };
}

/** `/` → the signed-in user's home. */
export const homeRedirect: CanActivateFn = () => {
  const session = inject(SessionStore);
  const router = inject(Router);
  const role = session.role();
  return router.createUrlTree([role ? HOME_BY_ROLE[role] : '/sign-in']);
};
