import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { AppDatePipe } from '../../core/i18n/format.pipes';
import { StatusChipComponent } from '../ui/status-chip.component';
import type { ReportHistoryEntry } from './report-types';

/** The workflow history of a report, newest first, with comments. */
@Component({
  selector: 'app-report-history',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoPipe, AppDatePipe, StatusChipComponent],
  template: `
    @if (entries().length === 0) {
      <p class="muted">{{ 'report.noHistory' | transloco }}</p>
    } @else {
      <ol class="history" data-testid="report-history">
        @for (e of entries(); track e.id) {
          <li class="history__entry">
            <div class="history__head">
              <strong>{{ 'workflowAction.' + e.action | transloco }}</strong>
              <app-status-chip kind="reportStatus" [value]="e.toStatus" />
              @if (e.late) {
                <span class="chip chip--amber">{{ 'report.late' | transloco }}</span>
              }
            </div>
            <div class="history__meta muted">
              {{ e.at | appDate: true }} · {{ e.actorName ?? '—' }} ·
              {{ 'report.version' | transloco: { version: e.reportVersion } }}
            </div>
            @if (e.comment) {
              <blockquote class="history__comment">{{ e.comment }}</blockquote>
            }
          </li>
        }
      </ol>
    }
  `,
  styles: `
    .history {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .history__entry {
      border-left: 3px solid var(--app-border);
      padding: 4px 0 12px 12px;
    }
    .history__head {
      display: flex;
      gap: 8px;
      align-items: center;
      flex-wrap: wrap;
    }
    .history__meta {
      font-size: 0.8125rem;
      margin-top: 2px;
    }
    .history__comment {
      margin: 6px 0 0;
      padding: 8px 12px;
      background: var(--app-surface-dim);
      border-radius: 6px;
      white-space: pre-wrap;
    }
  `,
})
export class ReportHistoryComponent {
  readonly history = input.required<readonly ReportHistoryEntry[]>();
  protected readonly entries = computed(() => [...this.history()].reverse());
}
