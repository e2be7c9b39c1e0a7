import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import { CreateUserDocument, type Role } from '@nap/contracts';
import { ApiError } from '../../core/graphql/api-error';
import { GraphqlService } from '../../core/graphql/graphql.service';
import { AppNamePipe } from '../../core/i18n/format.pipes';
import { ErrorPanelComponent } from '../../shared/ui/error-panel.component';

export interface UserDialogData {
  organizations: { id: string; code: string; nameAz: string; nameEn: string }[];
}

@Component({
  selector: 'app-user-dialog',
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
    <h2 mat-dialog-title>{{ 'admin.newUser' | transloco }}</h2>
    <form [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content class="dialog-form">
        <app-error-panel [error]="error()" />
        <mat-form-field>
          <mat-label>{{ 'admin.fullName' | transloco }}</mat-label>
          <input matInput formControlName="fullName" required autocomplete="off" />
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'signIn.email' | transloco }}</mat-label>
          <input matInput type="email" formControlName="email" required autocomplete="off" />
          @if (form.controls.email.hasError('email')) {
            <mat-error>{{ 'validation.email' | transloco }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'myMeasures.role' | transloco }}</mat-label>
          <mat-select formControlName="role">
            @for (r of roles; track r) {
              <mat-option [value]="r">{{ 'role.' + r | transloco }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'measure.organization' | transloco }}</mat-label>
          <mat-select formControlName="organizationId" [required]="form.controls.role.value === 'FOCAL_POINT'">
            <mat-option [value]="null">—</mat-option>
            @for (o of data.organizations; track o.id) {
              <mat-option [value]="o.id">{{ o.code }} — {{ o | appName }}</mat-option>
            }
          </mat-select>
          @if (form.controls.role.value === 'FOCAL_POINT') {
            <mat-hint>{{ 'admin.focalNeedsOrganization' | transloco }}</mat-hint>
          }
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'admin.initialPassword' | transloco }}</mat-label>
          <input matInput type="password" formControlName="password" required autocomplete="new-password" />
          <mat-hint>{{ 'admin.passwordHint' | transloco }}</mat-hint>
          @if (form.controls.password.hasError('minlength')) {
            <mat-error>{{ 'admin.passwordHint' | transloco }}</mat-error>
          }
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'common.cancel' | transloco }}</button>
        <button mat-flat-button type="submit" [disabled]="busy()">{{ 'common.save' | transloco }}</button>
      </mat-dialog-actions>
    </form>
  `,
})
export class UserDialogComponent {
  protected readonly data = inject<UserDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject(MatDialogRef<UserDialogComponent, boolean>);
  private readonly graphql = inject(GraphqlService);
  protected readonly roles: Role[] = ['FOCAL_POINT', 'COORDINATOR', 'AUDITOR', 'ADMIN'];
  protected readonly busy = signal(false);
  protected readonly error = signal<ApiError | null>(null);
  protected readonly form = new FormGroup({
    fullName: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(200)] }),
    email: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.email] }),
    role: new FormControl<Role>('FOCAL_POINT', { nonNullable: true }),
    organizationId: new FormControl<string | null>(null),
    password: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.minLength(12)] }),
  });

  protected async save(): Promise<void> {
    const v = this.form.getRawValue();
    if (this.form.invalid || (v.role === 'FOCAL_POINT' && !v.organizationId)) {
      this.form.markAllAsTouched();
      return;
    }
    this.busy.set(true);
    this.error.set(null);
    try {
      await this.graphql.mutate(CreateUserDocument, {
        input: { ...v, email: v.email.trim(), fullName: v.fullName.trim() },
      });
      this.ref.close(true);
    } catch (error) {
      this.error.set(ApiError.from(error));
    } finally {
      this.busy.set(false);
    }
  }
}
