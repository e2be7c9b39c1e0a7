import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import {
  type AbstractControl,
  FormControl,
  FormGroup,
  ReactiveFormsModule,
  type ValidationErrors,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import { type BuilderMeasureFragment, CreateMeasureDocument, UpdateMeasureDocument } from '@nap/contracts';
import { ApiError } from '../../core/graphql/api-error';
import { GraphqlService } from '../../core/graphql/graphql.service';
import { AppDatePipe, AppNamePipe } from '../../core/i18n/format.pipes';
import { provideIsoDates } from '../../core/i18n/iso-date-adapter';
import { ErrorPanelComponent } from '../../shared/ui/error-panel.component';

export interface MeasureDialogData {
  sections: { id: string; code: string; titleAz: string; titleEn: string }[];
  sectionId: string;
  plan: { startDate: string; endDate: string };
  /** Editing an existing measure (optimistic lock on its version). */
  measure?: BuilderMeasureFragment;
}

@Component({
  selector: 'app-measure-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [provideIsoDates()],
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatDatepickerModule,
    TranslocoPipe,
    AppDatePipe,
    AppNamePipe,
    ErrorPanelComponent,
  ],
  template: `
    <h2 mat-dialog-title>{{ (data.measure ? 'builder.editMeasure' : 'builder.newMeasure') | transloco }}</h2>
    <form [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content class="dialog-form">
        <app-error-panel [error]="error()" />
        <mat-form-field>
          <mat-label>{{ 'measure.section' | transloco }}</mat-label>
          <mat-select formControlName="sectionId">
            @for (s of data.sections; track s.id) {
              <mat-option [value]="s.id">{{ s.code }}. {{ s | appName: 'title' }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
        <div class="row">
          <mat-form-field class="narrow">
            <mat-label>{{ 'builder.code' | transloco }}</mat-label>
            <input matInput formControlName="code" required data-testid="measure-code" />
          </mat-form-field>
          <mat-form-field class="narrow">
            <mat-label>{{ 'builder.weight' | transloco }}</mat-label>
            <input matInput type="number" min="0" step="0.5" formControlName="weight" />
          </mat-form-field>
        </div>
        <mat-form-field>
          <mat-label>{{ 'builder.titleAz' | transloco }}</mat-label>
          <textarea
            matInput
            rows="2"
            formControlName="titleAz"
            required
            lang="az"
            data-testid="measure-title-az"
          ></textarea>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'builder.titleEn' | transloco }}</mat-label>
          <textarea
            matInput
            rows="2"
            formControlName="titleEn"
            required
            lang="en"
            data-testid="measure-title-en"
          ></textarea>
        </mat-form-field>
        <div class="row">
          <mat-form-field>
            <mat-label>{{ 'builder.startDate' | transloco }}</mat-label>
            <input
              matInput
              [matDatepicker]="startPicker"
              formControlName="startDate"
              [min]="data.plan.startDate"
              [max]="data.plan.endDate"
              required
              data-testid="measure-start"
            />
            <mat-datepicker-toggle matIconSuffix [for]="startPicker" />
            <mat-datepicker #startPicker />
            @if (form.controls.startDate.hasError('matDatepickerParse')) {
              <mat-error>{{ 'validation.dateFormat' | transloco }}</mat-error>
            } @else if (form.controls.startDate.hasError('dateRange')) {
              <mat-error data-testid="measure-start-error">{{
                'validation.dateRange'
                  | transloco: { min: (data.plan.startDate | appDate), max: (data.plan.endDate | appDate) }
              }}</mat-error>
            }
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'measure.dueDate' | transloco }}</mat-label>
            <input
              matInput
              [matDatepicker]="duePicker"
              formControlName="dueDate"
              [min]="data.plan.startDate"
              [max]="data.plan.endDate"
              required
              data-testid="measure-due"
            />
            <mat-datepicker-toggle matIconSuffix [for]="duePicker" />
            <mat-datepicker #duePicker />
            @if (form.controls.dueDate.hasError('matDatepickerParse')) {
              <mat-error data-testid="measure-due-error">{{ 'validation.dateFormat' | transloco }}</mat-error>
            } @else if (form.controls.dueDate.hasError('dateRange')) {
              <mat-error data-testid="measure-due-error">{{
                'validation.dateRange'
                  | transloco: { min: (data.plan.startDate | appDate), max: (data.plan.endDate | appDate) }
              }}</mat-error>
            } @else if (form.controls.dueDate.hasError('dueBeforeStart')) {
              <mat-error data-testid="measure-due-error">{{ 'validation.dueBeforeStart' | transloco }}</mat-error>
            }
          </mat-form-field>
        </div>
        <mat-form-field>
          <mat-label>{{ 'measure.expectedResult' | transloco }} (AZ)</mat-label>
          <textarea matInput rows="2" formControlName="expectedResultAz" lang="az"></textarea>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'measure.expectedResult' | transloco }} (EN)</mat-label>
          <textarea matInput rows="2" formControlName="expectedResultEn" lang="en"></textarea>
        </mat-form-field>
        <div class="row">
          <mat-form-field>
            <mat-label>{{ 'builder.plannedBudget' | transloco }}</mat-label>
            <input matInput type="number" min="0" formControlName="plannedBudget" />
            <span matTextSuffix>AZN</span>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'reportForm.source' | transloco }}</mat-label>
            <input matInput formControlName="fundingSource" />
          </mat-form-field>
        </div>
        <mat-form-field>
          <mat-label>{{ 'builder.tags' | transloco }}</mat-label>
          <input matInput formControlName="tags" placeholder="SDG 5.2, SDG 8.7" />
          <mat-hint>{{ 'builder.tagsHint' | transloco }}</mat-hint>
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'common.cancel' | transloco }}</button>
        <button mat-flat-button type="submit" [disabled]="busy()" data-testid="dialog-save">
          {{ 'common.save' | transloco }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .row {
      display: flex;
      gap: 12px;
      flex-wrap: wrap;
      mat-form-field {
        flex: 1 1 180px;
      }
    }
  `,
})
export class MeasureDialogComponent {
  protected readonly data = inject<MeasureDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject(MatDialogRef<MeasureDialogComponent, boolean>);
  private readonly graphql = inject(GraphqlService);
  protected readonly busy = signal(false);
  protected readonly error = signal<ApiError | null>(null);
  private readonly m = this.data.measure;
  protected readonly form = new FormGroup({
    sectionId: new FormControl(this.m?.sectionId ?? this.data.sectionId, {
      nonNullable: true,
      validators: Validators.required,
    }),
    code: new FormControl(this.m?.code ?? '', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(20)],
    }),
    weight: new FormControl<number | null>(this.m?.weight ?? 1, [Validators.min(0)]),
    titleAz: new FormControl(this.m?.titleAz ?? '', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(1000)],
    }),
    titleEn: new FormControl(this.m?.titleEn ?? '', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(1000)],
    }),
    startDate: new FormControl(this.m?.startDate ?? this.data.plan.startDate, {
      nonNullable: true,
      validators: [Validators.required, withinPlan(this.data.plan)],
    }),
    dueDate: new FormControl(this.m?.dueDate ?? this.data.plan.endDate, {
      nonNullable: true,
      validators: [Validators.required, withinPlan(this.data.plan), notBeforeStart],
    }),
    expectedResultAz: new FormControl(this.m?.expectedResultAz ?? '', { nonNullable: true }),
    expectedResultEn: new FormControl(this.m?.expectedResultEn ?? '', { nonNullable: true }),
    plannedBudget: new FormControl<number | null>(this.m?.plannedBudget ?? null, [Validators.min(0)]),
    fundingSource: new FormControl(this.m?.fundingSource ?? '', { nonNullable: true }),
    tags: new FormControl((this.m?.tags ?? []).join(', '), { nonNullable: true }),
  });

  constructor() {
    // The due date is checked against the start date: re-check it when the start changes.
    this.form.controls.startDate.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe(() => this.form.controls.dueDate.updateValueAndValidity());
  }

  protected async save(): Promise<void> {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const v = this.form.getRawValue();
    const fields = {
      sectionId: v.sectionId,
      code: v.code.trim(),
      titleAz: v.titleAz.trim(),
      titleEn: v.titleEn.trim(),
      startDate: v.startDate,
      dueDate: v.dueDate,
      weight: v.weight ?? 1,
      expectedResultAz: v.expectedResultAz.trim() || null,
      expectedResultEn: v.expectedResultEn.trim() || null,
      plannedBudget: v.plannedBudget,
      fundingSource: v.fundingSource.trim() || null,
      tags: v.tags
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean),
    };
    this.busy.set(true);
    this.error.set(null);
    try {
      if (this.m)
        await this.graphql.mutate(UpdateMeasureDocument, {
          input: { id: this.m.id, version: this.m.version, ...fields },
        });
      else await this.graphql.mutate(CreateMeasureDocument, { input: fields });
      this.ref.close(true);
    } catch (error) {
      this.error.set(ApiError.from(error));
    } finally {
      this.busy.set(false);
    }
  }
}

/** An ISO date inside the plan's period (the API refuses dates outside it). */
function withinPlan(plan: { startDate: string; endDate: string }) {
  return (control: AbstractControl<string>): ValidationErrors | null => {
    const value = control.value;
    if (!value) return null;
    return value < plan.startDate || value > plan.endDate
      ? { dateRange: { min: plan.startDate, max: plan.endDate } }
      : null;
  };
}

function notBeforeStart(control: AbstractControl<string>): ValidationErrors | null {
  const start = control.parent?.get('startDate')?.value as string | undefined;
  return start && control.value && control.value < start ? { dueBeforeStart: true } : null;
}
