import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import { OpenReportingPeriodDocument } from '@nap/contracts';
import { ApiError } from '../../core/graphql/api-error';
import { GraphqlService } from '../../core/graphql/graphql.service';
import { ErrorPanelComponent } from '../../shared/ui/error-panel.component';
import { provideIsoDates } from '../../core/i18n/iso-date-adapter';

export interface OpenPeriodDialogData {
  planId: string;
  suggestion: { label: string; startDate: string; endDate: string; dueDate: string };
}

@Component({
  selector: 'app-open-period-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [provideIsoDates()],
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatDatepickerModule,
    TranslocoPipe,
    ErrorPanelComponent,
  ],
  template: `
    <h2 mat-dialog-title>{{ 'periods.openTitle' | transloco }}</h2>
    <form [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content class="dialog-form">
        <app-error-panel [error]="error()" />
        <mat-form-field>
          <mat-label>{{ 'periods.label' | transloco }}</mat-label>
          <input matInput formControlName="label" required placeholder="2016-Q3" data-testid="period-label" />
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'builder.startDate' | transloco }}</mat-label>
          <input matInput [matDatepicker]="startDatePicker" formControlName="startDate" required />
          <mat-datepicker-toggle matIconSuffix [for]="startDatePicker" />
          <mat-datepicker #startDatePicker />
          @if (form.controls.startDate.hasError('matDatepickerParse')) {
            <mat-error>{{ 'validation.dateFormat' | transloco }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'periods.endDate' | transloco }}</mat-label>
          <input matInput [matDatepicker]="endDatePicker" formControlName="endDate" required />
          <mat-datepicker-toggle matIconSuffix [for]="endDatePicker" />
          <mat-datepicker #endDatePicker />
          @if (form.controls.endDate.hasError('matDatepickerParse')) {
            <mat-error>{{ 'validation.dateFormat' | transloco }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'reportForm.submissionDue' | transloco }}</mat-label>
          <input matInput [matDatepicker]="dueDatePicker" formControlName="dueDate" required />
          <mat-datepicker-toggle matIconSuffix [for]="dueDatePicker" />
          <mat-datepicker #dueDatePicker />
          @if (form.controls.dueDate.hasError('matDatepickerParse')) {
            <mat-error>{{ 'validation.dateFormat' | transloco }}</mat-error>
          }
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'common.cancel' | transloco }}</button>
        <button mat-flat-button type="submit" [disabled]="busy()" data-testid="dialog-save">
          {{ 'periods.open' | transloco }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
})
export class OpenPeriodDialogComponent {
  protected readonly data = inject<OpenPeriodDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject(MatDialogRef<OpenPeriodDialogComponent, boolean>);
  private readonly graphql = inject(GraphqlService);
  protected readonly busy = signal(false);
  protected readonly error = signal<ApiError | null>(null);
  protected readonly form = new FormGroup({
    label: new FormControl(this.data.suggestion.label, {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(40)],
    }),
    startDate: new FormControl(this.data.suggestion.startDate, { nonNullable: true, validators: Validators.required }),
    endDate: new FormControl(this.data.suggestion.endDate, { nonNullable: true, validators: Validators.required }),
    dueDate: new FormControl(this.data.suggestion.dueDate, { nonNullable: true, validators: Validators.required }),
  });

  protected async save(): Promise<void> {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.busy.set(true);
    this.error.set(null);
    try {
      await this.graphql.mutate(OpenReportingPeriodDocument, {
        input: { planId: this.data.planId, ...this.form.getRawValue() },
      });
      this.ref.close(true);
    } catch (error) {
      this.error.set(ApiError.from(error));
    } finally {
      this.busy.set(false);
    }
  }
}
