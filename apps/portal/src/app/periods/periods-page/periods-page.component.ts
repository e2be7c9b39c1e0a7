import { ChangeDetectionStrategy, Component, computed, inject, resource, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule } from '@angular/material/paginator';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatSortModule } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { CloseReportingPeriodDocument, ReportingPeriodsDocument, type ReportingPeriodsQuery } from '@nap/contracts';
import { firstValueFrom } from 'rxjs';
import { ApiError } from '../../core/graphql/api-error';
import { GraphqlService } from '../../core/graphql/graphql.service';
import { AppDatePipe, AppNamePipe } from '../../core/i18n/format.pipes';
import { PlanContextStore } from '../../core/plan-context/plan-context.store';
import { PlanPeriodPickerComponent } from '../../core/plan-context/plan-period-picker.component';
import { createListState } from '../../shared/data/list-state';
import { ConfirmDialogComponent, type ConfirmDialogData } from '../../shared/ui/confirm-dialog.component';
import { EmptyStateComponent } from '../../shared/ui/empty-state.component';
import { ErrorPanelComponent } from '../../shared/ui/error-panel.component';
import { IconComponent } from '../../shared/ui/icon.component';
import { PageHeaderComponent } from '../../shared/ui/page-header.component';
import { SkeletonComponent } from '../../shared/ui/skeleton.component';
import { StatusChipComponent } from '../../shared/ui/status-chip.component';
import { OpenPeriodDialogComponent, type OpenPeriodDialogData } from './open-period-dialog.component';
import { ScrollRegionDirective } from '../../shared/ui/scroll-region.directive';
import { addDays, addMonths, daysBetween, periodLabel, wholeMonths } from './period-dates';

type Period = ReportingPeriodsQuery['reportingPeriods'][number];

@Component({
  selector: 'app-periods-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ScrollRegionDirective,
    FormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatPaginatorModule,
    MatTableModule,
    MatSortModule,
    TranslocoPipe,
    AppDatePipe,
    AppNamePipe,
    PageHeaderComponent,
    PlanPeriodPickerComponent,
    SkeletonComponent,
    ErrorPanelComponent,
    EmptyStateComponent,
    StatusChipComponent,
    IconComponent,
  ],
  template: `
    <app-page-header [title]="'nav.periods' | transloco" [subtitle]="context.plan() | appName: 'title'">
      <app-plan-period-picker [showPeriod]="false" />
      <button
        mat-flat-button
        type="button"
        (click)="openPeriod()"
        [disabled]="!context.plan()"
        data-testid="open-period"
      >
        <app-icon name="add" [size]="18" /> {{ 'periods.open' | transloco }}
      </button>
    </app-page-header>
    <app-error-panel [error]="actionError()" />
    <div class="filters" role="search">
      <mat-form-field>
        <mat-label>{{ 'common.search' | transloco }}</mat-label>
        <input
          matInput
          [ngModel]="list.filter().search"
          (ngModelChange)="list.setFilter({ search: $event })"
          data-testid="periods-search"
        />
      </mat-form-field>
      <mat-form-field>
        <mat-label>{{ 'periods.status' | transloco }}</mat-label>
        <mat-select
          [value]="list.filter().status"
          (valueChange)="list.setFilter({ status: $event })"
          data-testid="periods-status"
        >
          <mat-option value="">{{ 'common.all' | transloco }}</mat-option>
          <mat-option value="OPEN">{{ 'periodStatus.OPEN' | transloco }}</mat-option>
          <mat-option value="CLOSED">{{ 'periodStatus.CLOSED' | transloco }}</mat-option>
        </mat-select>
      </mat-form-field>
      @if (list.filterActive()) {
        <button mat-button type="button" (click)="list.resetFilter()">{{ 'common.clearFilters' | transloco }}</button>
      }
    </div>
    @if (periods.error(); as e) {
      <app-error-panel [error]="e" [retryable]="true" (retry)="periods.reload()" />
    } @else if (!periods.hasValue()) {
      <app-skeleton [rows]="4" />
    } @else if (periods.value().length === 0) {
      <app-empty-state icon="event" [title]="'periods.empty' | transloco" [hint]="'periods.emptyHint' | transloco" />
    } @else if (list.total() === 0) {
      <app-empty-state
        icon="filter"
        [title]="'common.noResults' | transloco"
        [hint]="'common.noResultsHint' | transloco"
      >
        <button mat-stroked-button type="button" (click)="list.resetFilter()">
          {{ 'common.clearFilters' | transloco }}
        </button>
      </app-empty-state>
    } @else {
      <div class="table-wrap" appScrollRegion>
        <table
          mat-table
          [dataSource]="list.page()"
          matSort
          [matSortActive]="list.sort().active"
          [matSortDirection]="list.sort().direction"
          (matSortChange)="list.onSort($event)"
          data-testid="periods-table"
        >
          <caption class="visually-hidden">
            {{
              'nav.periods' | transloco
            }}
          </caption>
          <ng-container matColumnDef="label">
            <th mat-header-cell *matHeaderCellDef mat-sort-header>{{ 'periods.label' | transloco }}</th>
            <td mat-cell *matCellDef="let p">
              <strong>{{ p.label }}</strong>
            </td>
          </ng-container>
          <ng-container matColumnDef="startDate">
            <th mat-header-cell *matHeaderCellDef mat-sort-header>{{ 'periods.range' | transloco }}</th>
            <td mat-cell *matCellDef="let p" class="nowrap">{{ p.startDate | appDate }} – {{ p.endDate | appDate }}</td>
          </ng-container>
          <ng-container matColumnDef="dueDate">
            <th mat-header-cell *matHeaderCellDef mat-sort-header>{{ 'reportForm.submissionDue' | transloco }}</th>
            <td mat-cell *matCellDef="let p" class="nowrap">{{ p.dueDate | appDate }}</td>
          </ng-container>
          <ng-container matColumnDef="status">
            <th mat-header-cell *matHeaderCellDef mat-sort-header>{{ 'periods.status' | transloco }}</th>
            <td mat-cell *matCellDef="let p">
              <app-status-chip kind="periodStatus" [value]="p.status" />
              @if (p.closedAt) {
                <span class="muted small">{{ p.closedAt | appDate: true }}</span>
              }
            </td>
          </ng-container>
          <ng-container matColumnDef="action">
            <th mat-header-cell *matHeaderCellDef>
              <span class="visually-hidden">{{ 'common.actions' | transloco }}</span>
            </th>
            <td mat-cell *matCellDef="let p">
              @if (p.status === 'OPEN') {
                <button
                  mat-stroked-button
                  type="button"
                  (click)="close(p)"
                  [attr.aria-label]="('periods.close' | transloco) + ' ' + p.label"
                  [attr.data-testid]="'close-' + p.label"
                >
                  <app-icon name="lock" [size]="18" /> {{ 'periods.close' | transloco }}
                </button>
              }
            </td>
          </ng-container>
          <tr mat-header-row *matHeaderRowDef="columns"></tr>
          <tr mat-row *matRowDef="let p; columns: columns"></tr>
        </table>
      </div>
      <mat-paginator
        [length]="list.total()"
        [pageIndex]="list.pageIndex()"
        [pageSize]="list.pageSize()"
        [pageSizeOptions]="[10, 25, 50]"
        (page)="list.onPage($event)"
      />
    }
  `,
  styles: `
    .small {
      font-size: 0.8125rem;
      margin-left: 6px;
    }
  `,
})
export class PeriodsPageComponent {
  private readonly graphql = inject(GraphqlService);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  protected readonly context = inject(PlanContextStore);
  protected readonly columns = ['label', 'startDate', 'dueDate', 'status', 'action'];
  protected readonly actionError = signal<ApiError | null>(null);

