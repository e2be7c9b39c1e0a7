import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { AppNamePipe, AppNumberPipe } from '../../core/i18n/format.pipes';
import { DimensionLabelPipe } from './dimension-label.pipe';
import type { IndicatorDetail, ReportSnapshot } from './report-types';
import { ScrollRegionDirective } from '../ui/scroll-region.directive';

/** Read-only table of a report's indicator values with their disaggregations. */
@Component({
  selector: 'app-indicator-values',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ScrollRegionDirective, TranslocoPipe, AppNamePipe, AppNumberPipe, DimensionLabelPipe],
  template: `
    @if (rows().length === 0) {
      <p class="muted">{{ 'report.noIndicators' | transloco }}</p>
    } @else {
      <div class="table-wrap" appScrollRegion>
        <table class="simple-table">
          <caption class="visually-hidden">
            {{
              'report.indicators' | transloco
            }}
          </caption>
          <thead>
            <tr>
              <th scope="col">{{ 'report.indicator' | transloco }}</th>
              <th scope="col" class="num">{{ 'report.value' | transloco }}</th>
              <th scope="col" class="num">{{ 'report.target' | transloco }}</th>
              <th scope="col">{{ 'report.breakdown' | transloco }}</th>
            </tr>
          </thead>
          <tbody>
            @for (row of rows(); track row.indicator.id) {
              <tr>
                <th scope="row">
                  <span class="muted">{{ row.indicator.code }}</span> {{ row.indicator | appName }}
                </th>
                <td class="num">
                  @if (row.indicator.unit === 'BOOLEAN' && row.value !== null) {
                    {{ (row.value === 1 ? 'common.yes' : 'common.no') | transloco }}
                  } @else {
                    {{ row.value | appNumber }}
                    @if (row.indicator.unit === 'PERCENT' && row.value !== null) {
                      %
                    }
                    @if (row.indicator.unit === 'AMOUNT' && row.value !== null) {
                      {{ row.indicator.currency }}
                    }
                  }
                </td>
                <td class="num">{{ row.indicator.target | appNumber }}</td>
                <td>
                  @for (cell of row.breakdown; track $index) {
                    <span class="cell"
                      >{{ cell.options | appDimension }}: <strong>{{ cell.value | appNumber }}</strong></span
                    >
                  } @empty {
                    <span class="muted">—</span>
                  }
                </td>
              </tr>
            }
          </tbody>
        </table>
      </div>
    }
  `,
  styles: `
    .cell {
      display: inline-block;
      margin: 0 12px 2px 0;
      white-space: nowrap;
    }
  `,
})
export class IndicatorValuesComponent {
  readonly indicators = input.required<readonly IndicatorDetail[]>();
  readonly values = input.required<ReportSnapshot['indicatorValues']>();

  protected readonly rows = computed(() =>
    this.indicators().map((indicator) => {
      const value = (this.values() ?? []).find((v) => v.indicatorId === indicator.id);
      return { indicator, value: value?.value ?? null, breakdown: value?.breakdown ?? [] };
    }),
  );
}
