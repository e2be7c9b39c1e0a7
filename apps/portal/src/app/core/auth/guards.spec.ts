import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { authGuard, roleGuard } from './guards';
import { SessionStore } from './session.store';

@Component({ template: '' })
class BlankComponent {}

function session(role: string, accessExpiresInMs: number, refreshExpiresInMs: number) {
  return {
    accessToken: 'a',
    expiresAt: new Date(Date.now() + accessExpiresInMs).toISOString(),
    refreshToken: 'r',
    refreshExpiresAt: new Date(Date.now() + refreshExpiresInMs).toISOString(),
    user: { id: '1', email: 'x@demo.local', fullName: 'X', role, organization: null },
  };
}

describe('route guards', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          { path: 'sign-in', component: BlankComponent },
          {
            path: '',
            canActivate: [authGuard],
            children: [
              { path: 'audit', canMatch: [roleGuard('AUDITOR')], component: BlankComponent },
              { path: 'review/:id', canMatch: [roleGuard('COORDINATOR')], component: BlankComponent },
              { path: 'my-measures', canMatch: [roleGuard('FOCAL_POINT')], component: BlankComponent },
              { path: 'dashboard', component: BlankComponent },
            ],
          },
        ]),
      ],
    });
  });

  it('sends a visitor without a session to sign in with the way back, query included', async () => {
    const router = TestBed.inject(Router);
    await router.navigateByUrl('/review/42?tab=diff');
    expect(router.url).toBe('/sign-in?returnUrl=%2Freview%2F42%3Ftab%3Ddiff');
  });

  it('says the session expired when there was one, and keeps the way back', async () => {
    localStorage.setItem('nap.session', JSON.stringify(session('AUDITOR', -60_000, -1_000)));
    const router = TestBed.inject(Router);
    await router.navigateByUrl('/audit');
    expect(router.url).toBe('/sign-in?returnUrl=%2Faudit&reason=expired');
    expect(TestBed.inject(SessionStore).signedIn()).toBe(false);
  });

  it('lets a renewable session through and sends other roles to their own home', async () => {
    localStorage.setItem('nap.session', JSON.stringify(session('AUDITOR', -60_000, 3_600_000)));
    const router = TestBed.inject(Router);
    await router.navigateByUrl('/audit');
    expect(router.url).toBe('/audit');
    // An auditor has no "My measures": their home is the dashboard.
    await router.navigateByUrl('/my-measures');
    expect(router.url).toBe('/dashboard');
  });
});
