import {
  Args,
  Context,
  Field,
  ID,
  Int,
  Mutation,
  ObjectType,
  PARAM_ARGS_METADATA,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { isUUID } from 'class-validator';
import type { GraphQLResolveInfo } from 'graphql';
import { allowedActions, daysBetween, ReportStatus, Role, type ReportAction } from '@nap/domain';
import { CurrentUser, ReqCtx, Roles } from '../common/auth/decorators';
import type { AuthUser, RequestContext } from '../common/auth/auth-user';
import { badUserInput } from '../common/errors';
import type { GraphQLContext } from '../common/graphql-context';
import { byKey, groupByKey } from '../common/loaders';
import { PageInput, Paginated, pageOf } from '../common/graphql/paging';
import { Organization } from '../organizations/models/organization.model';
import { ALL_ROLES, organizationLoader } from '../organizations/organizations.resolver';
import { OrganizationsService } from '../organizations/organizations.service';
import type { AssignmentEntity } from '../plans/entities/assignment.entity';
import type { ReportingPeriodEntity } from '../plans/entities/reporting-period.entity';
import { Assignment, Measure, ReportingPeriod } from '../plans/models/plan.models';
import { assignmentReport, plansLoaders } from '../plans/plans.loaders';
import { PlansService } from '../plans/plans.service';
import {
  EvidenceLinkInput,
  ProgressReportFilter,
  ReviewQueueFilter,
  SaveProgressReportInput,
} from './dto/reporting.inputs';
import type { EvidenceEntity } from './entities/evidence.entity';
import type { IndicatorValueEntity } from './entities/indicator-value.entity';
import type { ProgressReportEntity } from './entities/progress-report.entity';
import type { ReportEventEntity } from './entities/report-event.entity';
import { EvidenceModel, IndicatorValueModel, ProgressReport, ReportHistoryEntry } from './models/progress-report.model';
import { ReportingService } from './reporting.service';
import { EvidenceService } from './evidence.service';
import { COMMENT_MAX_LENGTH, IdempotencyKeyPipe, TextArgPipe, UuidPipe } from '../common/uuid.pipe';

const REVIEWERS = [Role.COORDINATOR, Role.ADMIN];
const ProgressReportPage = Paginated(ProgressReport, 'ProgressReportPage');

@ObjectType({ description: "One of a focal point's assignments in a period, with its report if started." })
export class MyAssignment {
  @Field(() => Assignment) assignment!: AssignmentEntity;
  @Field(() => ReportingPeriod) period!: ReportingPeriodEntity;
  @Field(() => ProgressReport, { nullable: true }) report!: ProgressReportEntity | null;
  @Field(() => Int, { description: "Days until the period's submission due date (negative when overdue)." })
  daysLeft!: number;
}

function reportLoaders(ctx: GraphQLContext, reporting: ReportingService) {
  return {
    values: ctx.loaders.get<string, IndicatorValueEntity[]>('indicatorValuesOfReport', async (ids) =>
      groupByKey(ids, await reporting.indicatorValuesOf(ids), (v) => v.reportId),
    ),
    evidence: ctx.loaders.get<string, EvidenceEntity[]>('evidenceOfReport', async (ids) =>
      groupByKey(ids, await reporting.evidenceOf(ids), (e) => e.reportId),
    ),
    history: ctx.loaders.get<string, ReportEventEntity[]>('historyOfReport', async (ids) =>
      groupByKey(ids, await reporting.historyOf(ids), (e) => e.reportId),
    ),
  };
}

@Resolver(() => ProgressReport)
export class ReportingResolver {
  constructor(
    private readonly reporting: ReportingService,
    private readonly plans: PlansService,
    private readonly organizations: OrganizationsService,
    private readonly evidence: EvidenceService,
  ) {}

  @Roles(...ALL_ROLES)
  @Query(() => ProgressReport)
  progressReport(@Args('id', { type: () => ID }, UuidPipe) id: string, @CurrentUser() user: AuthUser) {
    return this.reporting.findVisible(id, user);
  }

  @Roles(...ALL_ROLES)
  @Query(() => ProgressReportPage, {
    description: 'Scoped by role: focal points see their organisation, auditors accepted reports.',
  })
  progressReports(
    @Args('filter', { type: () => ProgressReportFilter }) filter: ProgressReportFilter,
    @CurrentUser() user: AuthUser,
    @Args('page', { type: () => PageInput, nullable: true }) page?: PageInput,
  ) {
    const { offset, limit } = pageOf(page);
    return this.reporting.list(filter, user, offset, limit);
  }

  @Roles(...REVIEWERS)
  @Query(() => [ProgressReport], { description: 'Submitted reports waiting for review, oldest first.' })
  reviewQueue(
    @Args('planId', { type: () => ID }, UuidPipe) planId: string,
    @Args('filter', { type: () => ReviewQueueFilter, nullable: true }) filter?: ReviewQueueFilter,
  ) {
    return this.reporting.reviewQueue(planId, filter ?? {});
  }

  @Roles(Role.FOCAL_POINT)
  @Query(() => [MyAssignment])
  async myAssignments(
    @Args('periodId', { type: () => ID }, UuidPipe) periodId: string,
    @CurrentUser() user: AuthUser,
  ): Promise<MyAssignment[]> {
    const today = new Date().toISOString().slice(0, 10);
    const rows = await this.reporting.myAssignments(periodId, user);
    return rows.map((r) => ({ ...r, daysLeft: daysBetween(today, r.period.dueDate) }));
  }

  @Roles(Role.FOCAL_POINT)
  @Mutation(() => ProgressReport)
  saveProgressReport(@Args('input') input: SaveProgressReportInput, @ReqCtx() ctx: RequestContext) {
    return this.reporting.save(input, ctx);
  }

  @Roles(Role.FOCAL_POINT)
  @Mutation(() => ProgressReport)
  submitProgressReport(
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @Args(
      'idempotencyKey',
      {
        type: () => String,
        nullable: true,
        description: 'Send the same key when retrying: the submission happens once.',
      },
      IdempotencyKeyPipe,
    )
    idempotencyKey: string | null,
    @ReqCtx() ctx: RequestContext,
  ) {
    return this.reporting.submit(id, ctx, idempotencyKey);
  }

  @Roles(...REVIEWERS)
  @Mutation(() => ProgressReport)
  returnProgressReport(
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @Args('comment', { type: () => String }, new TextArgPipe(COMMENT_MAX_LENGTH)) comment: string,
    @ReqCtx() ctx: RequestContext,
  ) {
    return this.reporting.returnReport(id, comment, ctx);
  }

  @Roles(...REVIEWERS)
  @Mutation(() => ProgressReport)
  acceptProgressReport(
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @Args('comment', { type: () => String, nullable: true }, new TextArgPipe(COMMENT_MAX_LENGTH))
    comment: string | null,
    @ReqCtx() ctx: RequestContext,
  ) {
    return this.reporting.accept(id, comment, ctx);
  }

  @Roles(...REVIEWERS)
  @Mutation(() => ProgressReport)
  reopenProgressReport(
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @Args('reason', { type: () => String }, new TextArgPipe(COMMENT_MAX_LENGTH)) reason: string,
    @ReqCtx() ctx: RequestContext,
  ) {
    return this.reporting.reopen(id, reason, ctx);
  }

  @Roles(Role.FOCAL_POINT)
  @Mutation(() => EvidenceModel, {
    description: 'Adds a link as evidence (files are uploaded to POST /files/evidence/<reportId>).',
  })
  addEvidenceLink(@Args('input') input: EvidenceLinkInput, @ReqCtx() ctx: RequestContext) {
    return this.evidence.addLink(input, ctx);
  }

  @Roles(Role.FOCAL_POINT)
  @Mutation(() => EvidenceModel)
  removeEvidence(@Args('id', { type: () => ID }, UuidPipe) id: string, @ReqCtx() ctx: RequestContext) {
    return this.evidence.remove(id, ctx);
  }

  @ResolveField(() => [IndicatorValueModel])
  indicatorValues(@Parent() r: ProgressReportEntity, @Context() ctx: GraphQLContext) {
    return reportLoaders(ctx, this.reporting).values.load(r.id);
  }

  @ResolveField('evidence', () => [EvidenceModel])
  async evidenceOfReport(@Parent() r: ProgressReportEntity, @Context() ctx: GraphQLContext) {
    const rows = await reportLoaders(ctx, this.reporting).evidence.load(r.id);
    return rows.map((e) => ({ ...e, downloadUrl: e.kind === 'FILE' ? `/files/evidence/${e.id}` : null }));
  }

  @ResolveField(() => [ReportHistoryEntry], {
    description: 'Every transition, oldest first, with comments and submitted snapshots.',
  })
  async history(@Parent() r: ProgressReportEntity, @Context() ctx: GraphQLContext) {
    const events = await reportLoaders(ctx, this.reporting).history.load(r.id);
    const names = ctx.loaders.get<string, string | null>('userNameById', async (ids) => {
      const users = await this.reporting.usersByIds(ids);
      return byKey(ids, users, (u) => u.id).map((u) => u?.fullName ?? null);
    });
    return Promise.all(events.map(async (e) => ({ ...e, actorName: e.actorId ? await names.load(e.actorId) : null })));
  }

  @ResolveField(() => String, {
    nullable: true,
    description: "The reviewer's latest return comment or reopening reason, shown at the top of a returned report.",
  })
  async lastComment(@Parent() r: ProgressReportEntity, @Context() ctx: GraphQLContext): Promise<string | null> {
    if (r.status !== ReportStatus.RETURNED) return null;
    const events = await reportLoaders(ctx, this.reporting).history.load(r.id);
    const last = [...events].reverse().find((e) => e.action === 'RETURN' || e.action === 'REOPEN');
    return last?.comment ?? null;
  }

  @ResolveField(() => [String], { description: 'What the signed-in user may do with this report now.' })
  async allowedActions(@Parent() r: ProgressReportEntity, @Context() ctx: GraphQLContext): Promise<ReportAction[]> {
    if (!ctx.user) return [];
    const period = await this.periodOf(r, ctx);
    return allowedActions(
      { role: ctx.user.role, organizationId: ctx.user.organizationId },
      { status: r.status, organizationId: r.organizationId },
      period.status,
    );
  }

  @ResolveField(() => Measure)
  measure(@Parent() r: ProgressReportEntity, @Context() ctx: GraphQLContext) {
    return plansLoaders(ctx, this.plans).measureById.load(r.measureId);
  }

  @ResolveField(() => Organization)
  organization(@Parent() r: ProgressReportEntity, @Context() ctx: GraphQLContext) {
    return organizationLoader(ctx, this.organizations).load(r.organizationId);
  }

  @ResolveField(() => ReportingPeriod)
  period(@Parent() r: ProgressReportEntity, @Context() ctx: GraphQLContext) {
    return this.periodOf(r, ctx);
  }

  private async periodOf(r: ProgressReportEntity, ctx: GraphQLContext): Promise<ReportingPeriodEntity> {
    const loader = ctx.loaders.get<string, ReportingPeriodEntity | null>('periodById', async (ids) => {
      return byKey(ids, await this.plans.periodsByIds(ids), (p) => p.id);
    });
    return (await loader.load(r.periodId)) as ReportingPeriodEntity;
  }
}

/** Report fields on Assignment, scoped to what the signed-in user may read. */
@Resolver(() => Assignment)
export class AssignmentReportResolver {
  constructor(private readonly plans: PlansService) {}

  @ResolveField(() => ProgressReport, {
    nullable: true,
    description: 'This assignment’s report for the period, if the user may see it.',
  })
  report(
    a: AssignmentEntity,
    @Args('periodId', { type: () => ID }) args: { periodId: unknown },
    ctx: GraphQLContext,
    info: GraphQLResolveInfo,
  ) {
    // Bound directly by Nest (see below), so GraphQL's own (parent, args, context) arrive here
    // and the UUID check is made here rather than by UuidPipe.
    const { periodId } = args;
    if (typeof periodId !== 'string' || !isUUID(periodId)) {
      throw badUserInput([{ field: 'periodId', message: 'must be an id (UUID) returned by the API' }]);
    }
    // Read with the plan tree's assignments, or one batched statement (plans/plan-tree.reads.ts).
    return assignmentReport(a, periodId, ctx, this.plans, info);
  }
}
// A plan tree resolves `report` for every assignment (1,500+): without parameter metadata Nest
// binds the method directly instead of wrapping each call in its async context pipeline
// (ResolversExplorerService.canUseFastFieldResolver). `@Args` above still declares the argument
// in the schema; only the runtime parameter mapping is dropped.
Reflect.deleteMetadata(PARAM_ARGS_METADATA, AssignmentReportResolver, 'report');