  protected readonly periods = resource({
    params: () => this.context.plan()?.id,
    loader: ({ params }) =>
      this.graphql.query(ReportingPeriodsDocument, { planId: params }).then((d) => d.reportingPeriods),
  });
  private readonly items = computed<Period[]>(() => (this.periods.hasValue() ? this.periods.value() : []));
  protected readonly list = createListState<Period, { search: string; status: '' | 'OPEN' | 'CLOSED' }>({
    items: this.items,
    initialFilter: { search: '', status: '' },
    initialSort: { active: 'startDate', direction: 'desc' },
    pageSize: 10,
    matches: (p, f) =>
      (!f.search || p.label.toLowerCase().includes(f.search.trim().toLowerCase())) &&
      (!f.status || p.status === f.status),
    sortValue: (p, column) => {
      switch (column) {
        case 'label':
          return p.label;
        case 'startDate':
          return p.startDate;
        case 'dueDate':
          return p.dueDate;
        case 'status':
          return p.status;
        default:
          return null;
      }
    },
  });

  /**
   * The next period of the same length as the latest, due 20 days after its end. Periods made
   * of whole calendar months (a year, a quarter) continue in months, so 2016 is followed by
   * 2017-01-01 – 2017-12-31 whatever the leap days.
   */
  private suggestion(): OpenPeriodDialogData['suggestion'] {
    const periods = this.periods.hasValue()
      ? [...this.periods.value()].sort((a, b) => a.endDate.localeCompare(b.endDate))
      : [];
    const last = periods[periods.length - 1];
    const plan = this.context.plan();
    const start = last ? addDays(last.endDate, 1) : (plan?.startDate ?? new Date().toISOString().slice(0, 10));
    const months = last ? wholeMonths(last.startDate, last.endDate) : 12;
    const end = months
      ? addDays(addMonths(start, months), -1)
      : addDays(start, daysBetween(last?.startDate ?? start, last?.endDate ?? start));
    return { label: periodLabel(start, months), startDate: start, endDate: end, dueDate: addDays(end, 20) };
  }

  protected async openPeriod(): Promise<void> {
    const plan = this.context.plan();
    if (!plan) return;
    const saved = await firstValueFrom(
      this.dialog
        .open<
          OpenPeriodDialogComponent,
          OpenPeriodDialogData,
          boolean
        >(OpenPeriodDialogComponent, { data: { planId: plan.id, suggestion: this.suggestion() }, width: '480px' })
        .afterClosed(),
    );
    if (saved) {
      this.periods.reload();
      void this.context.reload();
    }
  }

  protected async close(period: Period): Promise<void> {
    const data: ConfirmDialogData = {
      title: this.transloco.translate('periods.closeTitle', { label: period.label }),
      message: this.transloco.translate('periods.closeMessage', { label: period.label }),
      confirmLabel: this.transloco.translate('periods.close'),
      danger: true,
    };
    const ok = await firstValueFrom(this.dialog.open(ConfirmDialogComponent, { data, width: '480px' }).afterClosed());
    if (!ok) return;
    this.actionError.set(null);
    try {
      await this.graphql.mutate(CloseReportingPeriodDocument, { id: period.id });
      this.snackBar.open(this.transloco.translate('periods.closed', { label: period.label }), undefined, {
        duration: 4000,
      });
      this.periods.reload();
      void this.context.reload();
    } catch (error) {
      this.actionError.set(ApiError.from(error));
    }
  }
}
