import { Logger } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import { AssignmentRole, isLate, PeriodStatus, PlanStatus, ReportStatus, Role } from '@nap/domain';
import { hashPassword } from '../../auth/password';
import { appendAuditEvent } from '../../audit/audit-chain';
import { rebuildRollups } from '../../completion/rollup';
import { OrganizationEntity } from '../../organizations/entities/organization.entity';
import { ActionPlanEntity } from '../../plans/entities/action-plan.entity';
import { AssignmentEntity } from '../../plans/entities/assignment.entity';
import { IndicatorEntity } from '../../plans/entities/indicator.entity';
import { MeasureEntity } from '../../plans/entities/measure.entity';
import { PlanSectionEntity } from '../../plans/entities/plan-section.entity';
import { ReportingPeriodEntity } from '../../plans/entities/reporting-period.entity';
import { IndicatorValueEntity } from '../../reporting/entities/indicator-value.entity';
import { ProgressReportEntity } from '../../reporting/entities/progress-report.entity';
import { ReportEventEntity } from '../../reporting/entities/report-event.entity';
import { UserEntity } from '../../users/entities/user.entity';
import { DEMO_ORGANIZATIONS, DEMO_PASSWORD, DEMO_PERIODS, DEMO_PLAN, DEMO_REPORTS } from './demo-data';

export const DEMO_ACCOUNTS_HINT = [
  `  Demo sign-ins (password ${DEMO_PASSWORD}):`,
  '    admin@demo.local, coordinator@demo.local, auditor@demo.local',
  '    focal.<agency code in lower case>@demo.local, e.g. focal.moe@demo.local, focal.mia-cthb@demo.local',
];

export const demoFocalPointEmail = (orgCode: string) => `focal.${orgCode.toLowerCase()}@demo.local`;

/**
 * Loads the demo plan into an empty database, in one transaction. Returns false (and does
 * nothing) when any organisation exists, so a second start reuses the data.
 */
export async function seedDemoIfEmpty(dataSource: DataSource): Promise<boolean> {
  const existing = await dataSource.getRepository(OrganizationEntity).count();
  if (existing > 0) return false;
  await dataSource.transaction((manager) => seedDemo(manager));
  return true;
}

