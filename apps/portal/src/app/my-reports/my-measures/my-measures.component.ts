import { ChangeDetectionStrategy, Component, computed, inject, resource } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule } from '@angular/material/paginator';
import { MatSelectModule } from '@angular/material/select';
import { MatSortModule } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { type MyAssignmentsQuery, MyAssignmentsDocument } from '@nap/contracts';
import { azIncludes, ImplementationStatus, ragStatus, type RagStatus } from '@nap/domain';
import { SessionStore } from '../../core/auth/session.store';
import { GraphqlService } from '../../core/graphql/graphql.service';
import { AppDatePipe, AppNamePipe, AppPercentPipe } from '../../core/i18n/format.pipes';
import { LanguageService } from '../../core/i18n/language.service';
import { PlanContextStore } from '../../core/plan-context/plan-context.store';
import { PlanPeriodPickerComponent } from '../../core/plan-context/plan-period-picker.component';
import { createListState } from '../../shared/data/list-state';
import { EmptyStateComponent } from '../../shared/ui/empty-state.component';
import { ErrorPanelComponent } from '../../shared/ui/error-panel.component';
import { PageHeaderComponent } from '../../shared/ui/page-header.component';
import { SkeletonComponent } from '../../shared/ui/skeleton.component';
import { StatusChipComponent } from '../../shared/ui/status-chip.component';
import { ScrollRegionDirective } from '../../shared/ui/scroll-region.directive';

type Row = MyAssignmentsQuery['myAssignments'][number] & { status: string; rag: RagStatus };

interface Filter {
  search: string;
  status: string;
  role: string;
}

@Component({
  selector: 'app-my-measures',
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
  templateUrl: './my-measures.component.html',
  styleUrl: './my-measures.component.scss',
})
export class MyMeasuresComponent {
  private readonly graphql = inject(GraphqlService);
  private readonly router = inject(Router);
  private readonly language = inject(LanguageService);
  protected readonly session = inject(SessionStore);
  protected readonly context = inject(PlanContextStore);

  protected readonly columns = ['code', 'title', 'role', 'status', 'dueDate', 'daysLeft', 'rag', 'percent', 'action'];
  protected readonly statuses = ['NONE', 'DRAFT', 'RETURNED', 'SUBMITTED', 'ACCEPTED'];

  protected readonly assignments = resource({
    params: () => this.context.period()?.id,
    loader: ({ params }) =>
      this.graphql.query(MyAssignmentsDocument, { periodId: params }).then((d) => d.myAssignments),
  });

  private readonly rows = computed<Row[]>(() => {
    const items = this.assignments.hasValue() ? this.assignments.value() : [];
    return items.map((item) => {
      const status = item.report?.status ?? 'NONE';
      // The focal point's own figure as a preview; dashboards use accepted data only.
      const rag = ragStatus({
        completion: item.report?.percentComplete ?? 0,
        implementationStatus: (item.report?.implementationStatus as ImplementationStatus | undefined) ?? null,
        startDate: item.assignment.measure.startDate,
        dueDate: item.assignment.measure.dueDate,
        asOf: item.period.endDate,
      });
      return { ...item, status, rag };
    });
  });

  protected readonly list = createListState<Row, Filter>({
    items: this.rows,
    initialFilter: { search: '', status: '', role: '' },
    initialSort: { active: 'status', direction: 'asc' },
    matches: (row, f) =>
      (!f.search ||
        azIncludes(row.assignment.measure.code, f.search) ||
        azIncludes(row.assignment.measure.titleAz, f.search) ||
        azIncludes(row.assignment.measure.titleEn, f.search)) &&
      (!f.status || row.status === f.status) &&
      (!f.role || row.assignment.role === f.role),
    sortValue: (row, column) => {
      switch (column) {
        case 'code':
          return row.assignment.measure.code;
        case 'title':
          return this.language.pick(row.assignment.measure.titleAz, row.assignment.measure.titleEn);
        case 'role':
          return row.assignment.role;
        case 'status':
          // What needs the focal point's attention first.
          return (
            ['RETURNED', 'NONE', 'DRAFT', 'SUBMITTED', 'ACCEPTED'].indexOf(row.status) * 1000 +
            Number(row.assignment.measure.code.split('.')[0] || 0)
          );
        case 'dueDate':
          return row.assignment.measure.dueDate;
        case 'daysLeft':
          return row.daysLeft;
        case 'rag':
          return ['RED', 'AMBER', 'GREEN'].indexOf(row.rag);
        case 'percent':
          return row.report?.percentComplete ?? null;
        default:
          return null;
      }
    },
  });

  protected readonly counts = computed(() => {
    const rows = this.rows();
    const count = (status: string) => rows.filter((r) => r.status === status).length;
    return {
      total: rows.length,
      todo: count('NONE') + count('DRAFT') + count('RETURNED'),
      returned: count('RETURNED'),
      submitted: count('SUBMITTED'),
      accepted: count('ACCEPTED'),
    };
  });
  protected readonly period = computed(
    () => (this.assignments.hasValue() ? this.assignments.value()[0]?.period : null) ?? null,
  );
  protected readonly daysLeft = computed(() =>
    this.assignments.hasValue() ? (this.assignments.value()[0]?.daysLeft ?? null) : null,
  );

  protected open(row: Row): void {
    void this.router.navigate(['/my-measures', row.period.id, row.assignment.id]);
  }
}
