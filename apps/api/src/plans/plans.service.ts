import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import { AssignmentRole, azIncludes, PeriodStatus, PlanStatus } from '@nap/domain';
import { AuditService } from '../audit/audit.service';
import { RollupService } from '../completion/rollup.service';
import type { RequestContext } from '../common/auth/auth-user';
import { badUserInput, conflict, invalidState, notFound, type FieldProblem } from '../common/errors';
import { OrganizationEntity } from '../organizations/entities/organization.entity';
import { ProgressReportEntity } from '../reporting/entities/progress-report.entity';
import type {
  CreateIndicatorInput,
  CreateMeasureInput,
  CreatePlanInput,
  CreateSectionInput,
  MeasureFilter,
  OpenReportingPeriodInput,
  UpdateMeasureInput,
} from './dto/plan.inputs';
import { ActionPlanEntity } from './entities/action-plan.entity';
import { AssignmentEntity } from './entities/assignment.entity';
import { IndicatorEntity } from './entities/indicator.entity';
import { MeasureEntity } from './entities/measure.entity';
import { PlanSectionEntity } from './entities/plan-section.entity';
import { ReportingPeriodEntity } from './entities/reporting-period.entity';
import { loadMeasureParts, loadPlanParts, loadReportsOfAssignments, type MeasurePartsOptions, type TreeReport } from './plan-tree.reads';

function checkDates(start: string, end: string, endField: string, label = 'start date'): void {
  if (end < start) throw badUserInput([{ field: endField, message: `${endField} must not be before the ${label}` }]);
}

