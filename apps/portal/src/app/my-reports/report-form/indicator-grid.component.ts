import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, input, OnInit, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { type FormControl, type FormGroup, type FormRecord, ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import { AppNamePipe, AppNumberPipe } from '../../core/i18n/format.pipes';
import { DimensionLabelPipe } from '../../shared/reporting/dimension-label.pipe';
import type { IndicatorDetail } from '../../shared/reporting/report-types';
import { cellId, dimensionSums, type IndicatorFormValue } from './report-form.model';

export type IndicatorGroup = FormGroup<{
  indicatorId: FormControl<string>;
  value: FormControl<number | null>;
  cells: FormRecord<FormControl<number | null>>;
  crossCells: FormControl<IndicatorFormValue['crossCells']>;
}>;

/**
 * One indicator's value: the total and its disaggregation grid (a row per dimension, a cell
 * per option) with each row's sum shown as you type and checked against the total.
 */
@Component({
  selector: 'app-indicator-grid',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    TranslocoPipe,
    AppNamePipe,
    AppNumberPipe,
    DimensionLabelPipe,
  ],
  template: `
    @let ind = indicator();
    <fieldset class="indicator" [formGroup]="group()" [attr.data-testid]="'indicator-' + ind.code">
      <legend class="indicator__name">
        <span class="muted">{{ ind.code }}</span> {{ ind | appName }}
        <span class="indicator__meta muted">
          · {{ 'unit.' + ind.unit | transloco }}
          @if (ind.currency) {
            ({{ ind.currency }})
          }
          @if (ind.target !== null) {
            · {{ 'report.target' | transloco }} {{ ind.target | appNumber }}
          }
        </span>
      </legend>
      <div class="indicator__total">
        @if (ind.unit === 'BOOLEAN') {
          <mat-form-field>
            <mat-label>{{ 'reportForm.total' | transloco }}</mat-label>
            <mat-select formControlName="value">
              <mat-option [value]="null">—</mat-option>
              <mat-option [value]="1">{{ 'common.yes' | transloco }}</mat-option>
              <mat-option [value]="0">{{ 'common.no' | transloco }}</mat-option>
            </mat-select>
          </mat-form-field>
        } @else {
          <mat-form-field>
            <mat-label>{{ 'reportForm.total' | transloco }}</mat-label>
            <input
              matInput
              type="number"
              inputmode="decimal"
              formControlName="value"
              [min]="0"
              data-testid="indicator-total"
            />
            @if (ind.unit === 'PERCENT') {
              <span matTextSuffix>%</span>
            }
          </mat-form-field>
        }
      </div>
      @if (ind.dimensions.length > 0) {
        <div class="grid" formGroupName="cells">
          @for (dim of ind.dimensions; track dim.code; let d = $index) {
            <div class="grid__row" role="group" [attr.aria-labelledby]="ind.id + '-dim-' + d">
              <span class="grid__label" [id]="ind.id + '-dim-' + d">{{
                'reportForm.by' | transloco: { dimension: (dim.code | appDimension) }
              }}</span>
              @for (option of dim.options; track option) {
                <mat-form-field class="grid__cell">
                  <mat-label>{{ dim.code + ':' + option | appDimension }}</mat-label>
                  <input
                    matInput
                    type="number"
                    inputmode="decimal"
                    [min]="0"
                    [formControlName]="cell(dim.code, option)"
                    [attr.data-testid]="'cell-' + dim.code + '-' + option"
                  />
                </mat-form-field>
              }
              @let s = sums()[d];
              <output
                class="grid__sum"
                [class.grid__sum--bad]="s.mismatch"
                aria-live="polite"
                [attr.data-testid]="'sum-' + dim.code"
              >
                {{ 'reportForm.sum' | transloco }}: <strong>{{ s.sum | appNumber }}</strong>
                @if (total() !== null && ind.unit !== 'PERCENT') {
                  / {{ total() | appNumber }}
                }
                @if (s.mismatch) {
                  <span class="grid__error">{{
                    (s.complete ? 'reportForm.sumMismatch' : 'reportForm.sumExceeds') | transloco
                  }}</span>
                } @else if (s.complete && total() !== null && ind.unit !== 'PERCENT') {
                  <span class="grid__ok">✓</span>
                }
              </output>
            </div>
          }
          @if (crossCellCount() > 0) {
            <p class="muted small">{{ 'reportForm.crossCells' | transloco: { count: crossCellCount() } }}</p>
          }
        </div>
      }
    </fieldset>
  `,
  styles: `
    .indicator {
      border: 1px solid var(--app-border);
      border-radius: 8px;
      padding: 8px 16px 12px;
      margin: 0 0 12px;
    }
    .indicator__name {
      font-weight: 600;
      padding: 0 4px;
    }
    .indicator__meta {
      font-weight: 400;
      font-size: 0.875rem;
    }
    .indicator__total mat-form-field {
      width: 200px;
    }
    .grid__row {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px 12px;
      padding: 4px 0;
      border-top: 1px dashed var(--app-border);
    }
    .grid__label {
      min-width: 140px;
      font-weight: 500;
    }
    .grid__cell {
      width: 130px;
    }
    .grid__sum {
      font-variant-numeric: tabular-nums;
    }
    .grid__sum--bad {
      color: var(--app-danger);
    }
    .grid__error {
      display: block;
      font-size: 0.8125rem;
    }
    .grid__ok {
      color: #0d5c2a;
      margin-left: 4px;
    }
    .small {
      font-size: 0.8125rem;
    }
  `,
})
export class IndicatorGridComponent implements OnInit {
  private readonly destroyRef = inject(DestroyRef);
  readonly indicator = input.required<IndicatorDetail>();
  readonly group = input.required<IndicatorGroup>();

  private readonly value = signal<IndicatorFormValue | null>(null);
  protected readonly sums = computed(() => {
    const value = this.value();
    return value ? dimensionSums(this.indicator(), value) : [];
  });
  protected readonly total = computed(() => this.value()?.value ?? null);
  protected readonly crossCellCount = computed(() => this.value()?.crossCells.length ?? 0);

  ngOnInit(): void {
    const group = this.group();
    this.value.set(group.getRawValue());
    group.valueChanges.pipe(takeUntilDestroyed(this.destroyRef)).subscribe(() => this.value.set(group.getRawValue()));
  }

  protected cell(dimension: string, option: string): string {
    return cellId(dimension, option);
  }
}
