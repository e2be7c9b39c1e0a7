import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  AssignmentRole,
  CombineRule,
  DEFAULT_ROLE_WEIGHTS,
  ImplementationStatus,
  IndicatorUnit,
  RagStatus,
  ReportStatus,
  Role,
  cellKey,
  parseCell,
  suppressSmallCounts,
  type RoleWeights,
} from '@nap/domain';
import type { AuthUser } from '../common/auth/auth-user';
import { forbidden, notFound } from '../common/errors';
import { APP_CONFIG } from '../common/tokens';
import type { AppConfig } from '../config/app-config';
import {
  INDICATOR_SUMMARY_SQL,
  ORGANIZATION_ASSIGNMENTS_SQL,
  PLAN_COMPLETION_SQL,
  REPORTING_COMPLIANCE_SQL,
} from './completion.sql';

/** A measure's status in the counts: its LEAD's latest accepted status, or NOT_REPORTED. */
export type MeasureStatusKey = ImplementationStatus | 'NOT_REPORTED';
export const MEASURE_STATUS_KEYS: readonly MeasureStatusKey[] = [...Object.values(ImplementationStatus), 'NOT_REPORTED'];

export interface CompletionScope {
  planId: string;
  periodId: string;
  organizationId?: string | null;
  sectionId?: string | null;
}

export interface MeasureFigures {
  measureId: string;
  code: string;
  titleAz: string;
  titleEn: string;
  sectionId: string;
  weight: number;
  startDate: string;
  dueDate: string;
  /** Rounded to 2 decimals; null when the measure has no assignments. */
  completion: number | null;
  expectedProgress: number;
  rag: RagStatus;
  implementationStatus: ImplementationStatus | null;
  overdue: boolean;
  cancelled: boolean;
  reported: boolean;
  assignmentCount: number;
}

export interface SectionFigures {
  id: string;
  parentId: string | null;
  code: string;
  titleAz: string;
  titleEn: string;
  sortOrder: number;
  percent: number | null;
  measureCount: number;
  children: SectionFigures[];
}

export interface OrganizationFigures {
  id: string;
  code: string;
  nameAz: string;
  nameEn: string;
  percent: number | null;
  assignmentCount: number;
}

export interface PlanFigures {
  planId: string;
  periodId: string;
  asOf: string;
  percent: number | null;
  measureCount: number;
  cancelledCount: number;
  unassignedCount: number;
  /** Roots of the section tree (the chosen section when filtered by one). */
  bySection: SectionFigures[];
  byOrganization: OrganizationFigures[];
  byStatus: { status: MeasureStatusKey; count: number }[];
  byRag: { rag: RagStatus; count: number }[];
  measures: MeasureFigures[];
}

export interface ComplianceFigures {
  organizationId: string | null;
  code: string | null;
  nameAz: string | null;
  nameEn: string | null;
  expected: number;
  onTime: number;
  late: number;
  missing: number;
  /** Submitted on time or late, whatever the review outcome so far. */
  submitted: number;
  accepted: number;
  awaitingReview: number;
  timelinessPercent: number | null;
}

export interface PlanCompliance {
  planId: string;
  periodId: string;
  byOrganization: ComplianceFigures[];
  total: ComplianceFigures;
}

export interface BreakdownFigure {
  options: string[];
  /** null when suppressed. */
  value: number | null;
  suppressed: boolean;
}

export interface IndicatorFigures {
  indicator: {
    id: string;
    measureId: string;
    code: string;
    nameAz: string;
    nameEn: string;
    unit: IndicatorUnit;
    currency: string | null;
    combineRule: CombineRule;
    baseline: number | null;
    target: number | null;
    dimensions: { code: string; options: string[] }[];
  };
  measureCode: string;
  value: number | null;
  target: number | null;
  percentOfTarget: number | null;
  previousPeriodId: string | null;
  previousPeriodLabel: string | null;
  previousValue: number | null;
  change: number | null;
  changePercent: number | null;
  breakdown: BreakdownFigure[];
  /** True when at least one cell was hidden by small-count suppression. */
  suppressed: boolean;
}

export interface AssignmentFigures {
  assignmentId: string;
  measureId: string;
  code: string;
  titleAz: string;
  titleEn: string;
  dueDate: string;
  role: AssignmentRole;
  implementationStatus: ImplementationStatus | null;
  completion: number;
  cancelled: boolean;
  reportStatus: ReportStatus | null;
  submittedAt: Date | null;
  late: boolean;
}

interface PlanCompletionRow {
  asOf: string;
  percent: string | null;
  measures: MeasureFigures[];
  sections: Omit<SectionFigures, 'children'>[];
  organizations: OrganizationFigures[];
  byStatus: Partial<Record<MeasureStatusKey, number>>;
  byRag: Partial<Record<RagStatus, number>>;
}

