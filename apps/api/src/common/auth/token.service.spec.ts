import jwt from 'jsonwebtoken';
import { Role } from '@nap/domain';
import type { AppConfig } from '../../config/app-config';
import { SessionRevocations } from './session-revocations';
import { TokenService } from './token.service';

describe('TokenService (secret held as a KeyObject)', () => {
  const secret = 'a-test-secret-that-is-long-enough-0123456789';
  const config = { accessTokenTtlSeconds: 600 } as AppConfig;
  const user = { id: '6f1c1a52-5f0e-4a43-9a57-9c3c1f3f0a11', email: 'focal.moe@demo.local', role: Role.FOCAL_POINT, organizationId: 'b1d7d3a0-1111-4f00-8000-000000000001' };
  const service = () => new TokenService(config, secret, new SessionRevocations(config));

  it('verifies its own tokens', () => {
    const tokens = service();
    const { token } = tokens.sign(user, 'session-1');
    expect(tokens.verify(token)).toEqual({ ...user, sessionId: 'session-1' });
  });

  it('accepts a token signed with the same secret as a string (tokens issued before the change stay valid) and the other way round', () => {
    const claims = { sub: user.id, email: user.email, role: user.role, org: user.organizationId, sid: null };
    const legacy = jwt.sign(claims, secret, { algorithm: 'HS256', expiresIn: 600, issuer: 'nap-tracker' });
    expect(service().verify(legacy)).toEqual({ ...user, sessionId: null });
    const { token } = service().sign(user, null);
    expect(jwt.verify(token, secret, { algorithms: ['HS256'], issuer: 'nap-tracker' })).toMatchObject({ sub: user.id });
  });

  it('refuses a token signed with another secret, a tampered one and the none algorithm', () => {
    const claims = { sub: user.id, email: user.email, role: user.role, org: user.organizationId, sid: null };
    expect(service().verify(jwt.sign(claims, 'another-secret-0123456789-0123456789', { algorithm: 'HS256', issuer: 'nap-tracker' }))).toBeNull();
    const { token } = service().sign(user, null);
    const [h, , s] = token.split('.');
    const forged = Buffer.from(JSON.stringify({ ...claims, role: Role.ADMIN, iss: 'nap-tracker' })).toString('base64url');
    expect(service().verify(`${h}.${forged}.${s}`)).toBeNull();
    expect(service().verify(jwt.sign(claims, '', { algorithm: 'none', issuer: 'nap-tracker' }))).toBeNull();
  });
});
