import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import { Role } from '@nap/domain';
import type { AuthUser } from '../common/auth/auth-user';
import { CurrentUser, Roles } from '../common/auth/decorators';
import { unauthenticated } from '../common/errors';
import type { GraphQLContext } from '../common/graphql-context';
import { pageOf } from '../common/graphql/paging';
import { DashboardCache } from './dashboard-cache';
import { CompletionService, type IndicatorFigures, type PlanCompliance, type PlanFigures } from './completion.service';
import { IndicatorSummaryArgs, IndicatorSummaryPageArgs, PlanCompletionArgs, ReportingComplianceArgs } from './dto/completion.args';
import { IndicatorSummary, IndicatorSummaryPage } from './models/indicator-summary.model';
import { PlanCompletion } from './models/plan-completion.model';
import { ReportingCompliance } from './models/reporting-compliance.model';

/** Focal points may ask too: only accepted figures count, and those are not confidential. */
export const READERS: readonly Role[] = [Role.COORDINATOR, Role.ADMIN, Role.AUDITOR, Role.FOCAL_POINT];

@Resolver()
export class CompletionResolver {
  constructor(
    private readonly completion: CompletionService,
    private readonly cache: DashboardCache,
  ) {}

  @Roles(...READERS)
  @Query(() => PlanCompletion, { description: 'Completion, RAG and status counts of a plan as of a period (accepted data only).' })
  planCompletion(@Args() args: PlanCompletionArgs, @Context() ctx: GraphQLContext): Promise<PlanFigures> {
    const scope = { planId: args.planId, periodId: args.periodId, sectionId: args.sectionId ?? null, organizationId: args.organizationId ?? null };
    return this.cache.answer(ctx.loaders, 'planCompletion', scope.planId, [scope.periodId, scope.sectionId, scope.organizationId], () =>
      this.completion.planCompletion(scope),
    );
  }

  @Roles(...READERS)
  @Query(() => ReportingCompliance, {
    description: "Expected, on-time, late and missing reports per organisation; a focal point sees its own organisation's.",
  })
  reportingCompliance(
    @Args() args: ReportingComplianceArgs,
    @CurrentUser() user: AuthUser | null,
    @Context() ctx: GraphQLContext,
  ): Promise<PlanCompliance> {
    if (!user) throw unauthenticated();
    // the organisation a focal point is narrowed to is part of the key
    const organizationId = this.completion.complianceOrganizationFor(user, args.organizationId);
    const scope = { planId: args.planId, periodId: args.periodId, organizationId };
    return this.cache.answer(ctx.loaders, 'reportingCompliance', scope.planId, [scope.periodId, organizationId], () =>
      this.completion.reportingCompliance(scope),
    );
  }

  @Roles(...READERS)
  @Query(() => [IndicatorSummary], {
    description:
      'Indicator values of the period (accepted, combined across organisations), targets, breakdowns and change: every indicator in scope, or the page asked for.',
  })
  async indicatorSummary(@Args() args: IndicatorSummaryArgs, @Context() ctx: GraphQLContext): Promise<IndicatorFigures[]> {
    return (await this.indicatorFigures(args, args.page ? pageOf(args.page) : null, ctx)).items;
  }

  @Roles(...READERS)
  @Query(() => IndicatorSummaryPage, {
    description: 'The figures of indicatorSummary one page at a time (the first 50 by default), with the number of indicators in scope.',
  })
  indicatorSummaryPage(@Args() args: IndicatorSummaryPageArgs, @Context() ctx: GraphQLContext): Promise<{ items: IndicatorFigures[]; total: number }> {
    return this.indicatorFigures(args, pageOf(args.page), ctx);
  }

  /** indicatorSummary and indicatorSummaryPage share their kept answers: a page (or all, `page` null) and the total. */
  private indicatorFigures(
    args: IndicatorSummaryArgs | IndicatorSummaryPageArgs,
    page: { offset: number; limit: number } | null,
    ctx: GraphQLContext,
  ): Promise<{ items: IndicatorFigures[]; total: number }> {
    const scope = { planId: args.planId, periodId: args.periodId, sectionId: args.sectionId ?? null, organizationId: args.organizationId ?? null };
    const suppress = args.suppressSmallCounts === true;
    return this.cache.answer(
      ctx.loaders,
      'indicatorSummary',
      scope.planId,
      [scope.periodId, scope.sectionId, scope.organizationId, suppress, page?.offset ?? null, page?.limit ?? null],
      () => this.completion.indicatorSummaryPage(scope, suppress, page),
    );
  }
}
