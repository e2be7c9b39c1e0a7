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
  user: SessionUser;
}

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

  /** The bearer token, or null when absent or past its expiry. */
  accessToken(): string | null {
    const session = this.state();
    if (!session) return null;
    if (Date.parse(session.expiresAt) <= Date.now()) return null;
    return session.accessToken;
  }

  isExpired(): boolean {
    const session = this.state();
    return session !== null && Date.parse(session.expiresAt) <= Date.now();
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
