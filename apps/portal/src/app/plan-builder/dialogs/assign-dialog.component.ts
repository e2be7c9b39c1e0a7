import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { AssignMeasureDocument, type AssignmentRole } from '@nap/contracts';
import { ApiError } from '../../core/graphql/api-error';
import { translateFieldError } from '../../core/graphql/field-errors';
import { GraphqlService } from '../../core/graphql/graphql.service';
import { AppNamePipe } from '../../core/i18n/format.pipes';
import { ErrorPanelComponent } from '../../shared/ui/error-panel.component';

export interface AssignDialogData {
  measures: { id: string; code: string }[];
  organizations: { id: string; code: string; nameAz: string; nameEn: string }[];
}

/** Assigns one or many measures (bulk) to an organisation as LEAD or PARTNER. */
@Component({
  selector: 'app-assign-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatSelectModule,
    MatProgressBarModule,
    TranslocoPipe,
    AppNamePipe,
    ErrorPanelComponent,
  ],
  template: `
    <h2 mat-dialog-title>{{ 'builder.assignTitle' | transloco: { count: data.measures.length } }}</h2>
    <form [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content class="dialog-form">
        <p class="muted">{{ codes }}</p>
        <app-error-panel [error]="error()" />
        @if (failures().length > 0) {
          <ul class="notice notice--error">
            @for (f of failures(); track f.code) {
              <li>{{ f.code }}: {{ f.message }}</li>
            }
          </ul>
        }
        <mat-form-field>
          <mat-label>{{ 'measure.organization' | transloco }}</mat-label>
          <mat-select formControlName="organizationId" required data-testid="assign-organization">
            @for (o of data.organizations; track o.id) {
              <mat-option [value]="o.id" [attr.data-testid]="'org-option-' + o.code"
                >{{ o.code }} — {{ o | appName }}</mat-option
              >
            }
          </mat-select>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'myMeasures.role' | transloco }}</mat-label>
          <mat-select formControlName="role" data-testid="assign-role">
            <mat-option value="LEAD">{{ 'assignmentRole.LEAD' | transloco }}</mat-option>
            <mat-option value="PARTNER">{{ 'assignmentRole.PARTNER' | transloco }}</mat-option>
          </mat-select>
        </mat-form-field>
        @if (progress() !== null) {
          <mat-progress-bar
            mode="determinate"
            [value]="progress()"
            [attr.aria-label]="'builder.assigning' | transloco"
          />
        }
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'common.cancel' | transloco }}</button>
        <button mat-flat-button type="submit" [disabled]="progress() !== null" data-testid="dialog-save">
          {{ 'builder.assign' | transloco }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
})
export class AssignDialogComponent {
  protected readonly data = inject<AssignDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject(MatDialogRef<AssignDialogComponent, boolean>);
  private readonly graphql = inject(GraphqlService);
  private readonly transloco = inject(TranslocoService);
  protected readonly codes = this.data.measures.map((m) => m.code).join(', ');
  protected readonly progress = signal<number | null>(null);
  protected readonly error = signal<ApiError | null>(null);
  protected readonly failures = signal<{ code: string; message: string }[]>([]);
  protected readonly form = new FormGroup({
    organizationId: new FormControl('', { nonNullable: true, validators: Validators.required }),
    role: new FormControl<AssignmentRole>(this.data.measures.length > 1 ? 'PARTNER' : 'LEAD', { nonNullable: true }),
  });

  /** The first rejected field, or the error's code, in the user's language. */
  private describe(error: ApiError): string {
    const field = error.fields[0];
    if (!field) return this.transloco.translate(error.translationKey);
    const f = translateFieldError(field);
    const message = this.transloco.translate(f.messageKey, f.params);
    return f.labelKey ? `${this.transloco.translate(f.labelKey)}: ${message}` : message;
  }

  protected async save(): Promise<void> {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { organizationId, role } = this.form.getRawValue();
    const failures: { code: string; message: string }[] = [];
    this.progress.set(0);
    for (const [i, measure] of this.data.measures.entries()) {
      try {
        await this.graphql.mutate(AssignMeasureDocument, { measureId: measure.id, organizationId, role });
      } catch (error) {
        const e = ApiError.from(error);
        failures.push({ code: measure.code, message: this.describe(e) });
      }
      this.progress.set(Math.round(((i + 1) / this.data.measures.length) * 100));
    }
    this.progress.set(null);
    this.failures.set(failures);
    if (failures.length === 0) this.ref.close(true);
  }
}
