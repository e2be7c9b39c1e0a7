import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import {
  canReadReport,
  decide,
  ErrorCode,
  isLate,
  PeriodStatus,
  ReportStatus,
  Role,
  totalFromBreakdown,
  validateIndicatorValue,
  type ReportAction,
} from '@nap/domain';
import { AuditService } from '../audit/audit.service';
import { RollupService } from '../completion/rollup.service';
import type { AuthUser, RequestContext } from '../common/auth/auth-user';
import { AppError, badUserInput, conflict, forbidden, notFound, type FieldProblem } from '../common/errors';
import { AssignmentEntity } from '../plans/entities/assignment.entity';
import { MeasureEntity } from '../plans/entities/measure.entity';
import { ReportingPeriodEntity } from '../plans/entities/reporting-period.entity';
import type { ProgressReportFilter, ReviewQueueFilter, SaveProgressReportInput } from './dto/reporting.inputs';
import { EvidenceEntity } from './entities/evidence.entity';
import { IndicatorValueEntity } from './entities/indicator-value.entity';
import { ProgressReportEntity } from './entities/progress-report.entity';
import { ReportEventEntity } from './entities/report-event.entity';
import { IdempotencyKeyEntity } from './entities/idempotency-key.entity';
import { applyTransition, insertReport, lockForTransition, lookupForSave, updateReport, type IndicatorForCheck, type SnapshotParts, type ValueRow } from './report-writes';
import { UserEntity } from '../users/entities/user.entity';

const UNIQUE_VIOLATION = '23505';

function actorOf(user: AuthUser) {
  return { role: user.role, organizationId: user.organizationId };
}