@Injectable()
export class PlansService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly rollups: RollupService,
  ) {}

  // ---- reads -------------------------------------------------------------------------

  plans(): Promise<ActionPlanEntity[]> {
    return this.dataSource.getRepository(ActionPlanEntity).find({ order: { startDate: 'DESC', code: 'ASC' } });
  }

  async plan(id: string): Promise<ActionPlanEntity> {
    const plan = await this.dataSource.getRepository(ActionPlanEntity).findOneBy({ id });
    if (!plan) throw notFound('ActionPlan', id);
    return plan;
  }

  // ---- the plan tree (see plan-tree.reads.ts) ----------------------------------------

  /** Sections, periods and measures of plans, `part:planId` keys, one statement. */
  planParts(keys: readonly string[]): Promise<unknown[][]> {
    return loadPlanParts(this.dataSource.manager, keys);
  }

  /** Assignments (with organisations, parents and reports of the periods asked for) and indicators of measures, `part:measureId` keys, one statement. */
  measureParts(keys: readonly string[], options: MeasurePartsOptions): Promise<unknown[][]> {
    return loadMeasureParts(this.dataSource.manager, keys, options);
  }

  /** Reports of `assignmentId|periodId` pairs, one statement. */
  reportsOfAssignments(keys: readonly string[]): Promise<(TreeReport | null)[]> {
    return loadReportsOfAssignments(this.dataSource.manager, keys);
  }

  measuresOfSections(sectionIds: readonly string[]): Promise<MeasureEntity[]> {
    return this.dataSource.getRepository(MeasureEntity).find({ where: { sectionId: In([...sectionIds]) }, order: { code: 'ASC' } });
  }

  measuresByIds(ids: readonly string[]): Promise<MeasureEntity[]> {
    return this.dataSource.getRepository(MeasureEntity).findBy({ id: In([...ids]) });
  }

  sectionsByIds(ids: readonly string[]): Promise<PlanSectionEntity[]> {
    return this.dataSource.getRepository(PlanSectionEntity).findBy({ id: In([...ids]) });
  }

  periodsOfPlans(planIds: readonly string[]): Promise<ReportingPeriodEntity[]> {
    return this.dataSource.getRepository(ReportingPeriodEntity).find({ where: { planId: In([...planIds]) }, order: { startDate: 'ASC' } });
  }

  periodsByIds(ids: readonly string[]): Promise<ReportingPeriodEntity[]> {
    return this.dataSource.getRepository(ReportingPeriodEntity).findBy({ id: In([...ids]) });
  }

  async reportingPeriods(planId: string): Promise<ReportingPeriodEntity[]> {
    await this.plan(planId);
    return this.periodsOfPlans([planId]);
  }

  async period(id: string): Promise<ReportingPeriodEntity> {
    const period = await this.dataSource.getRepository(ReportingPeriodEntity).findOneBy({ id });
    if (!period) throw notFound('ReportingPeriod', id);
    return period;
  }

  /**
   * Measures matching the filter, paged. The search folds case the Azerbaijani way
   * (İ/i, I/ı) in Node because PostgreSQL's lower() depends on the server's locale.
   */
  async measures(filter: MeasureFilter, offset: number, limit: number): Promise<{ items: MeasureEntity[]; total: number }> {
    const qb = this.dataSource.getRepository(MeasureEntity).createQueryBuilder('m');
    if (filter.planId) qb.andWhere('m.plan_id = :planId', { planId: filter.planId });
    if (filter.sectionId) {
      // The section and the sections nested below it.
      qb.andWhere(
        `m.section_id IN (WITH RECURSIVE tree AS (SELECT id FROM plan_section WHERE id = :sectionId
           UNION ALL SELECT s.id FROM plan_section s JOIN tree t ON s.parent_id = t.id) SELECT id FROM tree)`,
        { sectionId: filter.sectionId },
      );
    }
    if (filter.organizationId) {
      qb.andWhere('EXISTS (SELECT 1 FROM assignment a WHERE a.measure_id = m.id AND a.organization_id = :orgId)', { orgId: filter.organizationId });
    }
    if (filter.overdueOn) {
      qb.andWhere('m.due_date < :overdueOn AND m.recurring = false', { overdueOn: filter.overdueOn });
    }
    qb.orderBy("string_to_array(regexp_replace(m.code, '[^0-9.]', '', 'g'), '.')::int[]", 'ASC', 'NULLS LAST').addOrderBy('m.code', 'ASC');
    let rows = await qb.getMany();
    if (filter.search) {
      const needle = filter.search.trim();
      rows = rows.filter((m) => azIncludes(`${m.code} ${m.titleAz} ${m.titleEn}`, needle));
    }
    return { items: rows.slice(offset, offset + limit), total: rows.length };
  }

  // ---- writes ------------------------------------------------------------------------

  async createPlan(input: CreatePlanInput, ctx: RequestContext): Promise<ActionPlanEntity> {
    checkDates(input.startDate, input.endDate, 'endDate');
    return this.dataSource.transaction(async (manager) => {
      if (await manager.getRepository(ActionPlanEntity).exist({ where: { code: input.code } })) {
        throw badUserInput([{ field: 'code', message: `a plan with code ${input.code} already exists` }]);
      }
      const saved = await manager.getRepository(ActionPlanEntity).save({
        code: input.code,
        titleAz: input.titleAz.trim(),
        titleEn: input.titleEn.trim(),
        titleRu: input.titleRu ?? null,
        startDate: input.startDate,
        endDate: input.endDate,
        approvingAct: input.approvingAct ?? null,
        approvedOn: input.approvedOn ?? null,
        status: input.status ?? PlanStatus.DRAFT,
      });
      await this.audit.record(manager, ctx.user, ctx.requestId, { action: 'CREATE', entityType: 'ActionPlan', entityId: saved.id, after: saved });
      return saved;
    });
  }

  async createSection(input: CreateSectionInput, ctx: RequestContext): Promise<PlanSectionEntity> {
    return this.dataSource.transaction(async (manager) => {
      await this.lockedPlan(manager, input.planId, 'planId');
      if (input.parentId) {
        const parent = await manager.getRepository(PlanSectionEntity).findOneBy({ id: input.parentId });
        if (!parent || parent.planId !== input.planId) throw badUserInput([{ field: 'parentId', message: 'no such section in this plan' }]);
      }
      if (await manager.getRepository(PlanSectionEntity).exist({ where: { planId: input.planId, code: input.code } })) {
        throw badUserInput([{ field: 'code', message: `section ${input.code} already exists in this plan` }]);
      }
      const saved = await manager.getRepository(PlanSectionEntity).save({
        planId: input.planId,
        parentId: input.parentId ?? null,
        code: input.code,
        titleAz: input.titleAz.trim(),
        titleEn: input.titleEn.trim(),
        sortOrder: input.sortOrder ?? 0,
      });
      await this.audit.record(manager, ctx.user, ctx.requestId, { action: 'CREATE', entityType: 'Section', entityId: saved.id, after: saved });
      return saved;
    });
  }

  async createMeasure(input: CreateMeasureInput, ctx: RequestContext): Promise<MeasureEntity> {
    checkDates(input.startDate, input.dueDate, 'dueDate');
    return this.dataSource.transaction(async (manager) => {
      const section = await manager.getRepository(PlanSectionEntity).findOneBy({ id: input.sectionId });
      if (!section) throw badUserInput([{ field: 'sectionId', message: 'no such section' }]);
      const plan = await this.lockedPlan(manager, section.planId, 'sectionId');
      this.checkWithinPlan(plan, input.startDate, input.dueDate);
      if (await manager.getRepository(MeasureEntity).exist({ where: { planId: plan.id, code: input.code } })) {
        throw badUserInput([{ field: 'code', message: `measure ${input.code} already exists in this plan` }]);
      }
      const saved = await manager.getRepository(MeasureEntity).save({
        planId: plan.id,
        sectionId: section.id,
        code: input.code,
        titleAz: input.titleAz.trim(),
        titleEn: input.titleEn.trim(),
        descriptionAz: input.descriptionAz ?? null,
        descriptionEn: input.descriptionEn ?? null,
        startDate: input.startDate,
        dueDate: input.dueDate,
        recurring: input.recurring ?? false,
        weight: input.weight ?? 1,
        plannedBudget: input.plannedBudget ?? null,
        budgetCurrency: input.budgetCurrency ?? (input.plannedBudget !== undefined ? 'AZN' : null),
        fundingSource: input.fundingSource ?? null,
        expectedResultAz: input.expectedResultAz ?? null,
        expectedResultEn: input.expectedResultEn ?? null,
        tags: input.tags ?? [],
      });
      await this.audit.record(manager, ctx.user, ctx.requestId, { action: 'CREATE', entityType: 'Measure', entityId: saved.id, after: saved });
      return saved;
    });
  }

  /** Optimistic lock: the UPDATE names the version read; zero rows changed means someone else saved first. */
  async updateMeasure(input: UpdateMeasureInput, ctx: RequestContext): Promise<MeasureEntity> {
    return this.dataSource.transaction(async (manager) => {
      const before = await manager.getRepository(MeasureEntity).findOneBy({ id: input.id });
      if (!before) throw notFound('Measure', input.id);
      const { id, version, ...changes } = input;
      const next = { ...before, ...Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)) } as MeasureEntity;
      checkDates(next.startDate, next.dueDate, 'dueDate');
      if (next.sectionId !== before.sectionId) {
        const section = await manager.getRepository(PlanSectionEntity).findOneBy({ id: next.sectionId });
        if (!section || section.planId !== before.planId) throw badUserInput([{ field: 'sectionId', message: 'no such section in this plan' }]);
      }
      if (next.code !== before.code && (await manager.getRepository(MeasureEntity).exist({ where: { planId: before.planId, code: next.code } }))) {
        throw badUserInput([{ field: 'code', message: `measure ${next.code} already exists in this plan` }]);
      }
      const result = await manager
        .createQueryBuilder()
        .update(MeasureEntity)
        .set({
          sectionId: next.sectionId,
          code: next.code,
          titleAz: next.titleAz,
          titleEn: next.titleEn,
          descriptionAz: next.descriptionAz,
          descriptionEn: next.descriptionEn,
          startDate: next.startDate,
          dueDate: next.dueDate,
          recurring: next.recurring,
          weight: next.weight,
          plannedBudget: next.plannedBudget,
          budgetCurrency: next.budgetCurrency,
          fundingSource: next.fundingSource,
          expectedResultAz: next.expectedResultAz,
          expectedResultEn: next.expectedResultEn,
          tags: next.tags,
          version: () => 'version + 1',
          updatedAt: () => 'now()',
        })
        .where('id = :id AND version = :version', { id, version })
        .execute();
      if (result.affected !== 1) {
        throw conflict(`Measure ${before.code} was changed by someone else (you had version ${version}, it is now ${before.version}). Reload and apply your changes again.`, {
          currentVersion: before.version,
        });
      }
      const after = (await manager.getRepository(MeasureEntity).findOneBy({ id })) as MeasureEntity;
      await this.rollups.measureChanged(manager, before, after);
      await this.audit.record(manager, ctx.user, ctx.requestId, { action: 'UPDATE', entityType: 'Measure', entityId: id, before, after });
      return after;
    });
  }

  async assignMeasure(measureId: string, organizationId: string, role: AssignmentRole, ctx: RequestContext): Promise<AssignmentEntity> {
    return this.dataSource.transaction(async (manager) => {
      const measure = await manager.getRepository(MeasureEntity).findOneBy({ id: measureId });
      if (!measure) throw badUserInput([{ field: 'measureId', message: 'no such measure' }]);
      // Serialise assignment changes of one measure so "one LEAD" holds under concurrency.
      await manager.query('SELECT id FROM measure WHERE id = $1 FOR UPDATE', [measureId]);
      if (!(await manager.getRepository(OrganizationEntity).exist({ where: { id: organizationId } }))) {
        throw badUserInput([{ field: 'organizationId', message: 'no such organisation' }]);
      }
      const repo = manager.getRepository(AssignmentEntity);
      const existing = await repo.findOneBy({ measureId, organizationId });
      if (existing) {
        if (existing.role === role) return existing;
        throw badUserInput([{ field: 'organizationId', message: `this organisation is already assigned as ${existing.role}; unassign it first` }]);
      }
      if (role === AssignmentRole.LEAD && (await repo.exist({ where: { measureId, role: AssignmentRole.LEAD } }))) {
        throw badUserInput([{ field: 'role', message: 'this measure already has a LEAD organisation (exactly one per measure)' }]);
      }
      const saved = await repo.save({ measureId, organizationId, role });
      await this.rollups.assignmentChanged(manager, measureId, organizationId);
      await this.audit.record(manager, ctx.user, ctx.requestId, { action: 'ASSIGN', entityType: 'Assignment', entityId: saved.id, after: saved });
      return saved;
    });
  }

  async unassignMeasure(measureId: string, organizationId: string, ctx: RequestContext): Promise<AssignmentEntity> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT id FROM measure WHERE id = $1 FOR UPDATE', [measureId]);
      const repo = manager.getRepository(AssignmentEntity);
      const existing = await repo.findOneBy({ measureId, organizationId });
      if (!existing) throw notFound('Assignment', `${measureId}/${organizationId}`);
      if (await manager.getRepository(ProgressReportEntity).exist({ where: { assignmentId: existing.id } })) {
        throw invalidState('This organisation has already reported on the measure; its reports must be kept, so it cannot be unassigned.');
      }
      await repo.delete({ id: existing.id });
      await this.rollups.assignmentChanged(manager, measureId, organizationId);
      await this.audit.record(manager, ctx.user, ctx.requestId, { action: 'UNASSIGN', entityType: 'Assignment', entityId: existing.id, before: existing });
      return existing;
    });
  }

  async createIndicator(input: CreateIndicatorInput, ctx: RequestContext): Promise<IndicatorEntity> {
    const problems: FieldProblem[] = [];
    const dims = input.dimensions ?? [];
    const seen = new Set<string>();
    dims.forEach((d, i) => {
      if (seen.has(d.code)) problems.push({ field: `dimensions[${i}].code`, message: `dimension ${d.code} is listed twice` });
      seen.add(d.code);
      if (new Set(d.options).size !== d.options.length) problems.push({ field: `dimensions[${i}].options`, message: 'options must be unique' });
    });
    if (input.unit === 'AMOUNT' && !input.currency) problems.push({ field: 'currency', message: 'an AMOUNT indicator needs a currency' });
    if (input.unit === 'PERCENT' && input.target !== undefined && (input.target < 0 || input.target > 100)) {
      problems.push({ field: 'target', message: 'a percentage target must be between 0 and 100' });
    }
    if (problems.length) throw badUserInput(problems);
    return this.dataSource.transaction(async (manager) => {
      const measure = await manager.getRepository(MeasureEntity).findOneBy({ id: input.measureId });
      if (!measure) throw badUserInput([{ field: 'measureId', message: 'no such measure' }]);
      const count = await manager.getRepository(IndicatorEntity).count({ where: { measureId: measure.id } });
      const code = input.code ?? `${measure.code}.i${count + 1}`;
      if (await manager.getRepository(IndicatorEntity).exist({ where: { measureId: measure.id, code } })) {
        throw badUserInput([{ field: 'code', message: `indicator ${code} already exists on this measure` }]);
      }
      const saved = await manager.getRepository(IndicatorEntity).save({
        measureId: measure.id,
        code,
        nameAz: input.nameAz.trim(),
        nameEn: input.nameEn.trim(),
        unit: input.unit,
        currency: input.currency ?? null,
        combineRule: input.combineRule,
        baseline: input.baseline ?? null,
        target: input.target ?? null,
        dimensions: dims.map((d) => ({ code: d.code, options: d.options })),
        sortOrder: count,
      });
      await this.audit.record(manager, ctx.user, ctx.requestId, { action: 'CREATE', entityType: 'Indicator', entityId: saved.id, after: saved });
      return saved;
    });
  }

  async openReportingPeriod(input: OpenReportingPeriodInput, ctx: RequestContext): Promise<ReportingPeriodEntity> {
    checkDates(input.startDate, input.endDate, 'endDate');
    checkDates(input.startDate, input.dueDate, 'dueDate');
    return this.dataSource.transaction(async (manager) => {
      await this.lockedPlan(manager, input.planId, 'planId');
      const repo = manager.getRepository(ReportingPeriodEntity);
      if (await repo.exist({ where: { planId: input.planId, label: input.label } })) {
        throw badUserInput([{ field: 'label', message: `period ${input.label} already exists in this plan` }]);
      }
      const overlapping = await repo
        .createQueryBuilder('p')
        .where('p.plan_id = :planId AND p.start_date <= :end AND p.end_date >= :start', { planId: input.planId, start: input.startDate, end: input.endDate })
        .getOne();
      if (overlapping) throw badUserInput([{ field: 'startDate', message: `overlaps period ${overlapping.label}` }]);
      const saved = await repo.save({
        planId: input.planId,
        label: input.label.trim(),
        startDate: input.startDate,
        endDate: input.endDate,
        dueDate: input.dueDate,
        status: PeriodStatus.OPEN,
      });
      await this.rollups.periodOpened(manager, saved);
      await this.audit.record(manager, ctx.user, ctx.requestId, { action: 'OPEN', entityType: 'ReportingPeriod', entityId: saved.id, after: saved });
      return saved;
    });
  }

  async closeReportingPeriod(id: string, ctx: RequestContext): Promise<ReportingPeriodEntity> {
    return this.dataSource.transaction(async (manager) => {
      const rows = (await manager.query('SELECT id FROM reporting_period WHERE id = $1 FOR UPDATE', [id])) as unknown[];
      if (rows.length === 0) throw notFound('ReportingPeriod', id);
      const before = (await manager.getRepository(ReportingPeriodEntity).findOneBy({ id })) as ReportingPeriodEntity;
      if (before.status === PeriodStatus.CLOSED) throw invalidState(`Period ${before.label} is already closed.`);
      await manager.getRepository(ReportingPeriodEntity).update({ id }, { status: PeriodStatus.CLOSED, closedAt: new Date(), version: before.version + 1 });
      const after = (await manager.getRepository(ReportingPeriodEntity).findOneBy({ id })) as ReportingPeriodEntity;
      await this.audit.record(manager, ctx.user, ctx.requestId, { action: 'CLOSE', entityType: 'ReportingPeriod', entityId: id, before, after });
      return after;
    });
  }

  // ---- helpers -----------------------------------------------------------------------

  private async lockedPlan(manager: EntityManager, planId: string, field: string): Promise<ActionPlanEntity> {
    const plan = await manager.getRepository(ActionPlanEntity).findOneBy({ id: planId });
    if (!plan) throw badUserInput([{ field, message: 'no such plan' }]);
    if (plan.status === PlanStatus.CLOSED) throw invalidState(`Plan ${plan.code} is closed; it can no longer be changed.`);
    return plan;
  }

  private checkWithinPlan(plan: ActionPlanEntity, start: string, due: string): void {
    const problems: FieldProblem[] = [];
    if (start < plan.startDate) problems.push({ field: 'startDate', message: `must be on or after the plan's start (${plan.startDate})` });
    if (due > plan.endDate) problems.push({ field: 'dueDate', message: `must be on or before the plan's end (${plan.endDate})` });
    if (problems.length) throw badUserInput(problems);
  }
}
