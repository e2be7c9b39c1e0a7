import { Args, Query, Resolver } from '@nestjs/graphql';
import { Role } from '@nap/domain';
import type { AuthUser } from '../common/auth/auth-user';
import { CurrentUser, Roles } from '../common/auth/decorators';
import { unauthenticated } from '../common/errors';
import { pageOf } from '../common/graphql/paging';
import { CompletionService, type IndicatorFigures, type PlanCompliance, type PlanFigures } from './completion.service';
import { IndicatorSummaryArgs, IndicatorSummaryPageArgs, PlanCompletionArgs, ReportingComplianceArgs } from './dto/completion.args';
import { IndicatorSummary, IndicatorSummaryPage } from './models/indicator-summary.model';
import { PlanCompletion } from './models/plan-completion.model';
import { ReportingCompliance } from './models/reporting-compliance.model';

/** Focal points may ask too: only accepted figures count, and those are not confidential. */
const READERS = [Role.COORDINATOR, Role.ADMIN, Role.AUDITOR, Role.FOCAL_POINT];

@Resolver()
export class CompletionResolver {
  constructor(private readonly completion: CompletionService) {}

  @Roles(...READERS)
  @Query(() => PlanCompletion, { description: 'Completion, RAG and status counts of a plan as of a period (accepted data only).' })
  planCompletion(@Args() args: PlanCompletionArgs): Promise<PlanFigures> {
    return this.completion.planCompletion(args);
  }

  @Roles(...READERS)
  @Query(() => ReportingCompliance, {
    description: "Expected, on-time, late and missing reports per organisation; a focal point sees its own organisation's.",
  })
  reportingCompliance(@Args() args: ReportingComplianceArgs, @CurrentUser() user: AuthUser | null): Promise<PlanCompliance> {
    if (!user) throw unauthenticated();
    const organizationId = this.completion.complianceOrganizationFor(user, args.organizationId);
    return this.completion.reportingCompliance({ ...args, organizationId });
  }

  @Roles(...READERS)
  @Query(() => [IndicatorSummary], {
    description:
      'Indicator values of the period (accepted, combined across organisations), targets, breakdowns and change: every indicator in scope, or the page asked for.',
  })
  async indicatorSummary(@Args() args: IndicatorSummaryArgs): Promise<IndicatorFigures[]> {
    const { suppressSmallCounts, page, ...scope } = args;
    return (await this.completion.indicatorSummaryPage(scope, suppressSmallCounts, page ? pageOf(page) : null)).items;
  }

  @Roles(...READERS)
  @Query(() => IndicatorSummaryPage, {
    description: 'The figures of indicatorSummary one page at a time (the first 50 by default), with the number of indicators in scope.',
  })
  indicatorSummaryPage(@Args() args: IndicatorSummaryPageArgs): Promise<{ items: IndicatorFigures[]; total: number }> {
    const { suppressSmallCounts, page, ...scope } = args;
    return this.completion.indicatorSummaryPage(scope, suppressSmallCounts, pageOf(page));
  }
}
