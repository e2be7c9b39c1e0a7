import { inject, Injectable } from '@angular/core';
import { Router } from '@angular/router';
import { SessionStore } from './session.store';

/**
 * When the API says UNAUTHENTICATED (token expired or revoked): forget the session and send
 * the user to sign in, remembering where they were. Forms have already written what was
 * typed to the FormDraftStore and restore it on return.
 */
@Injectable({ providedIn: 'root' })
export class SessionExpiry {
  private readonly router = inject(Router);
  private readonly session = inject(SessionStore);
  private redirecting = false;

  expire(): void {
    if (this.redirecting) return;
    const current = this.router.url;
    if (current.startsWith('/sign-in')) return;
    this.redirecting = true;
    const wasSignedIn = this.session.signedIn();
    this.session.clear();
    void this.router
      .navigate(['/sign-in'], { queryParams: { returnUrl: current, reason: wasSignedIn ? 'expired' : null } })
      .finally(() => (this.redirecting = false));
  }
}