export async function seedDemo(manager: EntityManager): Promise<void> {
  const started = Date.now();
  // Organisations: parents first.
  const orgIds = new Map<string, string>();
  for (const org of [...DEMO_ORGANIZATIONS].sort((a, b) => Number(a.parentCode !== null) - Number(b.parentCode !== null))) {
    const saved = await manager.getRepository(OrganizationEntity).save({
      code: org.code,
      nameAz: org.nameAz,
      nameEn: org.nameEn,
      nameRu: org.nameRu,
      acronym: org.acronym,
      type: org.type,
      parentId: org.parentCode ? (orgIds.get(org.parentCode) ?? null) : null,
    });
    orgIds.set(org.code, saved.id);
  }

  const cthb = orgIds.get('MIA-CTHB') ?? null;
  const people: Partial<UserEntity>[] = [
    { email: 'admin@demo.local', fullName: 'Platform Administrator', role: Role.ADMIN, organizationId: null },
    { email: 'coordinator@demo.local', fullName: 'Milli Koordinator (Katiblik)', role: Role.COORDINATOR, organizationId: cthb },
    { email: 'auditor@demo.local', fullName: 'Auditor (Milli Məclis aparatı)', role: Role.AUDITOR, organizationId: null },
    ...DEMO_ORGANIZATIONS.map((org) => ({
      email: demoFocalPointEmail(org.code),
      fullName: `Məsul şəxs — ${org.acronym ?? org.code}`,
      role: Role.FOCAL_POINT,
      organizationId: orgIds.get(org.code) ?? null,
    })),
  ];
  const hashes = await Promise.all(people.map(() => hashPassword(DEMO_PASSWORD)));
  const users = await manager.getRepository(UserEntity).save(people.map((p, i) => ({ ...p, passwordHash: hashes[i] })));
  const userByOrg = new Map(users.filter((u) => u.role === Role.FOCAL_POINT).map((u) => [u.organizationId, u.id]));
  const coordinatorId = users.find((u) => u.role === Role.COORDINATOR)?.id ?? null;

  const plan = await manager.getRepository(ActionPlanEntity).save({
    code: 'NAP-THB-2014-2016',
    titleAz: DEMO_PLAN.titleAz,
    titleEn: DEMO_PLAN.titleEn,
    titleRu: null,
    startDate: DEMO_PLAN.startDate,
    endDate: DEMO_PLAN.endDate,
    approvingAct: DEMO_PLAN.approvingAct,
    approvedOn: null,
    status: PlanStatus.ACTIVE,
  });

  const measureIds = new Map<string, string>();
  const assignmentIds = new Map<string, string>(); // `${measureCode}|${orgCode}`
  const indicatorIds = new Map<string, string>(); // `${measureCode}|${indicatorCode}`
  for (const [sectionIndex, section] of DEMO_PLAN.sections.entries()) {
    const savedSection = await manager.getRepository(PlanSectionEntity).save({
      planId: plan.id,
      parentId: null,
      code: section.code,
      titleAz: section.titleAz,
      titleEn: section.titleEn,
      sortOrder: sectionIndex,
    });
    const measures = await manager.getRepository(MeasureEntity).save(
      section.measures.map((m) => ({
        planId: plan.id,
        sectionId: savedSection.id,
        code: m.code,
        titleAz: m.titleAz,
        titleEn: m.titleEn,
        descriptionAz: m.descriptionAz,
        descriptionEn: m.descriptionEn,
        startDate: m.startDate,
        dueDate: m.dueDate,
        recurring: false,
        weight: m.weight,
        plannedBudget: m.plannedBudget,
        budgetCurrency: m.plannedBudget === null ? null : 'AZN',
        fundingSource: m.fundingSource,
        expectedResultAz: m.expectedResultAz,
        expectedResultEn: m.expectedResultEn,
        tags: m.tags,
      })),
    );
    for (const [i, m] of section.measures.entries()) {
      const measureId = measures[i].id;
      measureIds.set(m.code, measureId);
      const assignments = await manager.getRepository(AssignmentEntity).save([
        { measureId, organizationId: orgIds.get(m.lead) as string, role: AssignmentRole.LEAD },
        ...m.partners.map((p) => ({ measureId, organizationId: orgIds.get(p) as string, role: AssignmentRole.PARTNER })),
      ]);
      [m.lead, ...m.partners].forEach((code, j) => assignmentIds.set(`${m.code}|${code}`, assignments[j].id));
      const indicators = await manager.getRepository(IndicatorEntity).save(
        m.indicators.map((ind, k) => ({
          measureId,
          code: ind.code,
          nameAz: ind.nameAz,
          nameEn: ind.nameEn,
          unit: ind.unit,
          currency: ind.currency ?? null,
          combineRule: ind.combineRule,
          baseline: ind.baseline,
          target: ind.target,
          dimensions: ind.dimensions,
          sortOrder: k,
        })),
      );
      m.indicators.forEach((ind, k) => indicatorIds.set(`${m.code}|${ind.code}`, indicators[k].id));
    }
  }

  const periods = new Map<string, ReportingPeriodEntity>();
  for (const p of DEMO_PERIODS) {
    const closed = p.label !== DEMO_PERIODS[DEMO_PERIODS.length - 1].label;
    const saved = await manager.getRepository(ReportingPeriodEntity).save({
      planId: plan.id,
      label: p.label,
      startDate: p.startDate,
      endDate: p.endDate,
      dueDate: p.dueDate,
      status: closed ? PeriodStatus.CLOSED : PeriodStatus.OPEN,
      closedAt: closed ? new Date(`${p.dueDate}T18:00:00Z`) : null,
    });
    periods.set(p.label, saved);
  }

  const reportRows: Partial<ProgressReportEntity>[] = [];
  for (const r of DEMO_REPORTS) {
    const period = periods.get(r.periodLabel) as ReportingPeriodEntity;
    const submittedAt = new Date(`${r.submittedOnDay}T09:00:00Z`);
    const acceptedAt = new Date(submittedAt.getTime() + 3 * 86400000);
    const focal = userByOrg.get(orgIds.get(r.organizationCode) ?? null) ?? null;
    reportRows.push({
      assignmentId: assignmentIds.get(`${r.measureCode}|${r.organizationCode}`) as string,
      periodId: period.id,
      measureId: measureIds.get(r.measureCode) as string,
      organizationId: orgIds.get(r.organizationCode) as string,
      status: ReportStatus.ACCEPTED,
      implementationStatus: r.implementationStatus,
      percentComplete: r.percentComplete,
      narrativeAz: r.narrativeAz,
      narrativeEn: r.narrativeEn,
      narrativeRu: null,
      challenges: r.challenges,
      nextSteps: r.nextSteps,
      expenditureAmount: r.expenditure?.amount ?? null,
      expenditureCurrency: r.expenditure?.currency ?? null,
      expenditureSource: r.expenditure?.source ?? null,
      late: isLate(submittedAt, period.dueDate),
      version: 3,
      createdAt: new Date(submittedAt.getTime() - 7 * 86400000),
      createdBy: focal,
      updatedAt: acceptedAt,
      updatedBy: coordinatorId,
      submittedAt,
      submittedBy: focal,
      acceptedAt,
      acceptedBy: coordinatorId,
    });
  }
  const savedReports = await manager.getRepository(ProgressReportEntity).save(reportRows, { chunk: 100 });

  const values: Partial<IndicatorValueEntity>[] = [];
  const events: Partial<ReportEventEntity>[] = [];
  DEMO_REPORTS.forEach((r, i) => {
    const report = savedReports[i];
    for (const v of r.indicatorValues) {
      values.push({
        reportId: report.id,
        indicatorId: indicatorIds.get(`${r.measureCode}|${v.indicatorCode}`) as string,
        value: v.value,
        breakdown: v.breakdown,
      });
    }
    events.push(
      {
        reportId: report.id,
        action: 'SUBMIT',
        fromStatus: ReportStatus.DRAFT,
        toStatus: ReportStatus.SUBMITTED,
        reportVersion: 2,
        comment: null,
        snapshot: { implementationStatus: r.implementationStatus, percentComplete: r.percentComplete, narrativeAz: r.narrativeAz, narrativeEn: r.narrativeEn, indicatorValues: r.indicatorValues },
        actorId: report.submittedBy,
        at: report.submittedAt as Date,
        late: report.late,
      },
      {
        reportId: report.id,
        action: 'ACCEPT',
        fromStatus: ReportStatus.SUBMITTED,
        toStatus: ReportStatus.ACCEPTED,
        reportVersion: 3,
        comment: null,
        snapshot: null,
        actorId: coordinatorId,
        at: report.acceptedAt as Date,
        late: false,
      },
    );
  });
  await manager.getRepository(IndicatorValueEntity).save(values, { chunk: 200 });
  await manager.getRepository(ReportEventEntity).save(events, { chunk: 200 });
  // Written around the API's services: the dashboard's rollups are computed once, here.
  await rebuildRollups((sql, params) => manager.query(sql, params as unknown[]));
  await appendAuditEvent(manager, {
    actorId: null,
    actorEmail: null,
    actorRole: 'SYSTEM',
    action: 'SEED_DEMO',
    entityType: 'ActionPlan',
    entityId: plan.id,
    before: null,
    after: { code: plan.code, organizations: orgIds.size, measures: measureIds.size, reports: savedReports.length },
    requestId: null,
  });
  Logger.log(`Demo data: ${orgIds.size} organisations, ${measureIds.size} measures, ${savedReports.length} reports in ${Date.now() - started} ms`, 'Seed');
}
