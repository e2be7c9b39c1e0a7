import { ChangeDetectionStrategy, Component, computed, inject, linkedSignal, resource, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule, type PageEvent } from '@angular/material/paginator';
import { MatSelectModule } from '@angular/material/select';
import { MatSortModule } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { MatTabsModule } from '@angular/material/tabs';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import {
  AcceptedReportsOfMeasureDocument,
  ComplianceReportsDocument,
  type ComplianceReportsQuery,
  type IndicatorSummaryPageQuery,
  IndicatorSummaryPageDocument,
  type PlanCompletionQuery,
  PlanCompletionDocument,
  PlanCompletionFigureDocument,
  type ReportingComplianceQuery,
  ReportingComplianceDocument,
} from '@nap/contracts';
import { azIncludes } from '@nap/domain';
import { SessionStore } from '../../core/auth/session.store';
import { GraphqlService } from '../../core/graphql/graphql.service';
import { formatNumber } from '@angular/common';
import { AppChangePipe, AppDatePipe, AppNamePipe, AppNumberPipe, AppPercentPipe } from '../../core/i18n/format.pipes';
import { LanguageService } from '../../core/i18n/language.service';
import { PlanContextStore } from '../../core/plan-context/plan-context.store';
import { PlanPeriodPickerComponent } from '../../core/plan-context/plan-period-picker.component';
import { OrganizationsStore } from '../../review/data-access/organizations.store';
import { createListState } from '../../shared/data/list-state';
import { DimensionLabelPipe } from '../../shared/reporting/dimension-label.pipe';
import { ChartComponent, type ChartClick, type ChartOption } from '../../shared/ui/chart.component';
import { EmptyStateComponent } from '../../shared/ui/empty-state.component';
import { ErrorPanelComponent } from '../../shared/ui/error-panel.component';
import { PageHeaderComponent } from '../../shared/ui/page-header.component';
import { SkeletonComponent } from '../../shared/ui/skeleton.component';
import { StatusChipComponent } from '../../shared/ui/status-chip.component';
import { ScrollRegionDirective } from '../../shared/ui/scroll-region.directive';

type Completion = PlanCompletionQuery['planCompletion'];
type MeasureRow = Completion['measures'][number];
type IndicatorPage = IndicatorSummaryPageQuery['indicatorSummaryPage'];
type Compliance = ReportingComplianceQuery['reportingCompliance'];

/** RAG colours (with the RAG word always printed beside them). */
const RAG_COLOURS: Record<string, string> = { GREEN: '#2e7d32', AMBER: '#b26a00', RED: '#c62828' };

type ComplianceState = 'onTime' | 'late' | 'missing';
type ComplianceReport = ComplianceReportsQuery['progressReports']['items'][number];

interface Drill {
  kind: 'section' | 'organization' | 'rag' | 'status' | 'compliance' | 'measure' | 'counted' | 'all' | 'overdue';
  id: string;
  label: string;
  /** compliance: the period of the heat-map column and the state of the cell. */
  periodId?: string;
  state?: ComplianceState;
}

/** Submitted at least once: what the compliance figures count as on time or late. */
const SUBMITTED_STATUSES = ['SUBMITTED', 'RETURNED', 'ACCEPTED'] as const;

@Component({
  selector: 'app-dashboard',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ScrollRegionDirective,
    FormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatTableModule,
    MatSortModule,
    MatPaginatorModule,
    MatTabsModule,
    TranslocoPipe,
    AppNamePipe,
    AppNumberPipe,
    AppPercentPipe,
    AppDatePipe,
    AppChangePipe,
    DimensionLabelPipe,
    PageHeaderComponent,
    PlanPeriodPickerComponent,
    SkeletonComponent,
    ErrorPanelComponent,
    EmptyStateComponent,
    StatusChipComponent,
    ChartComponent,
  ],
  templateUrl: './dashboard.component.html',
  styleUrl: './dashboard.component.scss',
})
export class DashboardComponent {
  private readonly graphql = inject(GraphqlService);
  private readonly transloco = inject(TranslocoService);
  private readonly language = inject(LanguageService);
  protected readonly session = inject(SessionStore);
  protected readonly context = inject(PlanContextStore);
  protected readonly organizationsStore = inject(OrganizationsStore);

  protected readonly organizationId = signal('');
  protected readonly sectionId = signal('');
  protected readonly drill = signal<Drill | null>(null);
  protected readonly openMeasureId = signal<string | null>(null);
  /** Reports are read on the review screen by staff, on the read-only page by everyone else. */
  protected readonly reportLink = computed(() =>
    this.session.hasRole('COORDINATOR', 'ADMIN') ? '/review' : '/dashboard/reports',
  );

