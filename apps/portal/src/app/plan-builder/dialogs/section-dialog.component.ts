import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import { CreateSectionDocument } from '@nap/contracts';
import { ApiError } from '../../core/graphql/api-error';
import { GraphqlService } from '../../core/graphql/graphql.service';
import { AppNamePipe } from '../../core/i18n/format.pipes';
import { ErrorPanelComponent } from '../../shared/ui/error-panel.component';

export interface SectionDialogData {
  planId: string;
  sections: { id: string; code: string; titleAz: string; titleEn: string }[];
  parentId: string | null;
}

@Component({
  selector: 'app-section-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    TranslocoPipe,
    AppNamePipe,
    ErrorPanelComponent,
  ],
  template: `
    <h2 mat-dialog-title>{{ 'builder.newSection' | transloco }}</h2>
    <form [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content class="dialog-form">
        <app-error-panel [error]="error()" />
        <mat-form-field>
          <mat-label>{{ 'builder.parentSection' | transloco }}</mat-label>
          <mat-select formControlName="parentId">
            <mat-option [value]="null">{{ 'builder.topLevel' | transloco }}</mat-option>
            @for (s of data.sections; track s.id) {
              <mat-option [value]="s.id">{{ s.code }}. {{ s | appName: 'title' }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'builder.code' | transloco }}</mat-label>
          <input matInput formControlName="code" required data-testid="section-code" />
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'builder.titleAz' | transloco }}</mat-label>
          <input matInput formControlName="titleAz" required lang="az" data-testid="section-title-az" />
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'builder.titleEn' | transloco }}</mat-label>
          <input matInput formControlName="titleEn" required lang="en" data-testid="section-title-en" />
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
})
export class SectionDialogComponent {
  protected readonly data = inject<SectionDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject(MatDialogRef<SectionDialogComponent, boolean>);
  private readonly graphql = inject(GraphqlService);
  protected readonly busy = signal(false);
  protected readonly error = signal<ApiError | null>(null);
  protected readonly form = new FormGroup({
    parentId: new FormControl<string | null>(this.data.parentId),
    code: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(20)] }),
    titleAz: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(500)] }),
    titleEn: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(500)] }),
  });

  protected async save(): Promise<void> {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.busy.set(true);
    try {
      await this.graphql.mutate(CreateSectionDocument, {
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
