import { ChangeDetectionStrategy, Component, inject, input, resource, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { ProgressReportDocument } from '@nap/contracts';
import { ApiError } from '../../core/graphql/api-error';
import { GraphqlService } from '../../core/graphql/graphql.service';
import { AppNamePipe } from '../../core/i18n/format.pipes';
import { FileTransferService } from '../../shared/reporting/evidence-files.service';
import { ReportHistoryComponent } from '../../shared/reporting/report-history.component';
import type { ReportEvidence } from '../../shared/reporting/report-types';
import { ReportViewComponent } from '../../shared/reporting/report-view.component';
import { ErrorPanelComponent } from '../../shared/ui/error-panel.component';
import { PageHeaderComponent } from '../../shared/ui/page-header.component';
import { SkeletonComponent } from '../../shared/ui/skeleton.component';
import { StatusChipComponent } from '../../shared/ui/status-chip.component';

/** A report behind a dashboard figure, read-only (auditors see accepted reports only). */
@Component({
  selector: 'app-report-detail',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    MatButtonModule,
    TranslocoPipe,
    AppNamePipe,
    PageHeaderComponent,
    SkeletonComponent,
    ErrorPanelComponent,
    StatusChipComponent,
    ReportViewComponent,
    ReportHistoryComponent,
  ],
  template: `
    @if (report.error(); as e) {
      <app-error-panel [error]="e" [retryable]="true" (retry)="report.reload()" />
      <a mat-button routerLink="/dashboard">{{ 'common.back' | transloco }}</a>
    } @else if (!report.hasValue()) {
      <app-skeleton [rows]="8" [rowHeight]="48" />
    } @else {
      @let r = report.value();
      <nav class="crumbs" [attr.aria-label]="'common.breadcrumbs' | transloco">
        <a routerLink="/dashboard">{{ 'nav.dashboard' | transloco }}</a> › {{ r.measure.code }} ·
        {{ r.organization.code }} · {{ r.period.label }}
      </nav>
      <app-page-header
        [title]="r.measure.code + ' ' + (r.measure | appName: 'title')"
        [subtitle]="(r.organization | appName) + ' · ' + r.period.label"
      >
        <app-status-chip kind="reportStatus" [value]="r.status" />
      </app-page-header>
      <app-error-panel [error]="downloadError()" />
      <app-report-view [report]="r" (downloadEvidence)="download($event)" />
      <section class="panel" aria-labelledby="detail-history">
        <h2 class="panel__title" id="detail-history">{{ 'report.history' | transloco }}</h2>
        <app-report-history [history]="r.history" />
      </section>
    }
  `,
  styles: `
    .crumbs {
      margin-bottom: 8px;
      font-size: 0.875rem;
    }
  `,
})
export class ReportDetailComponent {
  private readonly graphql = inject(GraphqlService);
  private readonly files = inject(FileTransferService);
  readonly id = input.required<string>();
  protected readonly downloadError = signal<ApiError | null>(null);
  protected readonly report = resource({
    params: () => this.id(),
    loader: ({ params }) => this.graphql.query(ProgressReportDocument, { id: params }).then((d) => d.progressReport),
  });

  protected async download(evidence: ReportEvidence): Promise<void> {
    if (!evidence.downloadUrl) return;
    try {
      await this.files.download(evidence.downloadUrl, evidence.fileName ?? evidence.title);
    } catch (error) {
      this.downloadError.set(ApiError.from(error));
    }
  }
}
