import { ChangeDetectionStrategy, Component, computed, inject, resource, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule, type PageEvent } from '@angular/material/paginator';
import { MatSelectModule } from '@angular/material/select';
import { MatSortModule } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { MatTabsModule } from '@angular/material/tabs';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  ProgressReportsPageDocument,
  type ReportStatus,
  type ReviewQueueQuery,
  ReviewQueueDocument,
} from '@nap/contracts';
import { azIncludes } from '@nap/domain';
import { GraphqlService } from '../../core/graphql/graphql.service';
import { AppDatePipe, AppNamePipe, AppPercentPipe } from '../../core/i18n/format.pipes';
import { LanguageService } from '../../core/i18n/language.service';
import { PlanContextStore } from '../../core/plan-context/plan-context.store';
import { PlanPeriodPickerComponent } from '../../core/plan-context/plan-period-picker.component';
import { createListState } from '../../shared/data/list-state';
import { REPORT_STATUSES } from '../../shared/reporting/report-types';
import { EmptyStateComponent } from '../../shared/ui/empty-state.component';
import { ErrorPanelComponent } from '../../shared/ui/error-panel.component';
import { PageHeaderComponent } from '../../shared/ui/page-header.component';
import { SkeletonComponent } from '../../shared/ui/skeleton.component';
import { StatusChipComponent } from '../../shared/ui/status-chip.component';
import { OrganizationsStore } from '../data-access/organizations.store';
import { ScrollRegionDirective } from '../../shared/ui/scroll-region.directive';

type QueueItem = ReviewQueueQuery['reviewQueue'][number];

interface QueueFilter {
  search: string;
  organizationId: string;
  sectionId: string;
  periodId: string;
  lateness: '' | 'late' | 'onTime';
}

@Component({
  selector: 'app-review-queue',
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
    AppDatePipe,
    AppNamePipe,
    AppPercentPipe,
    PageHeaderComponent,
    PlanPeriodPickerComponent,
    StatusChipComponent,
    SkeletonComponent,
    EmptyStateComponent,
    ErrorPanelComponent,
  ],
  templateUrl: './review-queue.component.html',
  styleUrl: './review-queue.component.scss',
})
export class ReviewQueueComponent {
  private readonly graphql = inject(GraphqlService);
  private readonly language = inject(LanguageService);
  private readonly router = inject(Router);
  protected readonly context = inject(PlanContextStore);
  protected readonly organizationsStore = inject(OrganizationsStore);

  protected readonly queueColumns = [
    'submittedAt',
    'measure',
    'organization',
    'period',
    'percent',
    'lateness',
    'action',
  ];
  protected readonly allColumns = ['measure', 'organization', 'period', 'status', 'percent', 'updatedAt', 'action'];
  protected readonly statuses = REPORT_STATUSES;

  protected readonly queue = resource({
    params: () => this.context.plan()?.id,
    loader: ({ params }) => this.graphql.query(ReviewQueueDocument, { planId: params }).then((d) => d.reviewQueue),
  });
  private readonly items = computed<QueueItem[]>(() => (this.queue.hasValue() ? this.queue.value() : []));

  protected readonly sections = computed(() =>
    uniqueBy(
      this.items().map((i) => i.measure.section),
      (s) => s.id,
    ).sort((a, b) => a.code.localeCompare(b.code, undefined, { numeric: true })),
  );
  protected readonly organizations = computed(() =>
    uniqueBy(
      this.items().map((i) => i.organization),
      (o) => o.id,
    ).sort((a, b) => a.code.localeCompare(b.code)),
  );
  protected readonly periods = computed(() =>
    uniqueBy(
      this.items().map((i) => i.period),
      (p) => p.id,
    ),
  );

  protected readonly list = createListState<QueueItem, QueueFilter>({
    items: this.items,
    initialFilter: { search: '', organizationId: '', sectionId: '', periodId: '', lateness: '' },
    initialSort: { active: 'submittedAt', direction: 'asc' },
    matches: (item, f) =>
      (!f.search ||
        azIncludes(item.measure.code, f.search) ||
        azIncludes(item.measure.titleAz, f.search) ||
        azIncludes(item.measure.titleEn, f.search)) &&
      (!f.organizationId || item.organization.id === f.organizationId) &&
      (!f.sectionId || item.measure.section.id === f.sectionId) &&
      (!f.periodId || item.period.id === f.periodId) &&
      (!f.lateness || (f.lateness === 'late') === item.late),
    sortValue: (item, column) => {
      switch (column) {
        case 'submittedAt':
          return item.submittedAt;
        case 'measure':
          return item.measure.code;
        case 'organization':
          return item.organization.code;
        case 'period':
          return item.period.label;
        case 'percent':
          return item.percentComplete;
        case 'lateness':
          return item.late;
        default:
          return null;
      }
    },
  });

  // "All reports": server-side filters and paging over every report of the plan.
  protected readonly allFilter = signal<{
    status: ReportStatus | '';
    organizationId: string;
    late: '' | 'late' | 'onTime';
  }>({ status: '', organizationId: '', late: '' });
  protected readonly allPage = signal({ index: 0, size: 25 });
  protected readonly allReports = resource({
    params: () => ({
      planId: this.context.plan()?.id,
      periodId: this.context.period()?.id,
      filter: this.allFilter(),
      page: this.allPage(),
    }),
    loader: ({ params }) => {
      if (!params.planId) return Promise.resolve({ items: [], total: 0 });
      return this.graphql
        .query(ProgressReportsPageDocument, {
          filter: {
            planId: params.planId,
            periodId: params.periodId ?? null,
            statuses: params.filter.status ? [params.filter.status] : null,
            organizationId: params.filter.organizationId || null,
            late: params.filter.late === '' ? null : params.filter.late === 'late',
          },
          page: { offset: params.page.index * params.page.size, limit: params.page.size },
        })
        .then((d) => d.progressReports);
    },
  });

  constructor() {
    void this.organizationsStore.load();
  }

  protected setAllFilter(patch: Partial<ReturnType<typeof this.allFilter>>): void {
    this.allFilter.update((f) => ({ ...f, ...patch }));
    this.allPage.update((p) => ({ ...p, index: 0 }));
  }

  protected onAllPage(event: PageEvent): void {
    this.allPage.set({ index: event.pageIndex, size: event.pageSize });
  }

  protected open(id: string): void {
    void this.router.navigate(['/review', id]);
  }

  protected title(item: { titleAz: string; titleEn: string }): string {
    return this.language.pick(item.titleAz, item.titleEn);
  }
}

function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const item of items) if (!seen.has(key(item))) seen.set(key(item), item);
  return [...seen.values()];
}