interface ComplianceRow {
  id: string | null;
  code: string | null;
  nameAz: string | null;
  nameEn: string | null;
  isTotal: boolean;
  expected: number;
  onTime: number;
  late: number;
  missing: number;
  accepted: number;
  awaitingReview: number;
  timelinessPercent: string | null;
}

interface IndicatorRow {
  id: string;
  code: string;
  nameAz: string;
  nameEn: string;
  unit: IndicatorUnit;
  currency: string | null;
  combineRule: CombineRule;
  dimensions: { code: string; options: string[] }[];
  measureId: string;
  measureCode: string;
  value: number | null;
  target: number | null;
  baseline: number | null;
  percentOfTarget: number | null;
  previousPeriodId: string | null;
  previousPeriodLabel: string | null;
  previousValue: number | null;
  change: number | null;
  changePercent: number | null;
  breakdown: { options: string[]; value: number }[];
}

const EMPTY_COMPLIANCE: ComplianceFigures = {
  organizationId: null,
  code: null,
  nameAz: null,
  nameEn: null,
  expected: 0,
  onTime: 0,
  late: 0,
  missing: 0,
  submitted: 0,
  accepted: 0,
  awaitingReview: 0,
  timelinessPercent: null,
};

const toNumber = (value: string | number | null): number | null => (value === null ? null : Number(value));

/** Natural order of codes: "1.2" before "1.10". */
const CODE_ORDER = new Intl.Collator('en', { numeric: true });
export const compareCodes = (a: string, b: string): number => CODE_ORDER.compare(a, b);

/**
 * Completion, compliance and indicator figures of a plan as of a period, computed by SQL
 * aggregation (completion.sql.ts). Only accepted data counts. Nothing here loops over
 * entities: Node only shapes the rows the database returns (tree, zero counts, suppression).
 */
@Injectable()
export class CompletionService {
  /** Lead vs partner weights of measure completion ("lead 2, partners 1 unless configured"). */
  private readonly roleWeights: RoleWeights = DEFAULT_ROLE_WEIGHTS;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get suppressionThreshold(): number {
    return this.config.suppressionThreshold;
  }

  /**
   * Checks that the period belongs to the plan, and the section (if any) too, and that the
   * organisation exists — in one query. NOT_FOUND names the first that does not.
   */
  async checkScope(scope: CompletionScope): Promise<void> {
    const [row] = await this.dataSource.query<{ plan: boolean; period: boolean; section: boolean; organization: boolean }[]>(
      `SELECT
         EXISTS (SELECT 1 FROM action_plan WHERE id = $1) AS plan,
         EXISTS (SELECT 1 FROM reporting_period WHERE id = $2 AND plan_id = $1) AS period,
         ($3::uuid IS NULL OR EXISTS (SELECT 1 FROM plan_section WHERE id = $3::uuid AND plan_id = $1)) AS section,
         ($4::uuid IS NULL OR EXISTS (SELECT 1 FROM organization WHERE id = $4::uuid)) AS organization`,
      [scope.planId, scope.periodId, scope.sectionId ?? null, scope.organizationId ?? null],
    );
    if (!row.plan) throw notFound('ActionPlan', scope.planId);
    if (!row.period) throw notFound('ReportingPeriod', scope.periodId);
    if (!row.section) throw notFound('Section', scope.sectionId ?? '');
    if (!row.organization) throw notFound('Organization', scope.organizationId ?? '');
  }

  async planCompletion(scope: CompletionScope): Promise<PlanFigures> {
    await this.checkScope(scope);
    const [row] = await this.dataSource.query<PlanCompletionRow[]>(PLAN_COMPLETION_SQL, [
      scope.planId,
      scope.periodId,
      this.roleWeights[AssignmentRole.LEAD],
      this.roleWeights[AssignmentRole.PARTNER],
      scope.sectionId ?? null,
      scope.organizationId ?? null,
    ]);
    const measures = row.measures
      .map((measure) => ({ ...measure, weight: Number(measure.weight) }))
      .sort((a, b) => compareCodes(a.code, b.code));
    return {
      planId: scope.planId,
      periodId: scope.periodId,
      asOf: row.asOf,
      percent: toNumber(row.percent),
      measureCount: measures.length,
      cancelledCount: measures.filter((measure) => measure.cancelled).length,
      unassignedCount: measures.filter((measure) => measure.assignmentCount === 0).length,
      bySection: buildTree(row.sections),
      byOrganization: row.organizations,
      byStatus: MEASURE_STATUS_KEYS.map((status) => ({ status, count: row.byStatus[status] ?? 0 })),
      byRag: Object.values(RagStatus).map((rag) => ({ rag, count: row.byRag[rag] ?? 0 })),
      measures,
    };
  }

