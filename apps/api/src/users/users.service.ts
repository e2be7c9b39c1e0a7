import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Role } from '@nap/domain';
import { AuditService } from '../audit/audit.service';
import { hashPassword } from '../auth/password';
import type { RequestContext } from '../common/auth/auth-user';
import { badUserInput, notFound } from '../common/errors';
import { SessionRevocations } from '../common/auth/session-revocations';
import { OrganizationEntity } from '../organizations/entities/organization.entity';
import { UserEntity } from './entities/user.entity';
import type { CreateUserInput } from './dto/create-user.input';
import { passwordProblems } from '../auth/password-policy';

/** What the API exposes of a user: never the hash. */
export function publicUser(u: UserEntity): Omit<UserEntity, 'passwordHash'> {
  const { passwordHash: _hidden, ...rest } = u;
  return rest;
}

@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly revocations: SessionRevocations,
  ) {}

  findByEmail(email: string): Promise<UserEntity | null> {
    return this.dataSource.getRepository(UserEntity).findOneBy({ email: email.trim().toLowerCase() });
  }

  findById(id: string): Promise<UserEntity | null> {
    return this.dataSource.getRepository(UserEntity).findOneBy({ id });
  }

  list(): Promise<UserEntity[]> {
    return this.dataSource.getRepository(UserEntity).find({ order: { email: 'ASC' } });
  }

  /** Deactivating ends every session of the user at once; reactivating lets them sign in again. */
  async setActive(id: string, active: boolean, ctx: RequestContext): Promise<UserEntity> {
    return this.dataSource.transaction(async (manager) => {
      const before = await manager.getRepository(UserEntity).findOneBy({ id });
      if (!before) throw notFound('User', id);
      if (!active && before.id === ctx.user?.id) throw badUserInput([{ field: 'id', message: 'you cannot deactivate your own account' }]);
      await manager.getRepository(UserEntity).update({ id }, { active, version: before.version + 1, failedLogins: 0, lockedUntil: null });
      if (!active) await manager.query('UPDATE refresh_token SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL', [id]);
      const after = (await manager.getRepository(UserEntity).findOneBy({ id })) as UserEntity;
      await this.audit.record(manager, ctx.user, ctx.requestId, { action: active ? 'ACTIVATE' : 'DEACTIVATE', entityType: 'User', entityId: id, before: publicUser(before), after: publicUser(after) });
      if (!active) this.revocations.revokeUser(id);
      return after;
    });
  }

  async create(input: CreateUserInput, ctx: RequestContext): Promise<UserEntity> {
    const email = input.email.trim().toLowerCase();
    const problems = [];
    if (input.role === Role.FOCAL_POINT && !input.organizationId) {
      problems.push({ field: 'organizationId', message: 'a focal point belongs to exactly one organisation' });
    }
    for (const message of passwordProblems(input.password)) problems.push({ field: 'password', message });
    if (problems.length) throw badUserInput(problems);
    const passwordHash = await hashPassword(input.password);
    return this.dataSource.transaction(async (manager) => {
      if (await manager.getRepository(UserEntity).exist({ where: { email } })) {
        throw badUserInput([{ field: 'email', message: 'a user with this e-mail already exists' }]);
      }
      if (input.organizationId && !(await manager.getRepository(OrganizationEntity).exist({ where: { id: input.organizationId } }))) {
        throw badUserInput([{ field: 'organizationId', message: 'no such organisation' }]);
      }
      const saved = await manager.getRepository(UserEntity).save({
        email,
        fullName: input.fullName.trim(),
        role: input.role,
        organizationId: input.organizationId ?? null,
        passwordHash,
      });
      await this.audit.record(manager, ctx.user, ctx.requestId, { action: 'CREATE', entityType: 'User', entityId: saved.id, after: publicUser(saved) });
      return saved;
    });
  }
}
