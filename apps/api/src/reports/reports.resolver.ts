import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role } from '@nap/domain';
import type { AuthUser, RequestContext } from '../common/auth/auth-user';
import { CurrentUser, ReqCtx, Roles } from '../common/auth/decorators';
import { unauthenticated } from '../common/errors';
import { pageOf } from '../common/graphql/paging';
import { GenerateReportInput, GeneratedReportsArgs } from './dto/generate-report.input';
import { GeneratedReport, GeneratedReportPage } from './models/generated-report.model';
import { ReportsService } from './reports.service';

/** Focal points may ask for their own organisation's scorecard; the service checks the rest. */
const REPORT_ROLES = [Role.COORDINATOR, Role.ADMIN, Role.AUDITOR, Role.FOCAL_POINT];

function signedIn(user: AuthUser | null): AuthUser {
  if (!user) throw unauthenticated();
  return user;
}

@Resolver(() => GeneratedReport)
export class ReportsResolver {
  constructor(private readonly reports: ReportsService) {}

  @Roles(...REPORT_ROLES)
  @Mutation(() => GeneratedReport, {
    description: 'Queues a report and returns at once (status PENDING); poll generatedReport(id) for progress and the download url.',
  })
  async generateReport(@Args('input') input: GenerateReportInput, @ReqCtx() ctx: RequestContext): Promise<GeneratedReport> {
    return this.reports.toModel(await this.reports.generate(input, signedIn(ctx.user), ctx.requestId));
  }

  @Roles(...REPORT_ROLES)
  @Query(() => GeneratedReport)
  async generatedReport(@Args('id', { type: () => ID }) id: string, @CurrentUser() user: AuthUser | null): Promise<GeneratedReport> {
    return this.reports.toModel(await this.reports.findVisible(id, signedIn(user)));
  }

  @Roles(...REPORT_ROLES)
  @Query(() => GeneratedReportPage, { description: 'Reports generated for a plan that you may see, newest first.' })
  async generatedReports(@Args() args: GeneratedReportsArgs, @CurrentUser() user: AuthUser | null) {
    const { offset, limit } = pageOf(args.page);
    const { items, total } = await this.reports.list(args.planId, offset, limit, signedIn(user));
    return { items: items.map((item) => this.reports.toModel(item)), total };
  }
}