  async reportingCompliance(scope: Omit<CompletionScope, 'sectionId'>): Promise<PlanCompliance> {
    await this.checkScope(scope);
    const rows = await this.dataSource.query<ComplianceRow[]>(REPORTING_COMPLIANCE_SQL, [
      scope.planId,
      scope.periodId,
      scope.organizationId ?? null,
    ]);
    const figures = rows.map(
      (row): ComplianceFigures & { isTotal: boolean } => ({
        isTotal: row.isTotal,
        organizationId: row.id,
        code: row.code,
        nameAz: row.nameAz,
        nameEn: row.nameEn,
        expected: row.expected,
        onTime: row.onTime,
        late: row.late,
        missing: row.missing,
        submitted: row.onTime + row.late,
        accepted: row.accepted,
        awaitingReview: row.awaitingReview,
        timelinessPercent: toNumber(row.timelinessPercent),
      }),
    );
    const strip = ({ isTotal: _isTotal, ...rest }: ComplianceFigures & { isTotal: boolean }): ComplianceFigures => rest;
    const total = figures.find((row) => row.isTotal);
    return {
      planId: scope.planId,
      periodId: scope.periodId,
      byOrganization: figures.filter((row) => !row.isTotal).map(strip),
      total: total ? strip(total) : { ...EMPTY_COMPLIANCE },
    };
  }

  /**
   * Indicator figures, every indicator in scope (the reports need them all). With `suppress`,
   * disaggregated COUNT cells from 1 to the configured threshold and their complements are
   * hidden (value null) by `suppressSmallCounts` of @nap/domain; totals stay visible (domain
   * README, "Suppression").
   */
  async indicatorSummary(scope: CompletionScope, suppress = false): Promise<IndicatorFigures[]> {
    return (await this.indicatorSummaryPage(scope, suppress, null)).items;
  }

  /**
   * One page of the indicator figures, in the order of section, measure code, indicator
   * (codes compared as `compareCodes` does), with the number of indicators in scope; `page`
   * null: all of them. One statement for the page, whatever the plan's size.
   */
  async indicatorSummaryPage(
    scope: CompletionScope,
    suppress: boolean,
    page: { offset: number; limit: number } | null,
  ): Promise<{ items: IndicatorFigures[]; total: number }> {
    await this.checkScope(scope);
    const rows = await this.dataSource.query<(IndicatorRow & { total: number })[]>(INDICATOR_SUMMARY_SQL, [
      scope.planId,
      scope.periodId,
      scope.sectionId ?? null,
      scope.organizationId ?? null,
      page?.offset ?? 0,
      page?.limit ?? null,
    ]);
    const items = rows
      .filter((row) => row.id !== null)
      .map((row) => {
        const cells = orderCells(row.dimensions, row.breakdown.map((cell) => ({ options: cell.options, value: Number(cell.value) })));
        const breakdown =
          suppress && row.unit === IndicatorUnit.COUNT
            ? suppressBreakdown(cells, row.value, this.config.suppressionThreshold)
            : cells.map((cell) => ({ ...cell, suppressed: false }));
        return {
          indicator: {
            id: row.id,
            measureId: row.measureId,
            code: row.code,
            nameAz: row.nameAz,
            nameEn: row.nameEn,
            unit: row.unit,
            currency: row.currency,
            combineRule: row.combineRule,
            baseline: row.baseline,
            target: row.target,
            dimensions: row.dimensions,
          },
          measureCode: row.measureCode,
          value: row.value,
          target: row.target,
          percentOfTarget: row.percentOfTarget,
          previousPeriodId: row.previousPeriodId,
          previousPeriodLabel: row.previousPeriodLabel,
          previousValue: row.previousValue,
          change: row.change,
          changePercent: row.changePercent,
          breakdown,
          suppressed: breakdown.some((cell) => cell.suppressed),
        };
      });
    return { items, total: rows[0]?.total ?? 0 };
  }

  /** One organisation's assignments with its own completion and its report of the period. */
  async organizationAssignments(planId: string, periodId: string, organizationId: string): Promise<AssignmentFigures[]> {
    await this.checkScope({ planId, periodId, organizationId });
    const rows = await this.dataSource.query<(AssignmentFigures & { late: boolean | null })[]>(ORGANIZATION_ASSIGNMENTS_SQL, [
      planId,
      periodId,
      organizationId,
    ]);
    return rows
      .map((row) => ({ ...row, late: row.late === true }))
      .sort((a, b) => compareCodes(a.code, b.code));
  }

