import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Role } from '@nap/domain';
import type { AuthUser } from './auth-user';
import type { GraphQLContext } from '../graphql-context';

export const ROLES_KEY = 'nap:roles';
export const PUBLIC_KEY = 'nap:public';

/** The roles that may call this resolver. Every resolver carries this or @Public(). */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);
/** Callable without a token (sign-in, health-like metadata). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

export const CurrentUser = createParamDecorator((_data: unknown, ctx: ExecutionContext): AuthUser | null => {
  const gql = GqlExecutionContext.create(ctx).getContext<GraphQLContext>();
  return gql.user;
});

/** The signed-in user and the request id: what services need to authorise and audit. */
export const ReqCtx = createParamDecorator((_data: unknown, ctx: ExecutionContext) => {
  const gql = GqlExecutionContext.create(ctx).getContext<GraphQLContext>();
  return { user: gql.user, requestId: gql.requestId };
});
