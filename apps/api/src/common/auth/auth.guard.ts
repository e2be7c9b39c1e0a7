import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { RateLimiter, rateLimited } from '../rate-limiter';
import { APP_CONFIG } from '../tokens';
import type { AppConfig } from '../../config/app-config';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Role } from '@nap/domain';
import { forbidden, unauthenticated } from '../errors';
import type { GraphQLContext } from '../graphql-context';
import { PUBLIC_KEY, ROLES_KEY } from './decorators';

/**
 * Global guard for every GraphQL resolver: a handler must be marked @Public() or name its
 * roles with @Roles(...). A handler with neither is refused (deny by default), so a
 * forgotten decorator can never open an operation to everyone.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly mutations: RateLimiter;

  constructor(
    private readonly reflector: Reflector,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.mutations = new RateLimiter(config.mutationRateLimitPerMinute);
  }

  canActivate(context: ExecutionContext): boolean {
    if (context.getType<string>() !== 'graphql') return true; // HTTP routes guard themselves
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    const gql = GqlExecutionContext.create(context).getContext<GraphQLContext>();
    if (!gql.user) throw unauthenticated();
    if (!roles || roles.length === 0) throw forbidden('This operation is not open to any role.');
    if (!roles.includes(gql.user.role)) throw forbidden();
    if (GqlExecutionContext.create(context).getInfo<{ operation: { operation: string } }>().operation.operation === 'mutation') {
      // Per user and per address: a stolen token or a scripted client cannot flood writes.
      const wait = Math.max(this.mutations.hit(`u:${gql.user.id}`), this.mutations.hit(`a:${gql.req.ip ?? ''}`));
      if (wait > 0) throw rateLimited(wait, 'changes');
    }
    return true;
  }
}
