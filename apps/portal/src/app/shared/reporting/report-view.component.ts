import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { AppDatePipe, AppNumberPipe, AppPercentPipe } from '../../core/i18n/format.pipes';
import { StatusChipComponent } from '../ui/status-chip.component';
import { EvidenceListComponent } from './evidence-list.component';
import { IndicatorValuesComponent } from './indicator-values.component';
import { type ProgressReportDetail, type ReportEvidence, snapshotOf } from './report-types';

/** A progress report, read-only: what a reviewer or auditor reads. */
@Component({
  selector: 'app-report-view',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    TranslocoPipe,
    AppDatePipe,
    AppNumberPipe,
    AppPercentPipe,
    StatusChipComponent,
    IndicatorValuesComponent,
    EvidenceListComponent,
  ],
  template: `
    @let r = report();
    <section class="panel" aria-labelledby="report-figures">
      <h2 class="panel__title" id="report-figures">{{ 'report.progress' | transloco }}</h2>
      <dl class="facts">
        <div>
          <dt>{{ 'report.implementationStatus' | transloco }}</dt>
          <dd><app-status-chip kind="implementationStatus" [value]="r.implementationStatus" /></dd>
        </div>
        <div>
          <dt>{{ 'report.percentComplete' | transloco }}</dt>
          <dd data-testid="report-percent">{{ r.percentComplete | appPercent: 0 }}</dd>
        </div>
        <div>
          <dt>{{ 'report.submittedAt' | transloco }}</dt>
          <dd>
            {{ r.submittedAt | appDate: true }}
            @if (r.late) {
              <span class="chip chip--amber">{{ 'report.late' | transloco }}</span>
            }
          </dd>
        </div>
        <div>
          <dt>{{ 'report.versionLabel' | transloco }}</dt>
          <dd>{{ r.version }}</dd>
        </div>
      </dl>
    </section>
    <section class="panel" aria-labelledby="report-narrative">
      <h2 class="panel__title" id="report-narrative">{{ 'report.narrative' | transloco }}</h2>
      <h3 class="sub">{{ 'report.narrativeAz' | transloco }}</h3>
      <p class="prose" lang="az">{{ r.narrativeAz || '—' }}</p>
      <h3 class="sub">{{ 'report.narrativeEn' | transloco }}</h3>
      <p class="prose" lang="en">{{ r.narrativeEn || '—' }}</p>
      <div class="grid-2">
        <div>
          <h3 class="sub">{{ 'report.challenges' | transloco }}</h3>
          <p class="prose">{{ r.challenges || '—' }}</p>
        </div>
        <div>
          <h3 class="sub">{{ 'report.nextSteps' | transloco }}</h3>
          <p class="prose">{{ r.nextSteps || '—' }}</p>
        </div>
      </div>
    </section>
    <section class="panel" aria-labelledby="report-indicators">
      <h2 class="panel__title" id="report-indicators">{{ 'report.indicators' | transloco }}</h2>
      <app-indicator-values [indicators]="r.measure.indicators" [values]="snapshot().indicatorValues" />
    </section>
    <section class="panel" aria-labelledby="report-money">
      <h2 class="panel__title" id="report-money">{{ 'report.expenditure' | transloco }}</h2>
      @if (r.expenditureAmount !== null) {
        <p>
          <strong>{{ r.expenditureAmount | appNumber }} {{ r.expenditureCurrency }}</strong>
          @if (r.expenditureSource) {
            · {{ r.expenditureSource }}
          }
        </p>
      } @else {
        <p class="muted">—</p>
      }
    </section>
    <section class="panel" aria-labelledby="report-evidence">
      <h2 class="panel__title" id="report-evidence">{{ 'report.evidence' | transloco }}</h2>
      <app-evidence-list [evidence]="r.evidence" (download)="downloadEvidence.emit($event)" />
    </section>
  `,
  styles: `
    .facts {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(160px, 1fr));
      gap: 12px;
      margin: 0;
      dt {
        font-size: 0.8125rem;
        color: var(--app-text-muted);
      }
      dd {
        margin: 2px 0 0;
        font-weight: 600;
      }
    }
    .sub {
      font-size: 0.875rem;
      margin: 12px 0 4px;
      color: var(--app-text-muted);
    }
    .prose {
      white-space: pre-wrap;
      margin: 0;
    }
  `,
})
export class ReportViewComponent {
  readonly report = input.required<ProgressReportDetail>();
  readonly downloadEvidence = output<ReportEvidence>();
  protected snapshot() {
    return snapshotOf(this.report());
  }
}