  private readonly scope = computed(() => {
    const planId = this.context.plan()?.id;
    const periodId = this.context.period()?.id;
    if (!planId || !periodId) return undefined;
    return { planId, periodId, organizationId: this.organizationId() || null, sectionId: this.sectionId() || null };
  });

  protected readonly completion = resource({
    params: () => this.scope(),
    loader: ({ params }) => this.graphql.query(PlanCompletionDocument, params).then((d) => d.planCompletion),
  });
  /** The same figure for the previous period, for "+x points". */
  protected readonly previous = resource({
    params: () => {
      const scope = this.scope();
      const previous = this.context.previousPeriod();
      return scope && previous ? { ...scope, periodId: previous.id, label: previous.label } : undefined;
    },
    loader: ({ params }) => {
      const { label, ...variables } = params;
      return this.graphql
        .query(PlanCompletionFigureDocument, variables)
        .then((d) => ({ label, percent: d.planCompletion.percent }));
    },
  });
  /** Compliance for every period of the plan: the heat map's columns. */
  protected readonly compliance = resource({
    params: () => {
      const planId = this.context.plan()?.id;
      return planId
        ? { planId, periods: this.context.periods(), organizationId: this.organizationId() || null }
        : undefined;
    },
    loader: async ({ params }) =>
      Promise.all(
        params.periods.map((p) =>
          this.graphql
            .query(ReportingComplianceDocument, {
              planId: params.planId,
              periodId: p.id,
              organizationId: params.organizationId,
            })
            .then((d) => ({ period: p, compliance: d.reportingCompliance })),
        ),
      ),
  });
  /** The indicator table's page: paged on the server (a national plan has thousands), first page again when the scope changes. */
  protected readonly indicatorPage = linkedSignal<unknown, { pageIndex: number; pageSize: number }>({
    source: () => this.scope(),
    computation: (_scope, previous) => ({ pageIndex: 0, pageSize: previous?.value.pageSize ?? 10 }),
  });
  protected readonly indicators = resource({
    params: () => {
      const scope = this.scope();
      const { pageIndex, pageSize } = this.indicatorPage();
      return scope ? { ...scope, page: { offset: pageIndex * pageSize, limit: pageSize } } : undefined;
    },
    loader: ({ params }): Promise<IndicatorPage> =>
      this.graphql.query(IndicatorSummaryPageDocument, params).then((d) => d.indicatorSummaryPage),
  });
  protected readonly drillReports = resource({
    params: () => {
      const measureId = this.openMeasureId();
      const periodId = this.context.period()?.id;
      return measureId && periodId ? { measureId, periodId } : undefined;
    },
    loader: ({ params }) =>
      this.graphql
        .query(AcceptedReportsOfMeasureDocument, { filter: { measureId: params.measureId, statuses: ['ACCEPTED'] } })
        .then((d) => d.progressReports.items),
  });

  protected readonly data = computed<Completion | null>(() =>
    this.completion.hasValue() ? this.completion.value() : null,
  );
  protected readonly change = computed(() => {
    const current = this.data()?.percent ?? null;
    const previous = this.previous.hasValue() ? this.previous.value() : null;
    if (current === null || previous?.percent === null || previous?.percent === undefined) return null;
    return { label: previous.label, points: Math.round((current - previous.percent) * 100) / 100 };
  });
  protected readonly reportedCount = computed(() => this.data()?.measures.filter((m) => m.reported).length ?? 0);
  protected readonly overdueCount = computed(() => this.data()?.measures.filter((m) => m.overdue).length ?? 0);
  protected readonly currentCompliance = computed<Compliance | null>(() => {
    if (!this.compliance.hasValue()) return null;
    return this.compliance.value().find((c) => c.period.id === this.context.period()?.id)?.compliance ?? null;
  });

  // ---- charts -------------------------------------------------------------------------
  private readonly sections = computed(() => this.data()?.bySection ?? []);
  private readonly organizationsByCompletion = computed(() =>
    [...(this.data()?.byOrganization ?? [])]
      .filter((o) => o.assignmentCount > 0)
      .sort((a, b) => (b.percent ?? -1) - (a.percent ?? -1)),
  );

