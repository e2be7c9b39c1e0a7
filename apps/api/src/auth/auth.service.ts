import { Injectable } from '@nestjs/common';
import { TokenService } from '../common/auth/token.service';
import { unauthenticated } from '../common/errors';
import type { UserEntity } from '../users/entities/user.entity';
import { UsersService } from '../users/users.service';
import { dummyPasswordHash, verifyPassword } from './password';

@Injectable()
export class AuthService {
  constructor(
    private readonly users: UsersService,
    private readonly tokens: TokenService,
  ) {}

  /** One message for unknown e-mail and wrong password, so accounts cannot be enumerated. */
  async login(email: string, password: string): Promise<{ accessToken: string; expiresAt: Date; user: UserEntity }> {
    const user = await this.users.findByEmail(email);
    const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
    if (!user || !ok || !user.active) throw unauthenticated('E-mail or password is wrong, or the account is disabled.');
    const { token, expiresAt } = this.tokens.sign({ id: user.id, email: user.email, role: user.role, organizationId: user.organizationId });
    return { accessToken: token, expiresAt, user };
  }
}
