import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, resource, signal } from '@angular/core';
import { FormControl, FormGroup, FormsModule, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatPaginatorModule } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSortModule } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  type GeneratedReportFieldsFragment,
  GeneratedReportDocument,
  GeneratedReportsDocument,
  GenerateReportDocument,
  type Language,
  type ReportFormat,
  type ReportKind,
} from '@nap/contracts';
import { ApiError } from '../../core/graphql/api-error';
import { GraphqlService } from '../../core/graphql/graphql.service';
import { AppDatePipe, AppNamePipe, AppNumberPipe } from '../../core/i18n/format.pipes';
import { LanguageService } from '../../core/i18n/language.service';
import { PlanContextStore } from '../../core/plan-context/plan-context.store';
import { PlanPeriodPickerComponent } from '../../core/plan-context/plan-period-picker.component';
import { OrganizationsStore } from '../../review/data-access/organizations.store';
import { createListState } from '../../shared/data/list-state';
import { FileTransferService } from '../../shared/reporting/evidence-files.service';
import { EmptyStateComponent } from '../../shared/ui/empty-state.component';
import { ErrorPanelComponent } from '../../shared/ui/error-panel.component';
import { IconComponent } from '../../shared/ui/icon.component';
import { PageHeaderComponent } from '../../shared/ui/page-header.component';
import { SkeletonComponent } from '../../shared/ui/skeleton.component';
import { StatusChipComponent } from '../../shared/ui/status-chip.component';
import { ScrollRegionDirective } from '../../shared/ui/scroll-region.directive';

type Generated = GeneratedReportFieldsFragment;

const POLL_MS = 600;

@Component({
  selector: 'app-reports-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ScrollRegionDirective,
    FormsModule,
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatSelectModule,
    MatProgressBarModule,
    MatTableModule,
    MatSortModule,
    MatPaginatorModule,
    TranslocoPipe,
    AppDatePipe,
    AppNamePipe,
    AppNumberPipe,
    PageHeaderComponent,
    PlanPeriodPickerComponent,
    SkeletonComponent,
    ErrorPanelComponent,
    EmptyStateComponent,
    StatusChipComponent,
    IconComponent,
  ],
  templateUrl: './reports-page.component.html',
  styleUrl: './reports-page.component.scss',
})
export class ReportsPageComponent {
  private readonly graphql = inject(GraphqlService);
  private readonly files = inject(FileTransferService);
  private readonly language = inject(LanguageService);
  protected readonly context = inject(PlanContextStore);
  protected readonly organizationsStore = inject(OrganizationsStore);

  protected readonly kinds: ReportKind[] = ['PLAN_COMPLETION', 'ANNUAL_REPORT', 'AGENCY_SCORECARD'];
  protected readonly formats: ReportFormat[] = ['PDF', 'XLSX', 'DOCX', 'CSV'];
  protected readonly languages: Language[] = ['AZ', 'EN'];
  protected readonly columns = ['createdAt', 'kind', 'period', 'format', 'status', 'size', 'sha256', 'download'];

  protected readonly form = new FormGroup({
    kind: new FormControl<ReportKind>('PLAN_COMPLETION', { nonNullable: true }),
    organizationId: new FormControl<string>('', { nonNullable: true }),
    format: new FormControl<ReportFormat>('PDF', { nonNullable: true }),
    language: new FormControl<Language>(this.language.code() === 'en' ? 'EN' : 'AZ', { nonNullable: true }),
    public: new FormControl(false, { nonNullable: true }),
  });
  protected readonly kind = signal<ReportKind>('PLAN_COMPLETION');

  protected readonly current = signal<Generated | null>(null);
  protected readonly generating = signal(false);
  protected readonly error = signal<ApiError | null>(null);
  private pollTimer: ReturnType<typeof setTimeout> | null = null;

  protected readonly history = resource({
    params: () => this.context.plan()?.id,
    loader: ({ params }) =>
      this.graphql
        .query(GeneratedReportsDocument, { planId: params, page: { offset: 0, limit: 200 } })
        .then((d) => d.generatedReports.items),
  });
  private readonly periodLabels = computed(() => new Map(this.context.periods().map((p) => [p.id, p.label])));
  private readonly organizationCodes = computed(
    () => new Map(this.organizationsStore.organizations().map((o) => [o.id, o.code])),
  );

  protected readonly list = createListState<Generated, { kind: string; format: string }>({
    items: computed(() => (this.history.hasValue() ? this.history.value() : [])),
    initialFilter: { kind: '', format: '' },
    initialSort: { active: 'createdAt', direction: 'desc' },
    pageSize: 10,
    matches: (r, f) => (!f.kind || r.kind === f.kind) && (!f.format || r.format === f.format),
    sortValue: (r, column) => {
      switch (column) {
        case 'createdAt':
          return r.createdAt;
        case 'kind':
          return r.kind;
        case 'period':
          return this.periodLabel(r.periodId);
        case 'format':
          return r.format;
        case 'status':
          return r.status;
        case 'size':
          return r.sizeBytes;
        default:
          return null;
      }
    },
  });

  constructor() {
    void this.organizationsStore.load();
    this.form.controls.kind.valueChanges.subscribe((kind) => {
      this.kind.set(kind);
      const organization = this.form.controls.organizationId;
      organization.setValidators(kind === 'AGENCY_SCORECARD' ? Validators.required : null);
      organization.updateValueAndValidity();
    });
    inject(DestroyRef).onDestroy(() => this.stopPolling());
  }

  protected periodLabel(id: string): string {
    return this.periodLabels().get(id) ?? '—';
  }
  protected organizationCode(id: string | null): string {
    return id ? (this.organizationCodes().get(id) ?? '') : '';
  }

  protected async generate(): Promise<void> {
    const plan = this.context.plan();
    const period = this.context.period();
    if (!plan || !period) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const v = this.form.getRawValue();
    this.stopPolling();
    this.error.set(null);
    this.generating.set(true);
    try {
      const data = await this.graphql.mutate(GenerateReportDocument, {
        input: {
          planId: plan.id,
          periodId: period.id,
          kind: v.kind,
          format: v.format,
          language: v.language,
          public: v.public,
          organizationId: v.kind === 'AGENCY_SCORECARD' ? v.organizationId : null,
        },
      });
      this.current.set(data.generateReport);
      this.poll(data.generateReport.id);
    } catch (error) {
      this.error.set(ApiError.from(error));
      this.generating.set(false);
    }
  }

  /** Generation runs in the background; follow its progress until it is done or failed. */
  private poll(id: string): void {
    this.pollTimer = setTimeout(async () => {
      try {
        const report = (await this.graphql.query(GeneratedReportDocument, { id })).generatedReport;
        this.current.set(report);
        if (report.status === 'DONE' || report.status === 'FAILED') {
          this.generating.set(false);
          this.history.reload();
          return;
        }
        this.poll(id);
      } catch (error) {
        this.error.set(ApiError.from(error));
        this.generating.set(false);
      }
    }, POLL_MS);
  }

  private stopPolling(): void {
    if (this.pollTimer) clearTimeout(this.pollTimer);
    this.pollTimer = null;
  }

  protected async download(report: Generated): Promise<void> {
    if (!report.url) return;
    this.error.set(null);
    try {
      await this.files.download(report.url, report.fileName ?? `report.${report.format.toLowerCase()}`);
    } catch (error) {
      this.error.set(ApiError.from(error));
    }
  }

  protected async copy(text: string): Promise<void> {
    await navigator.clipboard?.writeText(text).catch(() => undefined);
  }
}
