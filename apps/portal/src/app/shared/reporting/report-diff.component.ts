import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { AppNamePipe, AppNumberPipe } from '../../core/i18n/format.pipes';
import { LanguageService } from '../../core/i18n/language.service';
import { DimensionLabelPipe } from './dimension-label.pipe';
import type { IndicatorDetail, ReportSnapshot } from './report-types';
import { type DiffPart, diffWords } from './text-diff';
import { ScrollRegionDirective } from '../ui/scroll-region.directive';

interface DiffRow {
  key: string;
  label: string;
  before: string;
  after: string;
  changed: boolean;
  words: DiffPart[] | null;
}

/**
 * A report against an earlier version of it (the previous submission, or the accepted report
 * of the previous period): every field side by side, changes marked, narratives word by word.
 */
@Component({
  selector: 'app-report-diff',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ScrollRegionDirective, MatSlideToggleModule, TranslocoPipe],
  providers: [AppNumberPipe, AppNamePipe, DimensionLabelPipe],
  template: `
    <div class="diff-head">
      <p class="muted">
        {{ 'diff.comparing' | transloco: { before: beforeLabel(), after: afterLabel() } }}
        · {{ 'diff.changedCount' | transloco: { count: changedCount() } }}
      </p>
      <mat-slide-toggle [checked]="onlyChanges()" (change)="onlyChanges.set($event.checked)">{{
        'diff.onlyChanges' | transloco
      }}</mat-slide-toggle>
    </div>
    <div class="table-wrap" appScrollRegion>
      <table class="simple-table diff" data-testid="report-diff">
        <caption class="visually-hidden">
          {{
            'diff.caption' | transloco
          }}
        </caption>
        <thead>
          <tr>
            <th scope="col">{{ 'diff.field' | transloco }}</th>
            <th scope="col">{{ beforeLabel() }}</th>
            <th scope="col">{{ afterLabel() }}</th>
          </tr>
        </thead>
        <tbody>
          @for (row of visibleRows(); track row.key) {
            <tr [class.diff--changed]="row.changed">
              <th scope="row">
                {{ row.label }}
                @if (row.changed) {
                  <span class="chip chip--amber">{{ 'diff.changed' | transloco }}</span>
                }
              </th>
              @if (row.words) {
                <td class="diff__text">
                  @for (part of row.words; track $index) {
                    @if (part.kind !== 'added') {
                      @if (part.kind === 'removed') {
                        <del>{{ part.text }}</del>
                      } @else {
                        <span>{{ part.text }}</span>
                      }
                    }
                  }
                </td>
                <td class="diff__text">
                  @for (part of row.words; track $index) {
                    @if (part.kind !== 'removed') {
                      @if (part.kind === 'added') {
                        <ins>{{ part.text }}</ins>
                      } @else {
                        <span>{{ part.text }}</span>
                      }
                    }
                  }
                </td>
              } @else {
                <td>{{ row.before }}</td>
                <td>
                  @if (row.changed) {
                    <ins>{{ row.after }}</ins>
                  } @else {
                    {{ row.after }}
                  }
                </td>
              }
            </tr>
          } @empty {
            <tr>
              <td colspan="3" class="muted">{{ 'diff.noChanges' | transloco }}</td>
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
  styles: `
    .diff-head {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      align-items: center;
      gap: 8px;
      p {
        margin: 0;
      }
    }
    .diff th[scope='row'] {
      width: 22%;
    }
    .diff td {
      width: 39%;
      vertical-align: top;
    }
    .diff__text {
      white-space: pre-wrap;
    }
    .diff--changed {
      background: #fffbea;
    }
    ins {
      background: #d7f5df;
      color: #0b4d22;
      text-decoration: underline;
    }
    del {
      background: #fde2e1;
      color: #8c1d18;
    }
  `,
})
export class ReportDiffComponent {
  private readonly transloco = inject(TranslocoService);
  private readonly language = inject(LanguageService);
  private readonly numberPipe = inject(AppNumberPipe);
  private readonly namePipe = inject(AppNamePipe);
  private readonly dimensionPipe = inject(DimensionLabelPipe);

  readonly before = input.required<ReportSnapshot>();
  readonly after = input.required<ReportSnapshot>();
  readonly indicators = input<readonly IndicatorDetail[]>([]);
  readonly beforeLabel = input.required<string>();
  readonly afterLabel = input.required<string>();
  protected readonly onlyChanges = signal(false);

  protected readonly rows = computed<DiffRow[]>(() => {
    this.language.code(); // labels follow the UI language
    const a = this.before();
    const b = this.after();
    const t = (key: string) => this.transloco.translate(key);
    const num = (v: number | null | undefined) => this.numberPipe.transform(v ?? null);
    const rows: DiffRow[] = [];
    const plain = (key: string, label: string, before: string, after: string) =>
      rows.push({ key, label, before, after, changed: before !== after, words: null });
    const text = (key: string, label: string, before: string | null | undefined, after: string | null | undefined) => {
      const changed = (before ?? '') !== (after ?? '');
      rows.push({ key, label, before: before ?? '', after: after ?? '', changed, words: diffWords(before, after) });
    };
    plain(
      'status',
      t('report.implementationStatus'),
      a.implementationStatus ? t(`implementationStatus.${a.implementationStatus}`) : '—',
      b.implementationStatus ? t(`implementationStatus.${b.implementationStatus}`) : '—',
    );
    plain('percent', t('report.percentComplete'), num(a.percentComplete), num(b.percentComplete));
    text('narrativeAz', t('report.narrativeAz'), a.narrativeAz, b.narrativeAz);
    text('narrativeEn', t('report.narrativeEn'), a.narrativeEn, b.narrativeEn);
    for (const indicator of this.indicators()) {
      const va = a.indicatorValues?.find((v) => v.indicatorId === indicator.id);
      const vb = b.indicatorValues?.find((v) => v.indicatorId === indicator.id);
      const show = (v: typeof va) => {
        if (!v) return '—';
        const parts = v.breakdown.map((c) => `${this.dimensionPipe.transform(c.options)}: ${num(c.value)}`);
        return [num(v.value), ...(parts.length ? [`(${parts.join('; ')})`] : [])].join(' ');
      };
      plain(`indicator-${indicator.id}`, `${indicator.code} ${this.namePipe.transform(indicator)}`, show(va), show(vb));
    }
    const money = (e: ReportSnapshot['expenditure']) =>
      e ? `${num(e.amount)} ${e.currency}${e.source ? ` · ${e.source}` : ''}` : '—';
    plain('expenditure', t('report.expenditure'), money(a.expenditure), money(b.expenditure));
    text('challenges', t('report.challenges'), a.challenges, b.challenges);
    text('nextSteps', t('report.nextSteps'), a.nextSteps, b.nextSteps);
    const files = (s: ReportSnapshot) =>
      (s.evidence ?? []).map((e) => e.title + (e.sha256 ? ` (${e.sha256.slice(0, 12)}…)` : '')).join('\n') || '—';
    plain('evidence', t('report.evidence'), files(a), files(b));
    return rows;
  });

  protected readonly changedCount = computed(() => this.rows().filter((r) => r.changed).length);
  protected readonly visibleRows = computed(() =>
    this.onlyChanges() ? this.rows().filter((r) => r.changed) : this.rows(),
  );
}
