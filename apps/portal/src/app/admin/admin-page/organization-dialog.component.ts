import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import { CreateOrganizationDocument, type OrganizationType } from '@nap/contracts';
import { ApiError } from '../../core/graphql/api-error';
import { GraphqlService } from '../../core/graphql/graphql.service';
import { AppNamePipe } from '../../core/i18n/format.pipes';
import { ErrorPanelComponent } from '../../shared/ui/error-panel.component';

export const ORGANIZATION_TYPES: OrganizationType[] = [
  'MINISTRY',
  'STATE_COMMITTEE',
  'STATE_SERVICE',
  'PROSECUTION',
  'OMBUDSMAN',
  'FUND',
  'COUNCIL',
  'LOCAL_EXECUTIVE',
  'ACADEMY',
  'DEPARTMENT',
  'NGO',
  'INTERNATIONAL',
  'OTHER',
];

export interface OrganizationDialogData {
  organizations: { id: string; code: string; nameAz: string; nameEn: string }[];
}

@Component({
  selector: 'app-organization-dialog',
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
    <h2 mat-dialog-title>{{ 'admin.newOrganization' | transloco }}</h2>
    <form [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content class="dialog-form">
        <app-error-panel [error]="error()" />
        <mat-form-field>
          <mat-label>{{ 'builder.code' | transloco }}</mat-label>
          <input matInput formControlName="code" required />
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'builder.nameAz' | transloco }}</mat-label>
          <input matInput formControlName="nameAz" required lang="az" />
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'builder.nameEn' | transloco }}</mat-label>
          <input matInput formControlName="nameEn" required lang="en" />
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'admin.nameRu' | transloco }}</mat-label>
          <input matInput formControlName="nameRu" lang="ru" />
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'admin.acronym' | transloco }}</mat-label>
          <input matInput formControlName="acronym" />
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'admin.type' | transloco }}</mat-label>
          <mat-select formControlName="type">
            @for (t of types; track t) {
              <mat-option [value]="t">{{ 'organizationType.' + t | transloco }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'admin.parent' | transloco }}</mat-label>
          <mat-select formControlName="parentId">
            <mat-option [value]="null">—</mat-option>
            @for (o of data.organizations; track o.id) {
              <mat-option [value]="o.id">{{ o.code }} — {{ o | appName }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'common.cancel' | transloco }}</button>
        <button mat-flat-button type="submit" [disabled]="busy()">{{ 'common.save' | transloco }}</button>
      </mat-dialog-actions>
    </form>
  `,
})
export class OrganizationDialogComponent {
  protected readonly data = inject<OrganizationDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject(MatDialogRef<OrganizationDialogComponent, boolean>);
  private readonly graphql = inject(GraphqlService);
  protected readonly types = ORGANIZATION_TYPES;
  protected readonly busy = signal(false);
  protected readonly error = signal<ApiError | null>(null);
  protected readonly form = new FormGroup({
    code: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(30)] }),
    nameAz: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(300)] }),
    nameEn: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(300)] }),
    nameRu: new FormControl('', { nonNullable: true }),
    acronym: new FormControl('', { nonNullable: true }),
    type: new FormControl<OrganizationType>('MINISTRY', { nonNullable: true }),
    parentId: new FormControl<string | null>(null),
  });

  protected async save(): Promise<void> {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const v = this.form.getRawValue();
    this.busy.set(true);
    this.error.set(null);
    try {
      await this.graphql.mutate(CreateOrganizationDocument, {
        input: { ...v, code: v.code.trim(), nameRu: v.nameRu.trim() || null, acronym: v.acronym.trim() || null },
      });
      this.ref.close(true);
    } catch (error) {
      this.error.set(ApiError.from(error));
    } finally {
      this.busy.set(false);
    }
  }
}
