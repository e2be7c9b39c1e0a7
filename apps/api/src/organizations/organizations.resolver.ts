import { Args, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Role } from '@nap/domain';
import { ReqCtx, Roles } from '../common/auth/decorators';
import type { RequestContext } from '../common/auth/auth-user';
import type { GraphQLContext } from '../common/graphql-context';
import { byKey } from '../common/loaders';
import { CreateOrganizationInput } from './dto/create-organization.input';
import type { OrganizationEntity } from './entities/organization.entity';
import { Organization } from './models/organization.model';
import { OrganizationsService } from './organizations.service';

export const ALL_ROLES = [Role.ADMIN, Role.COORDINATOR, Role.FOCAL_POINT, Role.AUDITOR];

@Resolver(() => Organization)
export class OrganizationsResolver {
  constructor(private readonly organizationsService: OrganizationsService) {}

  @Roles(...ALL_ROLES)
  @Query(() => [Organization])
  organizations(): Promise<OrganizationEntity[]> {
    return this.organizationsService.list();
  }

  @Roles(Role.ADMIN)
  @Mutation(() => Organization)
  createOrganization(@Args('input') input: CreateOrganizationInput, @ReqCtx() ctx: RequestContext): Promise<OrganizationEntity> {
    return this.organizationsService.create(input, ctx);
  }

  // No parameter decorators: Nest binds the method directly (its fast path for field resolvers),
  // which matters when a plan tree resolves it for every assignment.
  @ResolveField(() => Organization, { nullable: true })
  parent(org: OrganizationEntity, _args: unknown, ctx: GraphQLContext): OrganizationEntity | null | Promise<OrganizationEntity | null> {
    if (!org.parentId) return null;
    // Attached when it was read together with the organisation (the plan tree's assignments).
    if (org.parent !== undefined) return org.parent;
    return organizationLoader(ctx, this.organizationsService).load(org.parentId);
  }
}

/** Name of the per-request organisation loader (other modules prime it with organisations they read). */
export const ORGANIZATION_LOADER = 'organizationById';

/** Shared loader so every resolver that needs an organisation batches into one query. */
export function organizationLoader(ctx: GraphQLContext, service: OrganizationsService) {
  return ctx.loaders.get<string, OrganizationEntity | null>(ORGANIZATION_LOADER, async (ids) =>
    byKey(ids, await service.findByIds(ids), (o) => o.id),
  );
}
