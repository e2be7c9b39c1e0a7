import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { SessionRevocations } from '../common/auth/session-revocations';
import { TokenService } from '../common/auth/token.service';
import { unauthenticated } from '../common/errors';
import { RateLimiter, rateLimited } from '../common/rate-limiter';
import { APP_CONFIG } from '../common/tokens';
import type { AppConfig } from '../config/app-config';
import { UserEntity } from '../users/entities/user.entity';
import { RefreshTokenEntity } from './entities/refresh-token.entity';
import { dummyPasswordHash, verifyPassword } from './password';

/** After this many consecutive failures an account is locked, for a time that doubles each failure. */
export const LOCKOUT_THRESHOLD = 5;
const LOCKOUT_BASE_MS = 30_000;
const LOCKOUT_MAX_MS = 15 * 60_000;
/** Failed sign-ins per address before that address must wait (growing the same way). */
export const ADDRESS_FAILURE_THRESHOLD = 20;

export function lockoutMs(failures: number, threshold: number): number {
  if (failures < threshold) return 0;
  return Math.min(LOCKOUT_MAX_MS, LOCKOUT_BASE_MS * 2 ** (failures - threshold));
}

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

export interface SessionTokens {
  accessToken: string;
  expiresAt: Date;
  refreshToken: string;
  refreshExpiresAt: Date;
  user: UserEntity;
}

@Injectable()
export class AuthService {
  private readonly loginAttempts: RateLimiter;
  private readonly addressFailures = new Map<string, { count: number; blockedUntil: number; last: number }>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tokens: TokenService,
    private readonly revocations: SessionRevocations,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.loginAttempts = new RateLimiter(config.loginRateLimitPerMinute);
  }

  /**
   * One message for unknown e-mail, wrong password and disabled account, so accounts cannot
   * be enumerated; repeated failures lock the account and slow the address down.
   */
  async login(email: string, password: string, address: string): Promise<SessionTokens> {
    const wait = this.loginAttempts.hit(address);
    if (wait > 0) throw rateLimited(wait, 'sign-in attempts');
    const blocked = this.addressFailures.get(address);
    if (blocked && blocked.blockedUntil > Date.now()) throw rateLimited(Math.ceil((blocked.blockedUntil - Date.now()) / 1000), 'failed sign-ins from this address');

    const repo = this.dataSource.getRepository(UserEntity);
    const user = await repo.findOneBy({ email: email.trim().toLowerCase() });
    const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
    if (user?.lockedUntil && user.lockedUntil.getTime() > Date.now()) {
      this.noteAddressFailure(address);
      throw unauthenticated(`Too many failed sign-ins: the account is locked until ${user.lockedUntil.toISOString()}.`);
    }
    if (!user || !ok || !user.active) {
      this.noteAddressFailure(address);
      if (user && !ok) {
        // Counted in the database with one statement, so parallel attempts cannot undercount.
        const [row] = (await this.dataSource.query(
          `UPDATE app_user SET failed_logins = failed_logins + 1 WHERE id = $1 RETURNING failed_logins`,
          [user.id],
        )) as [{ failed_logins: number }[], number] | { failed_logins: number }[];
        const failures = Array.isArray(row) ? row[0].failed_logins : (row as { failed_logins: number }).failed_logins;
        const ms = lockoutMs(failures, LOCKOUT_THRESHOLD);
        if (ms > 0) await repo.update({ id: user.id }, { lockedUntil: new Date(Date.now() + ms) });
      }
      throw unauthenticated('E-mail or password is wrong, or the account is disabled.');
    }
    this.addressFailures.delete(address);
    if (user.failedLogins > 0 || user.lockedUntil) await repo.update({ id: user.id }, { failedLogins: 0, lockedUntil: null });
    return this.issue(user, randomUUID(), address);
  }

  /** Rotates the refresh token; a token presented twice means theft: its whole family is revoked. */
  async refresh(refreshToken: string, address: string): Promise<SessionTokens> {
    const wait = this.loginAttempts.hit(address);
    if (wait > 0) throw rateLimited(wait, 'session refreshes');
    const hash = sha256(refreshToken);
    // The transaction returns the outcome; errors are thrown after it commits, so that a
    // detected reuse keeps its revocation instead of rolling it back.
    const outcome = await this.dataSource.transaction(async (manager): Promise<SessionTokens | string> => {
      const rows = (await manager.query('SELECT id FROM refresh_token WHERE token_hash = $1 FOR UPDATE', [hash])) as { id: string }[];
      if (rows.length === 0) return 'The session is not valid; sign in again.';
      const token = (await manager.getRepository(RefreshTokenEntity).findOneBy({ id: rows[0].id })) as RefreshTokenEntity;
      if (token.usedAt || token.revokedAt) {
        if (token.usedAt && !token.revokedAt) {
          await manager.query('UPDATE refresh_token SET revoked_at = now() WHERE family_id = $1 AND revoked_at IS NULL', [token.familyId]);
          this.revocations.revokeSession(token.familyId);
          await this.audit.record(manager, null, null, { action: 'REFRESH_TOKEN_REUSE', entityType: 'Session', entityId: token.familyId, after: { userId: token.userId, address } });
        }
        return 'The session has ended; sign in again.';
      }
      if (token.expiresAt.getTime() <= Date.now()) return 'The session has expired; sign in again.';
      const user = await manager.getRepository(UserEntity).findOneBy({ id: token.userId });
      if (!user || !user.active) return 'The account is disabled.';
      await manager.getRepository(RefreshTokenEntity).update({ id: token.id }, { usedAt: new Date() });
      return this.issue(user, token.familyId, address, manager);
    });
    if (typeof outcome === 'string') throw unauthenticated(outcome);
    return outcome;
  }

  /** Ends the session of this refresh token (or of the access token's session). */
  async logout(refreshToken: string | null, sessionId: string | null): Promise<boolean> {
    let family = sessionId;
    if (refreshToken) {
      const token = await this.dataSource.getRepository(RefreshTokenEntity).findOneBy({ tokenHash: sha256(refreshToken) });
      family = token?.familyId ?? family;
    }
    if (!family) return false;
    await this.dataSource.query('UPDATE refresh_token SET revoked_at = now() WHERE family_id = $1 AND revoked_at IS NULL', [family]);
    this.revocations.revokeSession(family);
    return true;
  }

  private async issue(user: UserEntity, familyId: string, address: string, manager = this.dataSource.manager): Promise<SessionTokens> {
    const refreshToken = randomBytes(32).toString('base64url');
    const refreshExpiresAt = new Date(Date.now() + this.config.refreshTokenTtlSeconds * 1000);
    await manager.getRepository(RefreshTokenEntity).insert({
      userId: user.id,
      familyId,
      tokenHash: sha256(refreshToken),
      expiresAt: refreshExpiresAt,
      createdIp: address.slice(0, 64),
    });
    const { token, expiresAt } = this.tokens.sign({ id: user.id, email: user.email, role: user.role, organizationId: user.organizationId }, familyId);
    return { accessToken: token, expiresAt, refreshToken, refreshExpiresAt, user };
  }

  private noteAddressFailure(address: string): void {
    const now = Date.now();
    const entry = this.addressFailures.get(address);
    // Failures older than an hour are forgotten.
    const count = entry && now - entry.last < 3_600_000 ? entry.count + 1 : 1;
    this.addressFailures.set(address, { count, last: now, blockedUntil: now + lockoutMs(count, ADDRESS_FAILURE_THRESHOLD) });
  }
}
