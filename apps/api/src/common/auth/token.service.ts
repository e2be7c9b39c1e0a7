import { createSecretKey, type KeyObject } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import jwt from 'jsonwebtoken';
import { Role } from '@nap/domain';
import { APP_CONFIG, JWT_SECRET } from '../tokens';
import type { AppConfig } from '../../config/app-config';
import type { AuthUser } from './auth-user';
import { SessionRevocations } from './session-revocations';

interface AccessClaims {
  sub: string;
  email: string;
  role: Role;
  org: string | null;
  /** The session (refresh-token family) the token belongs to. */
  sid: string | null;
  iat?: number;
}

/** Short-lived signed access tokens (HS256), refused once their session or user is revoked. */
@Injectable()
export class TokenService {
  /**
   * The secret as a KeyObject, made once: given a string, jsonwebtoken first tries to parse it as
   * a public key on every call (an exception each time, ~6 % of the API's CPU in the deadline rush).
   */
  private readonly key: KeyObject;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(JWT_SECRET) secret: string,
    private readonly revocations: SessionRevocations,
  ) {
    this.key = createSecretKey(Buffer.from(secret, 'utf8'));
  }

  sign(user: AuthUser, sessionId: string | null): { token: string; expiresAt: Date } {
    const claims: AccessClaims = { sub: user.id, email: user.email, role: user.role, org: user.organizationId, sid: sessionId };
    const token = jwt.sign(claims, this.key, {
      algorithm: 'HS256',
      expiresIn: this.config.accessTokenTtlSeconds,
      issuer: 'nap-tracker',
    });
    return { token, expiresAt: new Date(Date.now() + this.config.accessTokenTtlSeconds * 1000) };
  }

  /** The user of a valid token; null for a missing, expired, forged, malformed or revoked one. */
  verify(token: string): (AuthUser & { sessionId: string | null }) | null {
    try {
      const claims = jwt.verify(token, this.key, { algorithms: ['HS256'], issuer: 'nap-tracker' }) as AccessClaims;
      if (!Object.values(Role).includes(claims.role)) return null;
      // iat has second precision: compare at the end of that second so a revocation in the same second wins.
      if (this.revocations.isRevoked(claims.sub, claims.sid ?? null, ((claims.iat ?? 0) + 1) * 1000 - 1)) return null;
      return { id: claims.sub, email: claims.email, role: claims.role, organizationId: claims.org, sessionId: claims.sid ?? null };
    } catch {
      return null;
    }
  }

  fromAuthorizationHeader(header: string | undefined): { user: (AuthUser & { sessionId: string | null }) | null; presented: boolean } {
    if (!header) return { user: null, presented: false };
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    return { user: match ? this.verify(match[1]) : null, presented: true };
  }
}