  /**
   * What a user may ask for. Focal points see accepted figures of the whole plan (they are
   * not personal), but another organisation's reporting discipline only as part of totals:
   * their compliance is limited to their own organisation.
   */
  complianceOrganizationFor(user: AuthUser, organizationId: string | null | undefined): string | null {
    if (user.role !== Role.FOCAL_POINT) return organizationId ?? null;
    if (user.organizationId === null) throw forbidden('A focal point without an organisation has no reporting compliance.');
    if (organizationId && organizationId !== user.organizationId) {
      throw forbidden("A focal point sees only its own organisation's reporting compliance.");
    }
    return user.organizationId;
  }
}

function buildTree(rows: readonly Omit<SectionFigures, 'children'>[]): SectionFigures[] {
  const nodes = new Map(rows.map((row) => [row.id, { ...row, children: [] as SectionFigures[] }]));
  const roots: SectionFigures[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId === null ? undefined : nodes.get(node.parentId);
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

/** Cells in the indicator's dimension and option order (sex before citizenship, female before male). */
function orderCells(
  dimensions: readonly { code: string; options: string[] }[],
  cells: readonly { options: string[]; value: number }[],
): { options: string[]; value: number }[] {
  const dimensionIndex = new Map(dimensions.map((dimension, index) => [dimension.code, index]));
  const optionIndex = new Map<string, number>(
    dimensions.flatMap((d) => d.options.map((option, index): [string, number] => [`${d.code}:${option}`, index])),
  );
  const rank = (option: string): [number, number] => [
    dimensionIndex.get(parseCell(option)?.dimension ?? '') ?? Number.MAX_SAFE_INTEGER,
    optionIndex.get(option) ?? Number.MAX_SAFE_INTEGER,
  ];
  const ranked = cells.map((cell) => {
    const options = [...cell.options].sort((a, b) => rank(a)[0] - rank(b)[0] || a.localeCompare(b));
    return { options, value: cell.value, key: options.flatMap(rank) };
  });
  ranked.sort((a, b) => a.options.length - b.options.length || compareRanks(a.key, b.key) || cellKey(a.options).localeCompare(cellKey(b.options)));
  return ranked.map(({ options, value }) => ({ options, value }));
}

function compareRanks(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i += 1) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}

/**
 * Small-count suppression over the cells of one indicator. Cells covering the same
 * dimensions form a table whose total is the indicator's value; a table over two or more
 * dimensions is also protected along each of its lines (e.g. the female row of sex ×
 * citizenship), whose margins a reader may know from elsewhere. The domain function runs
 * over every group until nothing changes; a cell already hidden is passed as the smallest
 * count so that it counts as hidden in the other groups it belongs to.
 */
export function suppressBreakdown(
  cells: readonly { options: string[]; value: number }[],
  total: number | null,
  threshold: number,
): BreakdownFigure[] {
  const hidden = new Array<boolean>(cells.length).fill(false);
  if (threshold < 1) return cells.map((cell) => ({ ...cell, suppressed: false }));
  const groups: { total: number | null; members: number[] }[] = [];
  const tables = new Map<string, number[]>();
  cells.forEach((cell, index) => {
    const dims = cell.options.map((option) => parseCell(option)?.dimension ?? option).sort().join('|');
    tables.set(dims, [...(tables.get(dims) ?? []), index]);
  });
  for (const members of tables.values()) {
    groups.push({ total, members });
    const width = cells[members[0]].options.length;
    if (width < 2) continue;
    // Lines of the table: cells that agree on every dimension but one.
    for (let free = 0; free < width; free += 1) {
      const lines = new Map<string, number[]>();
      for (const index of members) {
        const fixed = [...cells[index].options].sort().filter((_, position) => position !== free).join('|');
        lines.set(fixed, [...(lines.get(fixed) ?? []), index]);
      }
      for (const line of lines.values()) if (line.length > 1) groups.push({ total: null, members: line });
    }
  }
  let changed = true;
  while (changed) {
    changed = false;
    const results = suppressSmallCounts(
      groups.map((group) => ({
        total: group.total,
        cells: group.members.map((index) => ({ key: String(index), value: hidden[index] ? 1 : cells[index].value })),
      })),
      threshold,
    );
    for (const result of results) {
      for (const cell of result.cells) {
        const index = Number(cell.key);
        if (cell.suppressed && !hidden[index]) {
          hidden[index] = true;
          changed = true;
        }
      }
    }
  }
  return cells.map((cell, index) => ({
    options: cell.options,
    value: hidden[index] ? null : cell.value,
    suppressed: hidden[index],
  }));
}
