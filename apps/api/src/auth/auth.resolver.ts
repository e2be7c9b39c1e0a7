import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentUser, Public, Roles } from '../common/auth/decorators';
import type { AuthUser } from '../common/auth/auth-user';
import { unauthenticated } from '../common/errors';
import type { GraphQLContext } from '../common/graphql-context';
import { Organization } from '../organizations/models/organization.model';
import { OrganizationsService } from '../organizations/organizations.service';
import { ALL_ROLES, organizationLoader } from '../organizations/organizations.resolver';
import type { OrganizationEntity } from '../organizations/entities/organization.entity';
import type { UserEntity } from '../users/entities/user.entity';
import { AuthPayload, User } from '../users/models/user.model';
import { UsersService } from '../users/users.service';
import { AuthService } from './auth.service';
import { LoginArgs, LogoutArgs, RefreshArgs } from './login.args';

function clientAddress(ctx: GraphQLContext): string {
  return ctx.req.ip ?? ctx.req.socket.remoteAddress ?? 'unknown';
}

@Resolver(() => User)
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
    private readonly organizations: OrganizationsService,
  ) {}

  @Public()
  @Mutation(() => AuthPayload, { description: 'Sign in; returns a short-lived access token and a rotating refresh token.' })
  login(@Args() args: LoginArgs, @Context() ctx: GraphQLContext) {
    return this.auth.login(args.email, args.password, clientAddress(ctx));
  }

  @Public()
  @Mutation(() => AuthPayload, { description: 'A new access token for a refresh token; the refresh token is replaced (use each once).' })
  refreshSession(@Args() args: RefreshArgs, @Context() ctx: GraphQLContext) {
    return this.auth.refresh(args.refreshToken, clientAddress(ctx));
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Signs out: ends the session of the refresh token (or of the access token sent).' })
  logout(@Args() args: LogoutArgs, @Context() ctx: GraphQLContext) {
    return this.auth.logout(args.refreshToken ?? null, ctx.user?.sessionId ?? null);
  }

  @Roles(...ALL_ROLES)
  @Query(() => User, { description: 'The signed-in user, with role and organisation.' })
  async me(@CurrentUser() user: AuthUser): Promise<UserEntity> {
    const found = await this.users.findById(user.id);
    if (!found || !found.active) throw unauthenticated('The account no longer exists or is disabled.');
    return found;
  }

  @ResolveField(() => Organization, { nullable: true })
  organization(@Parent() user: UserEntity, @Context() ctx: GraphQLContext): Promise<OrganizationEntity | null> | null {
    return user.organizationId ? organizationLoader(ctx, this.organizations).load(user.organizationId) : null;
  }
}
