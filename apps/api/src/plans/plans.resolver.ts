import { Args, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Role } from '@nap/domain';
import type { GraphQLResolveInfo } from 'graphql';
import { ReqCtx, Roles } from '../common/auth/decorators';
import type { RequestContext } from '../common/auth/auth-user';
import type { GraphQLContext } from '../common/graphql-context';
import { PageInput, Paginated, pageOf } from '../common/graphql/paging';
import { Organization } from '../organizations/models/organization.model';
import { ALL_ROLES, organizationLoader } from '../organizations/organizations.resolver';
import type { OrganizationEntity } from '../organizations/entities/organization.entity';
import { OrganizationsService } from '../organizations/organizations.service';
import {
  AssignMeasureArgs,
  CreateIndicatorInput,
  CreateMeasureInput,
  CreatePlanInput,
  CreateSectionInput,
  MeasureFilter,
  OpenReportingPeriodInput,
  UnassignMeasureArgs,
  UpdateMeasureInput,
} from './dto/plan.inputs';
import type { ActionPlanEntity } from './entities/action-plan.entity';
import type { MeasureEntity } from './entities/measure.entity';
import type { ReportingPeriodEntity } from './entities/reporting-period.entity';
import { ActionPlan, Assignment, Indicator, Measure, ReportingPeriod, Section } from './models/plan.models';
import { measureFieldsAsked, reportsAsked } from './plan-tree.lookahead';
import type { TreeAssignment } from './plan-tree.reads';
import { plansLoaders } from './plans.loaders';
import { PlansService } from './plans.service';
import { UuidPipe } from '../common/uuid.pipe';

const PLANNERS = [Role.COORDINATOR, Role.ADMIN];

const MeasurePage = Paginated(Measure, 'MeasurePage');

@Resolver(() => ActionPlan)
export class PlansResolver {
  constructor(private readonly plansService: PlansService) {}

  @Roles(...ALL_ROLES)
  @Query(() => [ActionPlan])
  plans(): Promise<ActionPlanEntity[]> {
    return this.plansService.plans();
  }

  @Roles(...ALL_ROLES)
  @Query(() => ActionPlan)
  plan(@Args('id', { type: () => ID }, UuidPipe) id: string): Promise<ActionPlanEntity> {
    return this.plansService.plan(id);
  }

  @Roles(...ALL_ROLES)
  @Query(() => MeasurePage)
  measures(
    @Args('filter', { type: () => MeasureFilter, nullable: true }) filter?: MeasureFilter,
    @Args('page', { type: () => PageInput, nullable: true }) page?: PageInput,
  ) {
    const { offset, limit } = pageOf(page);
    return this.plansService.measures(filter ?? {}, offset, limit);
  }

  @Roles(...ALL_ROLES)
  @Query(() => [ReportingPeriod])
  reportingPeriods(@Args('planId', { type: () => ID }, UuidPipe) planId: string): Promise<ReportingPeriodEntity[]> {
    return this.plansService.reportingPeriods(planId);
  }

  @Roles(...PLANNERS)
  @Mutation(() => ActionPlan)
  createPlan(@Args('input') input: CreatePlanInput, @ReqCtx() ctx: RequestContext) {
    return this.plansService.createPlan(input, ctx);
  }

  @Roles(...PLANNERS)
  @Mutation(() => Section)
  createSection(@Args('input') input: CreateSectionInput, @ReqCtx() ctx: RequestContext) {
    return this.plansService.createSection(input, ctx);
  }

  @Roles(...PLANNERS)
  @Mutation(() => Measure)
  createMeasure(@Args('input') input: CreateMeasureInput, @ReqCtx() ctx: RequestContext) {
    return this.plansService.createMeasure(input, ctx);
  }

  @Roles(...PLANNERS)
  @Mutation(() => Measure)
  updateMeasure(@Args('input') input: UpdateMeasureInput, @ReqCtx() ctx: RequestContext) {
    return this.plansService.updateMeasure(input, ctx);
  }

  @Roles(...PLANNERS)
  @Mutation(() => Assignment)
  assignMeasure(@Args() args: AssignMeasureArgs, @ReqCtx() ctx: RequestContext) {
    return this.plansService.assignMeasure(args.measureId, args.organizationId, args.role, ctx);
  }

  @Roles(...PLANNERS)
  @Mutation(() => Assignment)
  unassignMeasure(@Args() args: UnassignMeasureArgs, @ReqCtx() ctx: RequestContext) {
    return this.plansService.unassignMeasure(args.measureId, args.organizationId, ctx);
  }

