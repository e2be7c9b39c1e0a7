import { ChangeDetectionStrategy, Component, computed, inject, input, resource, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTabsModule } from '@angular/material/tabs';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import {
  AcceptedReportsOfAssignmentDocument,
  AcceptProgressReportDocument,
  ProgressReportDocument,
  ReopenProgressReportDocument,
  ReturnProgressReportDocument,
} from '@nap/contracts';
import { firstValueFrom } from 'rxjs';
import { ApiError } from '../../core/graphql/api-error';
import { GraphqlService } from '../../core/graphql/graphql.service';
import { AppDatePipe, AppNamePipe } from '../../core/i18n/format.pipes';
import { FileTransferService } from '../../shared/reporting/evidence-files.service';
import { ReportDiffComponent } from '../../shared/reporting/report-diff.component';
import { ReportHistoryComponent } from '../../shared/reporting/report-history.component';
import {
  type ProgressReportDetail,
  type ReportEvidence,
  type ReportSnapshot,
  snapshotOf,
} from '../../shared/reporting/report-types';
import { ReportViewComponent } from '../../shared/reporting/report-view.component';
import {
  ConfirmDialogComponent,
  type ConfirmDialogData,
  type ConfirmDialogResult,
} from '../../shared/ui/confirm-dialog.component';
import { ErrorPanelComponent } from '../../shared/ui/error-panel.component';
import { IconComponent } from '../../shared/ui/icon.component';
import { PageHeaderComponent } from '../../shared/ui/page-header.component';
import { SkeletonComponent } from '../../shared/ui/skeleton.component';
import { StatusChipComponent } from '../../shared/ui/status-chip.component';

interface Comparison {
  snapshot: ReportSnapshot;
  /** Translation key and parameters of what is compared. */
  labelKey: string;
  labelParams: Record<string, string | number | undefined>;
}

type ReviewAction = 'ACCEPT' | 'RETURN' | 'REOPEN';

@Component({
  selector: 'app-review-report',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    MatButtonModule,
    MatTabsModule,
    TranslocoPipe,
    AppDatePipe,
    AppNamePipe,
    PageHeaderComponent,
    SkeletonComponent,
    ErrorPanelComponent,
    StatusChipComponent,
    IconComponent,
    ReportViewComponent,
    ReportDiffComponent,
    ReportHistoryComponent,
  ],
  templateUrl: './review-report.component.html',
  styleUrl: './review-report.component.scss',
})
export class ReviewReportComponent {
  private readonly graphql = inject(GraphqlService);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  private readonly router = inject(Router);
  private readonly files = inject(FileTransferService);

  /** Route parameter. */
  readonly id = input.required<string>();

  protected readonly acting = signal(false);
  protected readonly actionError = signal<ApiError | null>(null);

  protected readonly report = resource({
    params: () => this.id(),
    loader: ({ params }) => this.graphql.query(ProgressReportDocument, { id: params }).then((d) => d.progressReport),
  });

  /** The accepted report of the same assignment in the previous period, when there is no earlier submission. */
  private readonly previousPeriodReport = resource({
    params: () => {
      const r = this.report.hasValue() ? this.report.value() : null;
      return r
        ? { measureId: r.measureId, organizationId: r.organizationId, periodStart: r.period.startDate }
        : undefined;
    },
    loader: async ({ params }) => {
      const data = await this.graphql.query(AcceptedReportsOfAssignmentDocument, {
        filter: { measureId: params.measureId, organizationId: params.organizationId, statuses: ['ACCEPTED'] },
      });
      return (
        data.progressReports.items
          .filter((r) => r.period.endDate < params.periodStart)
          .sort((a, b) => b.period.endDate.localeCompare(a.period.endDate))[0] ?? null
      );
    },
  });

  /** What to compare with: the previous submission of this report, else last period's accepted report. */
  protected readonly comparison = computed<Comparison | null>(() => {
    if (!this.report.hasValue()) return null;
    const report = this.report.value();
    const submissions = report.history.filter((h) => h.action === 'SUBMIT' && h.snapshot);
    if (submissions.length >= 2) {
      const previous = submissions[submissions.length - 2];
      return {
        snapshot: previous.snapshot as ReportSnapshot,
        labelKey: 'review.previousSubmission',
        labelParams: { version: previous.reportVersion },
      };
    }
    const lastPeriod = this.previousPeriodReport.hasValue() ? this.previousPeriodReport.value() : null;
    if (lastPeriod)
      return {
        snapshot: snapshotOf(lastPeriod),
        labelKey: 'review.previousPeriod',
        labelParams: { period: lastPeriod.period.label },
      };
    return null;
  });
  protected readonly current = computed(() => (this.report.hasValue() ? snapshotOf(this.report.value()) : null));
  protected readonly allowed = computed(
    () => new Set(this.report.hasValue() ? this.report.value().allowedActions : []),
  );

  protected async act(action: ReviewAction): Promise<void> {
    if (!this.report.hasValue()) return;
    const report = this.report.value();
    const t = (key: string, params?: Record<string, unknown>) => this.transloco.translate(key, params);
    const subject = { code: report.measure.code, organization: report.organization.code, period: report.period.label };
    const data: ConfirmDialogData = {
      ACCEPT: {
        title: t('review.acceptTitle'),
        message: t('review.acceptMessage', subject),
        confirmLabel: t('review.accept'),
        comment: { label: t('review.commentOptional'), required: false },
      },
      RETURN: {
        title: t('review.returnTitle'),
        message: t('review.returnMessage', subject),
        confirmLabel: t('review.return'),
        comment: { label: t('review.commentRequired'), required: true },
        danger: true,
      },
      REOPEN: {
        title: t('review.reopenTitle'),
        message: t('review.reopenMessage', subject),
        confirmLabel: t('review.reopen'),
        comment: { label: t('review.reasonRequired'), required: true },
        danger: true,
      },
    }[action];
    const result = await firstValueFrom(
      this.dialog
        .open<
          ConfirmDialogComponent,
          ConfirmDialogData,
          ConfirmDialogResult
        >(ConfirmDialogComponent, { data, width: '520px' })
        .afterClosed(),
    );
    if (!result) return;
    this.acting.set(true);
    this.actionError.set(null);
    try {
      let updated: ProgressReportDetail;
      if (action === 'ACCEPT') {
        updated = (
          await this.graphql.mutate(AcceptProgressReportDocument, { id: report.id, comment: result.comment || null })
        ).acceptProgressReport;
      } else if (action === 'RETURN') {
        updated = (await this.graphql.mutate(ReturnProgressReportDocument, { id: report.id, comment: result.comment }))
          .returnProgressReport;
      } else {
        updated = (await this.graphql.mutate(ReopenProgressReportDocument, { id: report.id, reason: result.comment }))
          .reopenProgressReport;
      }
      this.report.set(updated);
      this.snackBar.open(t(`review.done.${action}`, subject), undefined, { duration: 5000 });
      if (action !== 'REOPEN') await this.router.navigate(['/review']);
    } catch (error) {
      this.actionError.set(ApiError.from(error));
    } finally {
      this.acting.set(false);
    }
  }

  protected async downloadEvidence(evidence: ReportEvidence): Promise<void> {
    if (!evidence.downloadUrl) return;
    try {
      await this.files.download(evidence.downloadUrl, evidence.fileName ?? evidence.title);
    } catch (error) {
      this.actionError.set(ApiError.from(error));
    }
  }
}
