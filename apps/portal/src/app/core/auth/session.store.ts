import { computed, Injectable, signal } from '@angular/core';
import type { Role } from '@nap/contracts';

export type UserRole = Role;

export interface SessionUser {
  id: string;
  email: string;
  fullName: string;
  role: UserRole;
  organization: { id: string; code: string; nameAz: string; nameEn: string } | null;
}

export interface Session {
  accessToken: string;
  /** ISO timestamp after which the API answers UNAUTHENTICATED. */
  expiresAt: string;
  /** Single-use token that buys a new access token (rotated on every use). */
  refreshToken: string;
  refreshExpiresAt: string;
  user: SessionUser;
}

/** Renew a little before the access token runs out, so a request never races its expiry. */
const EXPIRY_MARGIN_MS = 20_000;

const STORAGE_KEY = 'nap.session';

/**
 * The signed-in session (token and user), kept in localStorage so a reload or a second tab
 * stays signed in until the token expires. No dependencies: the Apollo links read it.
 */
@Injectable({ providedIn: 'root' })
export class SessionStore {
  private readonly state = signal<Session | null>(readStored());

  readonly session = this.state.asReadonly();
  readonly user = computed(() => this.state()?.user ?? null);
  readonly role = computed(() => this.state()?.user.role ?? null);
  readonly signedIn = computed(() => this.state() !== null);

  constructor() {
    // Tabs share one session: a renewal or sign-out in another tab applies here too, so no
    // tab ever presents a refresh token that was already used (that would end the session).
    if (typeof window !== 'undefined') {
      window.addEventListener('storage', (event) => {
        if (event.key === STORAGE_KEY || event.key === null) this.state.set(readStored());
      });
    }
  }

  /** Re-reads the session other tabs may have renewed since this tab last looked. */
  syncFromStorage(): void {
    const stored = readStored();
    if (JSON.stringify(stored) !== JSON.stringify(this.state())) this.state.set(stored);
  }

  /** The bearer token, or null when absent or past its expiry. */
  accessToken(): string | null {
    const session = this.state();
    if (!session) return null;
    if (Date.parse(session.expiresAt) - EXPIRY_MARGIN_MS <= Date.now()) return null;
    return session.accessToken;
  }

  /** A refresh token that has not expired: the session can be renewed without signing in. */
  refreshToken(): string | null {
    const session = this.state();
    if (!session?.refreshToken) return null;
    return Date.parse(session.refreshExpiresAt) > Date.now() ? session.refreshToken : null;
  }

  /** Signed in now, or renewable. */
  isActive(): boolean {
    return this.accessToken() !== null || this.refreshToken() !== null;
  }

  isExpired(): boolean {
    return this.state() !== null && !this.isActive();
  }

  set(session: Session): void {
    this.state.set(session);
    try {
      localStorage.setItem(STORAGE_KEY, JSON.stringify(session));
    } catch {
      // Storage unavailable: the session lasts for this page.
    }
  }

  updateUser(user: SessionUser): void {
    const session = this.state();
    if (session) this.set({ ...session, user });
  }

  clear(): void {
    this.state.set(null);
    try {
      localStorage.removeItem(STORAGE_KEY);
    } catch {
      // Nothing to remove.
    }
  }

  hasRole(...roles: UserRole[]): boolean {
    const role = this.role();
    return role !== null && roles.includes(role);
  }
}

function readStored(): Session | null {
  try {
    const raw = localStorage.getItem(STORAGE_KEY);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Session;
    return parsed && typeof parsed.accessToken === 'string' && parsed.user ? parsed : null;
  } catch {
    return null;
  }
}