  @Roles(...PLANNERS)
  @Mutation(() => Indicator)
  createIndicator(@Args('input') input: CreateIndicatorInput, @ReqCtx() ctx: RequestContext) {
    return this.plansService.createIndicator(input, ctx);
  }

  @Roles(...PLANNERS)
  @Mutation(() => ReportingPeriod)
  openReportingPeriod(@Args('input') input: OpenReportingPeriodInput, @ReqCtx() ctx: RequestContext) {
    return this.plansService.openReportingPeriod(input, ctx);
  }

  @Roles(...PLANNERS)
  @Mutation(() => ReportingPeriod)
  closeReportingPeriod(@Args('id', { type: () => ID }, UuidPipe) id: string, @ReqCtx() ctx: RequestContext) {
    return this.plansService.closeReportingPeriod(id, ctx);
  }

  // The plan tree's field resolvers take (parent, args, context) without parameter decorators:
  // Nest then binds them directly instead of wrapping each call (its fast path), which counts
  // when a tree resolves them thousands of times.

  @ResolveField(() => [Section], { description: 'All sections of the plan, flat; nest them by parentId (or use Section.children).' })
  sections(plan: ActionPlan, _args: unknown, ctx: GraphQLContext): Promise<Section[]> {
    return plansLoaders(ctx, this.plansService).sectionsOfPlan(plan.id);
  }

  @ResolveField('measures', () => [Measure])
  planMeasures(plan: ActionPlan, _args: unknown, ctx: GraphQLContext, info: GraphQLResolveInfo): Promise<Measure[]> {
    // Only the columns the query selects (descriptions and expected results are long texts).
    return plansLoaders(ctx, this.plansService).measuresOfPlan(plan.id, measureFieldsAsked(info));
  }

  @ResolveField('reportingPeriods', () => [ReportingPeriod])
  planReportingPeriods(plan: ActionPlan, _args: unknown, ctx: GraphQLContext): Promise<ReportingPeriod[]> {
    return plansLoaders(ctx, this.plansService).periodsOfPlan(plan.id);
  }
}

@Resolver(() => Section)
export class SectionResolver {
  constructor(private readonly plansService: PlansService) {}

  @ResolveField(() => [Section])
  async children(section: Section, _args: unknown, ctx: GraphQLContext): Promise<Section[]> {
    const all = await plansLoaders(ctx, this.plansService).sectionsOfPlan(section.planId);
    return all.filter((s) => s.parentId === section.id);
  }

  @ResolveField(() => [Measure])
  measures(section: Section, _args: unknown, ctx: GraphQLContext): Promise<MeasureEntity[]> {
    return plansLoaders(ctx, this.plansService).measuresOfSection.load(section.id);
  }
}

@Resolver(() => Measure)
export class MeasureResolver {
  constructor(private readonly plansService: PlansService) {}

  @ResolveField(() => Section)
  section(measure: Measure, _args: unknown, ctx: GraphQLContext) {
    return plansLoaders(ctx, this.plansService).sectionById.load(measure.sectionId);
  }

  @ResolveField(() => [Assignment])
  assignments(measure: Measure, _args: unknown, ctx: GraphQLContext, info: GraphQLResolveInfo): Promise<TreeAssignment[]> {
    // The reports the query asks for under these assignments are read with them.
    return plansLoaders(ctx, this.plansService).assignmentsOfMeasure(measure.id, reportsAsked(info));
  }

  @ResolveField(() => [Indicator])
  indicators(measure: Measure, _args: unknown, ctx: GraphQLContext): Promise<Indicator[]> {
    return plansLoaders(ctx, this.plansService).indicatorsOfMeasure(measure.id);
  }
}

@Resolver(() => Assignment)
export class AssignmentResolver {
  constructor(
    private readonly plansService: PlansService,
    private readonly organizations: OrganizationsService,
  ) {}

  @ResolveField(() => Organization)
  organization(a: Assignment, _args: unknown, ctx: GraphQLContext): Organization | Promise<OrganizationEntity | null> {
    // Attached when the assignment was read by the plan tree, with its organisation.
    return a.organization ?? organizationLoader(ctx, this.organizations).load(a.organizationId);
  }

  @ResolveField(() => Measure)
  measure(a: Assignment, _args: unknown, ctx: GraphQLContext) {
    return plansLoaders(ctx, this.plansService).measureById.load(a.measureId);
  }
}
