import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG } from '../tokens';
import type { AppConfig } from '../../config/app-config';

/**
 * Sessions ended before their access tokens expire: signed-out sessions and deactivated
 * users. Checked on every request without a database query. Refresh always checks the
 * database, so with several API instances another instance honours a revocation at the
 * latest when the access token (minutes) expires. Entries are dropped once every token they
 * could refuse has expired anyway.
 */
@Injectable()
export class SessionRevocations {
  private readonly sessions = new Map<string, number>(); // session id → revoked at (ms)
  private readonly users = new Map<string, number>(); // user id → revoked at (ms)

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  revokeSession(sessionId: string): void {
    this.sessions.set(sessionId, Date.now());
  }
  revokeUser(userId: string): void {
    this.users.set(userId, Date.now());
  }

  /** A token is refused when issued before its user's or session's revocation. */
  isRevoked(userId: string, sessionId: string | null, issuedAtMs: number): boolean {
    const horizon = Date.now() - this.config.accessTokenTtlSeconds * 1000 - 1000;
    // A revoked session never comes back: every token of it is refused, whenever issued.
    return this.check(this.users, userId, issuedAtMs, horizon) || (sessionId !== null && this.check(this.sessions, sessionId, Number.NEGATIVE_INFINITY, horizon));
  }

  private check(map: Map<string, number>, key: string, issuedAtMs: number, horizon: number): boolean {
    const revokedAt = map.get(key);
    if (revokedAt === undefined) return false;
    if (revokedAt < horizon) {
      map.delete(key);
      return false;
    }
    return issuedAtMs <= revokedAt;
  }
}