/** The workflow of progress reports: every rule comes from `decide` in libs/domain. */
@Injectable()
export class ReportingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly rollups: RollupService,
  ) {}

  // ---- reads -------------------------------------------------------------------------

  async findVisible(id: string, user: AuthUser): Promise<ProgressReportEntity> {
    const report = await this.dataSource.getRepository(ProgressReportEntity).findOneBy({ id });
    if (!report) throw notFound('ProgressReport', id);
    if (!canReadReport(actorOf(user), report.organizationId, report.status)) {
      throw forbidden('This report belongs to another organisation or is not accepted yet.');
    }
    return report;
  }

  /** Scoped on the server: focal points see their organisation only, auditors accepted reports only. */
  async list(filter: ProgressReportFilter, user: AuthUser, offset: number, limit: number): Promise<{ items: ProgressReportEntity[]; total: number }> {
    if (user.role === Role.FOCAL_POINT && filter.organizationId && filter.organizationId !== user.organizationId) {
      throw forbidden("A focal point sees only their own organisation's reports.");
    }
    const qb = this.dataSource.getRepository(ProgressReportEntity).createQueryBuilder('r');
    if (user.role === Role.FOCAL_POINT) qb.andWhere('r.organization_id = :own', { own: user.organizationId });
    if (user.role === Role.AUDITOR) qb.andWhere('r.status = :accepted', { accepted: ReportStatus.ACCEPTED });
    if (filter.organizationId) qb.andWhere('r.organization_id = :org', { org: filter.organizationId });
    if (filter.periodId) qb.andWhere('r.period_id = :period', { period: filter.periodId });
    if (filter.measureId) qb.andWhere('r.measure_id = :measure', { measure: filter.measureId });
    if (filter.planId) qb.andWhere('r.measure_id IN (SELECT id FROM measure WHERE plan_id = :plan)', { plan: filter.planId });
    if (filter.sectionId) qb.andWhere('r.measure_id IN (SELECT id FROM measure WHERE section_id = :section)', { section: filter.sectionId });
    if (filter.statuses?.length) qb.andWhere('r.status IN (:...statuses)', { statuses: filter.statuses });
    if (filter.late !== undefined) qb.andWhere('r.late = :late', { late: filter.late });
    const [items, total] = await qb.orderBy('r.updated_at', 'DESC').addOrderBy('r.id').skip(offset).take(limit).getManyAndCount();
    return { items, total };
  }

  async reviewQueue(planId: string, filter: ReviewQueueFilter): Promise<ProgressReportEntity[]> {
    const qb = this.dataSource
      .getRepository(ProgressReportEntity)
      .createQueryBuilder('r')
      .innerJoin(MeasureEntity, 'm', 'm.id = r.measure_id')
      .where('m.plan_id = :planId AND r.status = :submitted', { planId, submitted: ReportStatus.SUBMITTED });
    if (filter.periodId) qb.andWhere('r.period_id = :period', { period: filter.periodId });
    if (filter.organizationId) qb.andWhere('r.organization_id = :org', { org: filter.organizationId });
    if (filter.sectionId) qb.andWhere('m.section_id = :section', { section: filter.sectionId });
    if (filter.late !== undefined) qb.andWhere('r.late = :late', { late: filter.late });
    // Oldest submission first: the queue is worked in arrival order.
    return qb.orderBy('r.submitted_at', 'ASC').addOrderBy('r.id').getMany();
  }

  /** A focal point's assignments in the period's plan, each with its report for the period (if any). */
  async myAssignments(periodId: string, user: AuthUser): Promise<{ assignment: AssignmentEntity; period: ReportingPeriodEntity; report: ProgressReportEntity | null }[]> {
    const period = await this.dataSource.getRepository(ReportingPeriodEntity).findOneBy({ id: periodId });
    if (!period) throw notFound('ReportingPeriod', periodId);
    if (!user.organizationId) return [];
    const assignments = await this.dataSource
      .getRepository(AssignmentEntity)
      .createQueryBuilder('a')
      .innerJoin(MeasureEntity, 'm', 'm.id = a.measure_id')
      .where('m.plan_id = :planId AND a.organization_id = :org', { planId: period.planId, org: user.organizationId })
      .orderBy('m.due_date', 'ASC')
      .addOrderBy('m.code', 'ASC')
      .getMany();
    const reports = assignments.length
      ? await this.dataSource.getRepository(ProgressReportEntity).findBy({ periodId, assignmentId: In(assignments.map((a) => a.id)) })
      : [];
    const byAssignment = new Map(reports.map((r) => [r.assignmentId, r]));
    return assignments.map((assignment) => ({ assignment, period, report: byAssignment.get(assignment.id) ?? null }));
  }

  indicatorValuesOf(reportIds: readonly string[]): Promise<IndicatorValueEntity[]> {
    return this.dataSource.getRepository(IndicatorValueEntity).findBy({ reportId: In([...reportIds]) });
  }

  evidenceOf(reportIds: readonly string[]): Promise<EvidenceEntity[]> {
    return this.dataSource.getRepository(EvidenceEntity).find({ where: { reportId: In([...reportIds]) }, order: { createdAt: 'ASC' } });
  }

  historyOf(reportIds: readonly string[]): Promise<ReportEventEntity[]> {
    return this.dataSource.getRepository(ReportEventEntity).find({ where: { reportId: In([...reportIds]) }, order: { at: 'ASC' } });
  }

  usersByIds(ids: readonly string[]): Promise<UserEntity[]> {
    return this.dataSource.getRepository(UserEntity).findBy({ id: In([...ids]) });
  }

  // ---- writes ------------------------------------------------------------------------

  async save(input: SaveProgressReportInput, ctx: RequestContext): Promise<ProgressReportEntity> {
    const user = ctx.user as AuthUser;
    try {
      return await this.dataSource.transaction(async (manager) => {
        // One statement: assignment, period (in the measure's plan), the report locked, the indicators.
        const found = await lookupForSave(manager, input, (input.indicatorValues ?? []).length > 0);
        const { assignmentId, organizationId, period, existing } = found;
        if (!assignmentId || !organizationId) {
          throw badUserInput([{ field: 'organizationId', message: 'this organisation is not assigned to the measure' }]);
        }
        if (!period) {
          throw badUserInput([{ field: 'periodId', message: 'no such reporting period in the plan of this measure' }]);
        }
        this.enforce('SAVE', user, existing, organizationId, period.status, null);

        const values = this.checkIndicatorValues(input, found.indicators);
        if (existing && input.version === undefined) {
          throw badUserInput([{ field: 'version', message: 'the report exists: send the version you are editing' }]);
        }
        if (existing && input.version !== existing.version) {
          throw conflict(`The report was saved by someone else meanwhile (you edited version ${input.version}, it is now version ${existing.version}). Reload it and apply your changes again.`, {
            currentVersion: existing.version,
          });
        }
        const fields = {
          implementationStatus: input.implementationStatus,
          percentComplete: input.percentComplete,
          narrativeAz: input.narrativeAz ?? null,
          narrativeEn: input.narrativeEn ?? null,
          narrativeRu: input.narrativeRu ?? null,
          challenges: input.challenges ?? null,
          nextSteps: input.nextSteps ?? null,
          expenditureAmount: input.expenditure?.amount ?? null,
          expenditureCurrency: input.expenditure?.currency ?? null,
          expenditureSource: input.expenditure?.source ?? null,
        };
        // Each write is one statement with the report's indicator values, returning the stored row.
        let saved: ProgressReportEntity;
        if (!existing) {
          saved = await insertReport(
            manager,
            { ...fields, assignmentId, periodId: period.id, measureId: input.measureId, organizationId, status: ReportStatus.DRAFT, createdBy: user.id, updatedBy: user.id },
            values,
          );
        } else {
          // The version in the WHERE clause is the lock; the row lock above makes the check exact.
          const updated = await updateReport(manager, existing.id, input.version as number, fields, user.id, values);
          if (!updated) throw conflict('The report was saved by someone else meanwhile. Reload it and apply your changes again.');
          saved = updated;
        }
        await this.audit.record(manager, user, ctx.requestId, {
          action: existing ? 'UPDATE' : 'CREATE',
          entityType: 'ProgressReport',
          entityId: saved.id,
          before: existing,
          after: { ...saved, indicatorValues: values },
        });
        return saved;
      });
    } catch (error) {
      // Two first saves of the same report raced: the unique index let one through.
      if ((error as { code?: string }).code === UNIQUE_VIOLATION) {
        throw conflict('The report was created by someone else meanwhile. Reload it and apply your changes again.');
      }
      throw error;
    }
  }

  submit(id: string, ctx: RequestContext, idempotencyKey: string | null = null) {
    return this.transition(id, 'SUBMIT', null, ctx, idempotencyKey);
  }
  returnReport(id: string, comment: string, ctx: RequestContext) {
    return this.transition(id, 'RETURN', comment, ctx);
  }
  accept(id: string, comment: string | null, ctx: RequestContext) {
    return this.transition(id, 'ACCEPT', comment, ctx);
  }
  reopen(id: string, reason: string, ctx: RequestContext) {
    return this.transition(id, 'REOPEN', reason, ctx);
  }

  private async transition(
    id: string,
    action: Exclude<ReportAction, 'SAVE'>,
    comment: string | null,
    ctx: RequestContext,
    idempotencyKey: string | null = null,
  ): Promise<ProgressReportEntity> {
    const user = ctx.user as AuthUser;
    return this.dataSource.transaction(async (manager) => {
      // One statement: the report locked with its period, and the idempotency key claimed.
      const locked = await lockForTransition(manager, id, idempotencyKey ? { userId: user.id, key: idempotencyKey, operation: action } : null);
      if (!locked) throw notFound('ProgressReport', id);
      const { report: before, period } = locked;
      if (idempotencyKey && !locked.keyClaimed) {
        // A retry of a request that already went through returns its result instead of failing.
        const seen = (await manager.getRepository(IdempotencyKeyEntity).findOneBy({ userId: user.id, key: idempotencyKey })) as IdempotencyKeyEntity;
        if (seen.entityId !== id || seen.operation !== action) {
          throw badUserInput([{ field: 'idempotencyKey', message: 'this key was already used for another request' }]);
        }
        if (!canReadReport(actorOf(user), before.organizationId, before.status)) throw forbidden();
        return before;
      }
      const next = this.enforce(action, user, before, before.organizationId, period.status, action === 'SUBMIT' || action === 'ACCEPT' ? null : comment);
      const now = new Date();
      const firstSubmission = action === 'SUBMIT' && before.submittedAt === null;
      const changes: Partial<ProgressReportEntity> = { status: next, updatedBy: user.id };
      if (action === 'SUBMIT') {
        changes.submittedBy = user.id;
        // Lateness is judged on the first submission: a correction asked for by the reviewer is not late.
        if (firstSubmission) {
          changes.submittedAt = now;
          changes.late = isLate(now, period.dueDate);
        }
      }
      if (action === 'RETURN') Object.assign(changes, { returnedAt: now, returnedBy: user.id });
      if (action === 'ACCEPT') Object.assign(changes, { acceptedAt: now, acceptedBy: user.id });
      if (action === 'REOPEN') Object.assign(changes, { reopenedAt: now, reopenedBy: user.id, acceptedAt: null, acceptedBy: null });
      // One statement: the change, returning the stored row (and, to submit, what the snapshot holds).
      const { after, parts } = await applyTransition(manager, id, changes, action === 'SUBMIT');
      const snapshot = parts ? this.snapshot(after, parts) : null;
      await manager.getRepository(ReportEventEntity).insert({
        reportId: id,
        action,
        fromStatus: before.status,
        toStatus: next,
        reportVersion: after.version,
        comment: comment?.trim() || null,
        snapshot: snapshot as object,
        actorId: user.id,
        at: now,
        late: action === 'SUBMIT' ? isLate(now, period.dueDate) : false,
      });
      await this.audit.record(manager, user, ctx.requestId, { action, entityType: 'ProgressReport', entityId: id, before, after: { ...after, comment: comment ?? null } });
      // Last before COMMIT: a rollup move also bumps the plan's dashboard version, a row every
      // submission of the plan updates, so it is held for one statement and the commit only.
      await this.rollups.reportChanged(manager, period.planId, after, action, before);
      return after;
    });
  }

  /** The report as submitted, immutable in report_event, for comparing resubmissions. */
  private snapshot(report: ProgressReportEntity, { indicatorValues: values, evidence }: SnapshotParts): Record<string, unknown> {
    return {
      implementationStatus: report.implementationStatus,
      percentComplete: report.percentComplete,
      narrativeAz: report.narrativeAz,
      narrativeEn: report.narrativeEn,
      narrativeRu: report.narrativeRu,
      challenges: report.challenges,
      nextSteps: report.nextSteps,
      expenditure: report.expenditureAmount === null ? null : { amount: report.expenditureAmount, currency: report.expenditureCurrency, source: report.expenditureSource },
      indicatorValues: values.map((v) => ({ indicatorId: v.indicatorId, value: v.value, breakdown: v.breakdown })),
      evidence: evidence.map((e) => ({ id: e.id, kind: e.kind, title: e.title, url: e.url, fileName: e.fileName, sha256: e.sha256 })),
    };
  }

  /** Applies the domain's decision, or throws its error with the right code. */
  private enforce(action: ReportAction, user: AuthUser, report: ProgressReportEntity | null, organizationId: string, periodStatus: PeriodStatus, comment: string | null): ReportStatus {
    const decision = decide({
      action,
      actor: actorOf(user),
      report: report ? { status: report.status, organizationId: report.organizationId } : null,
      reportOrganizationId: organizationId,
      periodStatus,
      comment,
    });
    if (decision.ok) return decision.next;
    if (decision.code === ErrorCode.BAD_USER_INPUT) {
      throw badUserInput([{ field: decision.field ?? 'input', message: decision.reason }]);
    }
    throw new AppError(decision.code, decision.reason);
  }

  /** Indicator values must belong to the measure, name real options, and add up. */
  private checkIndicatorValues(input: SaveProgressReportInput, indicators: IndicatorForCheck[]): ValueRow[] {
    const given = input.indicatorValues ?? [];
    if (given.length === 0) return [];
    const byId = new Map(indicators.map((i) => [i.id, i]));
    const problems: FieldProblem[] = [];
    const seen = new Set<string>();
    const rows: ValueRow[] = [];
    given.forEach((v, i) => {
      const path = `indicatorValues[${i}]`;
      const indicator = byId.get(v.indicatorId);
      if (!indicator) {
        problems.push({ field: `${path}.indicatorId`, message: 'this indicator does not belong to the measure' });
        return;
      }
      if (seen.has(v.indicatorId)) problems.push({ field: `${path}.indicatorId`, message: 'indicator given twice' });
      seen.add(v.indicatorId);
      const breakdown = (v.breakdown ?? []).map((c) => ({ options: c.options, value: c.value }));
      const value = v.value ?? null;
      const errors = validateIndicatorValue(indicator.dimensions, { value, breakdown }, { unit: indicator.unit, path });
      problems.push(...errors);
      if (errors.length === 0) {
        rows.push({ indicatorId: indicator.id, value: value ?? totalFromBreakdown(indicator.dimensions, breakdown, indicator.unit), breakdown });
      }
    });
    if (problems.length) throw badUserInput(problems);
    return rows;
  }
}
