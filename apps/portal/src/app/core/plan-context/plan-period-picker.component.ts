import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import { AppNamePipe } from '../i18n/format.pipes';
import { PlanContextStore } from './plan-context.store';

/** Plan and period choice shared by every workspace. */
@Component({
  selector: 'app-plan-period-picker',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatFormFieldModule, MatSelectModule, TranslocoPipe, AppNamePipe],
  template: `
    @if (context.plans().length > 1) {
      <mat-form-field class="picker picker--plan">
        <mat-label>{{ 'context.plan' | transloco }}</mat-label>
        <mat-select [value]="context.plan()?.id" (valueChange)="context.selectPlan($event)" data-testid="plan-picker">
          @for (p of context.plans(); track p.id) {
            <mat-option [value]="p.id">{{ p.code }} — {{ p | appName: 'title' }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
    }
    @if (showPeriod()) {
      <mat-form-field class="picker picker--period">
        <mat-label>{{ 'context.period' | transloco }}</mat-label>
        <mat-select
          [value]="context.period()?.id"
          (valueChange)="context.selectPeriod($event)"
          data-testid="period-picker"
        >
          @for (p of context.periods(); track p.id) {
            <mat-option [value]="p.id">{{ p.label }} · {{ 'periodStatus.' + p.status | transloco }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
    }
  `,
  styles: `
    :host {
      display: flex;
      gap: 12px;
      flex-wrap: wrap;
    }
    .picker--plan {
      width: 320px;
      max-width: 100%;
    }
    .picker--period {
      width: 180px;
    }
  `,
})
export class PlanPeriodPickerComponent {
  protected readonly context = inject(PlanContextStore);
  readonly showPeriod = input(true);

  constructor() {
    void this.context.ensureLoaded();
  }
}