  protected readonly sectionChart = computed<ChartOption>(() => {
    this.language.code();
    const rows = [...this.sections()].reverse();
    return this.barOption(
      rows.map((s) => `${s.code}. ${this.truncate(this.language.pick(s.titleAz, s.titleEn), 42)}`),
      rows.map((s) => s.percent),
    );
  });
  protected readonly organizationChart = computed<ChartOption>(() => {
    this.language.code();
    const rows = [...this.organizationsByCompletion()].reverse();
    return this.barOption(
      rows.map((o) => o.code),
      rows.map((o) => o.percent),
    );
  });
  protected readonly ragChart = computed<ChartOption>(() => {
    this.language.code();
    const counts = this.data()?.byRag ?? [];
    return {
      tooltip: { trigger: 'item' },
      legend: { bottom: 0 },
      series: [
        {
          type: 'pie',
          radius: ['45%', '70%'],
          label: { formatter: '{b}: {c}' },
          data: counts.map((c) => ({
            name: this.transloco.translate(`rag.${c.rag}`),
            value: c.count,
            itemStyle: { color: RAG_COLOURS[c.rag] },
          })),
        },
      ],
    };
  });
  protected readonly statusChart = computed<ChartOption>(() => {
    this.language.code();
    const counts = (this.data()?.byStatus ?? []).filter((s) => s.count > 0);
    return {
      tooltip: { trigger: 'axis' },
      grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: counts.map((c) => this.transloco.translate(`measureStatus.${c.status}`)) },
      series: [
        {
          type: 'bar',
          data: counts.map((c) => c.count),
          itemStyle: { color: '#0b57d0' },
          label: { show: true, position: 'right' },
        },
      ],
    } as ChartOption;
  });

  private barOption(names: string[], values: (number | null)[]): ChartOption {
    const percent = (v: number | null | undefined) => this.formatPercent(v ?? null);
    return {
      tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => percent(v as number) },
      grid: { left: 8, right: 48, top: 8, bottom: 8, containLabel: true },
      // Each bar carries its figure; the axis keeps only its grid lines (no crowded labels).
      xAxis: { type: 'value', min: 0, max: 100, axisLabel: { show: false } },
      yAxis: { type: 'category', data: names, axisLabel: { width: 260, overflow: 'truncate' } },
      series: [
        {
          type: 'bar',
          data: values.map((v) => v ?? 0),
          itemStyle: { color: '#0b57d0' },
          label: { show: true, position: 'right', formatter: (p: { value: unknown }) => percent(p.value as number) },
          cursor: 'pointer',
        },
      ],
    } as ChartOption;
  }

  private formatPercent(value: number | null): string {
    if (value === null) return '—';
    const lang = this.language.language();
    return `${formatNumber(value, lang.locale, '1.0-1')}${lang.percentSeparator}%`;
  }

  private truncate(text: string, length: number): string {
    return text.length > length ? `${text.slice(0, length - 1)}…` : text;
  }

  // ---- drill-down -----------------------------------------------------------------------
  protected onSectionClick(click: ChartClick): void {
    const section = [...this.sections()].reverse()[click.dataIndex];
    if (section) this.drillSection(section);
  }
  protected drillSection(section: { id: string; code: string; titleAz: string; titleEn: string }): void {
    this.drillTo({
      kind: 'section',
      id: section.id,
      label: `${section.code}. ${this.language.pick(section.titleAz, section.titleEn)}`,
    });
  }
  protected drillRag(rag: string): void {
    this.drillTo({ kind: 'rag', id: rag, label: this.transloco.translate(`rag.${rag}`) });
  }
  protected drillStatus(status: string): void {
    this.drillTo({ kind: 'status', id: status, label: this.transloco.translate(`measureStatus.${status}`) });
  }
  protected onOrganizationClick(click: ChartClick): void {
    const organization = [...this.organizationsByCompletion()].reverse()[click.dataIndex];
    if (organization) this.drillTo({ kind: 'organization', id: organization.id, label: organization.code });
  }
  protected onRagClick(click: ChartClick): void {
    const rag = (this.data()?.byRag ?? [])[click.dataIndex];
    if (rag) this.drillRag(rag.rag);
  }
  protected drillTo(drill: Drill | null): void {
    this.drill.set(drill);
    this.openMeasureId.set(null);
    this.measuresList.resetFilter();
    queueMicrotask(() =>
      document.getElementById('drill-measures')?.scrollIntoView({ behavior: 'smooth', block: 'start' }),
    );
  }
  /** A heat-map cell: that organisation's reports (or missing ones) in that period. */
  protected drillCompliance(
    organization: { id: string; code: string },
    period: { id: string; label: string },
    state: ComplianceState,
  ): void {
    this.drillTo({
      kind: 'compliance',
      id: organization.id,
      periodId: period.id,
      state,
      label: `${organization.code} · ${period.label} · ${this.transloco.translate(`dashboard.state.${state}`)}`,
    });
  }
  /** An indicator row: its measure, with the accepted reports behind the figure opened. */
  protected drillIndicator(measureCode: string): void {
    this.drillTo({ kind: 'measure', id: measureCode, label: measureCode });
    const measure = this.data()?.measures.find((m) => m.code === measureCode);
    if (measure) this.openMeasureId.set(measure.measureId);
  }
  /** The key-figure cards: the measures behind the plan figure, all measures, overdue ones. */
  protected drillCard(kind: 'counted' | 'all' | 'overdue'): void {
    const label = { counted: 'dashboard.planCompletion', all: 'dashboard.measures', overdue: 'dashboard.overdue' }[
      kind
    ];
    this.drillTo({ kind, id: kind, label: this.transloco.translate(label) });
  }
  /** Organisation drill-down asks the API for that organisation's measures. */
  protected drillOrganization(id: string, code: string): void {
    this.drillTo({ kind: 'organization', id, label: code });
  }

  private readonly organizationMeasureIds = resource({
    params: () => {
      const drill = this.drill();
      const scope = this.scope();
      return drill?.kind === 'organization' && scope ? { ...scope, organizationId: drill.id } : undefined;
    },
    loader: ({ params }) =>
      this.graphql
        .query(PlanCompletionDocument, params)
        .then((d) => new Set(d.planCompletion.measures.map((m) => m.measureId))),
  });

  /**
   * A heat-map cell: the organisation's measures in that period and its reports submitted
   * there (auditors see only accepted ones). On time / late are the reports with that flag;
   * missing are the measures without a submitted report.
   */
  protected readonly complianceDrill = resource({
    params: () => {
      const drill = this.drill();
      const planId = this.context.plan()?.id;
      return drill?.kind === 'compliance' && drill.periodId && planId
        ? { planId, periodId: drill.periodId, organizationId: drill.id, sectionId: this.sectionId() || null }
        : undefined;
    },
    loader: async ({ params }) => {
      const [completion, reports] = await Promise.all([
        this.graphql.query(PlanCompletionDocument, params),
        this.graphql.query(ComplianceReportsDocument, {
          filter: {
            planId: params.planId,
            periodId: params.periodId,
            organizationId: params.organizationId,
            statuses: [...SUBMITTED_STATUSES],
          },
        }),
      ]);
      return { measures: completion.planCompletion.measures, reports: reports.progressReports.items };
    },
  });
  /** The reports behind an on-time or late cell. */
  protected readonly complianceReports = computed<ComplianceReport[]>(() => {
    const drill = this.drill();
    if (drill?.kind !== 'compliance' || drill.state === 'missing' || !this.complianceDrill.hasValue()) return [];
    return this.complianceDrill.value().reports.filter((r) => r.late === (drill.state === 'late'));
  });
  protected reportHref(report: { id: string; status: string }): string[] | null {
    if (this.session.hasRole('COORDINATOR', 'ADMIN')) return ['/review', report.id];
    return report.status === 'ACCEPTED' ? ['/dashboard/reports', report.id] : null;
  }

  private readonly drilledMeasures = computed<MeasureRow[]>(() => {
    const measures = this.data()?.measures ?? [];
    const drill = this.drill();
    if (!drill) return measures;
    if (drill.kind === 'section') {
      type Node = Completion['bySection'][number] & { children?: Node[] };
      const find = (nodes: readonly Node[]): Node | null => {
        for (const node of nodes) {
          if (node.id === drill.id) return node;
          const found = find(node.children ?? []);
          if (found) return found;
        }
        return null;
      };
      const ids = new Set<string>();
      const collect = (node: Node) => {
        ids.add(node.id);
        (node.children ?? []).forEach(collect);
      };
      const root = find(this.sections() as Node[]);
      if (root) collect(root);
      return measures.filter((m) => ids.has(m.sectionId));
    }
    if (drill.kind === 'all') return measures;
    if (drill.kind === 'counted') return measures.filter((m) => !m.cancelled);
    if (drill.kind === 'overdue') return measures.filter((m) => m.overdue);
    if (drill.kind === 'measure') return measures.filter((m) => m.code === drill.id);
    if (drill.kind === 'compliance') {
      if (!this.complianceDrill.hasValue()) return [];
      const { measures: inPeriod, reports } = this.complianceDrill.value();
      const reported = new Set(reports.map((r) => r.measureId));
      const shown = new Set(this.complianceReports().map((r) => r.measureId));
      if (drill.state !== 'missing') return inPeriod.filter((m) => shown.has(m.measureId));
      // Expected in the period: the measure runs in it and was not closed (completed or cancelled) before.
      const period = this.context.periods().find((p) => p.id === drill.periodId);
      return inPeriod.filter(
        (m) =>
          !reported.has(m.measureId) &&
          !m.cancelled &&
          !['COMPLETED', 'CANCELLED'].includes(m.implementationStatus ?? '') &&
          (!period || (m.startDate <= period.endDate && m.dueDate >= period.startDate)),
      );
    }
    if (drill.kind === 'rag') return measures.filter((m) => m.rag === drill.id && !m.cancelled);
    if (drill.kind === 'status') return measures.filter((m) => (m.implementationStatus ?? 'NOT_REPORTED') === drill.id);
    const ids = this.organizationMeasureIds.hasValue() ? this.organizationMeasureIds.value() : null;
    return ids ? measures.filter((m) => ids.has(m.measureId)) : [];
  });

  protected readonly measuresList = createListState<MeasureRow, { search: string }>({
    items: this.drilledMeasures,
    initialFilter: { search: '' },
    initialSort: { active: 'code', direction: 'asc' },
    pageSize: 10,
    matches: (m, f) =>
      !f.search || azIncludes(m.code, f.search) || azIncludes(m.titleAz, f.search) || azIncludes(m.titleEn, f.search),
    sortValue: (m, column) => {
      switch (column) {
        case 'code':
          return m.code;
        case 'title':
          return this.language.pick(m.titleAz, m.titleEn);
        case 'completion':
          return m.completion;
        case 'expected':
          return m.expectedProgress;
        case 'rag':
          return ['RED', 'AMBER', 'GREEN'].indexOf(m.rag);
        case 'status':
          return m.implementationStatus;
        default:
          return null;
      }
    },
  });
  protected readonly measureColumns = ['code', 'title', 'completion', 'expected', 'rag', 'status'];

  // ---- indicators -----------------------------------------------------------------------
  // In the server's order (section, measure code, indicator); the page is loaded from the server.
  protected onIndicatorPage(event: PageEvent): void {
    this.indicatorPage.set({ pageIndex: event.pageIndex, pageSize: event.pageSize });
  }
  protected readonly indicatorColumns = ['measure', 'indicator', 'value', 'target', 'ofTarget', 'change'];

  // ---- heat map ---------------------------------------------------------------------------
  protected readonly heatMap = computed(() => {
    if (!this.compliance.hasValue()) return null;
    const columns = this.compliance.value();
    const organizations = new Map<string, { id: string; code: string; nameAz: string; nameEn: string }>();
    for (const column of columns) {
      for (const o of column.compliance.byOrganization) {
        if (o.organizationId && o.expected > 0)
          organizations.set(o.organizationId, {
            id: o.organizationId,
            code: o.code ?? '',
            nameAz: o.nameAz ?? '',
            nameEn: o.nameEn ?? '',
          });
      }
    }
    const rows = [...organizations.values()]
      .sort((a, b) => a.code.localeCompare(b.code))
      .map((organization) => ({
        organization,
        cells: columns.map(
          (column) => column.compliance.byOrganization.find((o) => o.organizationId === organization.id) ?? null,
        ),
      }));
    return { periods: columns.map((c) => c.period), rows, totals: columns.map((c) => c.compliance.total) };
  });

  protected readonly heatStates: readonly ComplianceState[] = ['onTime', 'late', 'missing'];

  protected heatClass(cell: { expected: number; timelinessPercent: number | null; missing: number } | null): string {
    if (!cell || cell.expected === 0) return 'heat--none';
    const timeliness = cell.timelinessPercent ?? 0;
    if (cell.missing > 0 && timeliness < 50) return 'heat--bad';
    if (timeliness >= 90) return 'heat--good';
    if (timeliness >= 60) return 'heat--fair';
    return 'heat--bad';
  }

  constructor() {
    void this.organizationsStore.load();
  }

  protected setOrganization(id: string): void {
    this.organizationId.set(id);
    this.drill.set(null);
  }
  protected setSection(id: string): void {
    this.sectionId.set(id);
    this.drill.set(null);
  }
  protected topSections() {
    return this.sections();
  }
  protected toggleMeasure(id: string): void {
    this.openMeasureId.update((current) => (current === id ? null : id));
  }
}
