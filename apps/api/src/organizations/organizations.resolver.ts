import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
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

  @ResolveField(() => Organization, { nullable: true })
  async parent(@Parent() org: OrganizationEntity, @Context() ctx: GraphQLContext): Promise<OrganizationEntity | null> {
    if (!org.parentId) return null;
    return organizationLoader(ctx, this.organizationsService).load(org.parentId);
  }
}

/** Shared loader so every resolver that needs an organisation batches into one query. */
export function organizationLoader(ctx: GraphQLContext, service: OrganizationsService) {
  return ctx.loaders.get<string, OrganizationEntity | null>('organizationById', async (ids) =>
    byKey(ids, await service.findByIds(ids), (o) => o.id),
  );
}
