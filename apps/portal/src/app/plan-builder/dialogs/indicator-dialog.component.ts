import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormArray, FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import { type CombineRule, CreateIndicatorDocument, type IndicatorUnit } from '@nap/contracts';
import { ApiError } from '../../core/graphql/api-error';
import { GraphqlService } from '../../core/graphql/graphql.service';
import { ErrorPanelComponent } from '../../shared/ui/error-panel.component';
import { IconComponent } from '../../shared/ui/icon.component';

export interface IndicatorDialogData {
  measureId: string;
  measureCode: string;
}

/** Well-known disaggregations, offered as one-click presets. */
const PRESETS: Record<string, string[]> = {
  sex: ['female', 'male'],
  citizenship: ['national', 'foreign'],
  age: ['child', 'adult'],
};

@Component({
  selector: 'app-indicator-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    TranslocoPipe,
    ErrorPanelComponent,
    IconComponent,
  ],
  template: `
    <h2 mat-dialog-title>{{ 'builder.newIndicator' | transloco: { code: data.measureCode } }}</h2>
    <form [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content class="dialog-form">
        <app-error-panel [error]="error()" />
        <mat-form-field>
          <mat-label>{{ 'builder.code' | transloco }}</mat-label>
          <input matInput formControlName="code" data-testid="indicator-code" />
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'builder.nameAz' | transloco }}</mat-label>
          <input matInput formControlName="nameAz" required lang="az" data-testid="indicator-name-az" />
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'builder.nameEn' | transloco }}</mat-label>
          <input matInput formControlName="nameEn" required lang="en" data-testid="indicator-name-en" />
        </mat-form-field>
        <div class="row">
          <mat-form-field>
            <mat-label>{{ 'builder.unit' | transloco }}</mat-label>
            <mat-select formControlName="unit">
              @for (u of units; track u) {
                <mat-option [value]="u">{{ 'unit.' + u | transloco }}</mat-option>
              }
            </mat-select>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'builder.combineRule' | transloco }}</mat-label>
            <mat-select formControlName="combineRule">
              @for (r of rules; track r) {
                <mat-option [value]="r">{{ 'combineRule.' + r | transloco }}</mat-option>
              }
            </mat-select>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'report.target' | transloco }}</mat-label>
            <input matInput type="number" formControlName="target" data-testid="indicator-target" />
          </mat-form-field>
        </div>
        <fieldset class="dims">
          <legend>{{ 'builder.dimensions' | transloco }}</legend>
          @for (dim of dimensions.controls; track dim; let i = $index) {
            <div class="row" [formGroup]="dim">
              <mat-form-field>
                <mat-label>{{ 'builder.dimensionCode' | transloco }}</mat-label>
                <input matInput formControlName="code" />
              </mat-form-field>
              <mat-form-field class="wide">
                <mat-label>{{ 'builder.dimensionOptions' | transloco }}</mat-label>
                <input matInput formControlName="options" placeholder="female, male" />
              </mat-form-field>
              <button
                mat-icon-button
                type="button"
                (click)="dimensions.removeAt(i)"
                [attr.aria-label]="'builder.removeDimension' | transloco"
              >
                <app-icon name="delete" />
              </button>
            </div>
          }
          <div class="presets">
            @for (p of presetNames; track p) {
              <button mat-stroked-button type="button" (click)="addDimension(p)" [attr.data-testid]="'preset-' + p">
                + {{ 'dimensions.' + p + '._' | transloco }}
              </button>
            }
            <button mat-button type="button" (click)="addDimension()">{{ 'builder.addDimension' | transloco }}</button>
          </div>
        </fieldset>
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
      align-items: center;
      mat-form-field {
        flex: 1 1 150px;
      }
      .wide {
        flex: 2 1 220px;
      }
    }
    .dims {
      border: 1px solid var(--app-border);
      border-radius: 8px;
      padding: 8px 12px;
    }
    .presets {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
  `,
})
export class IndicatorDialogComponent {
  protected readonly data = inject<IndicatorDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject(MatDialogRef<IndicatorDialogComponent, boolean>);
  private readonly graphql = inject(GraphqlService);
  protected readonly busy = signal(false);
  protected readonly error = signal<ApiError | null>(null);
  protected readonly units: IndicatorUnit[] = ['COUNT', 'PERCENT', 'AMOUNT', 'BOOLEAN'];
  protected readonly rules: CombineRule[] = ['SUM', 'LATEST', 'MAX', 'AVERAGE'];
  protected readonly presetNames = Object.keys(PRESETS);
  protected readonly dimensions = new FormArray<FormGroup<{ code: FormControl<string>; options: FormControl<string> }>>(
    [],
  );
  protected readonly form = new FormGroup({
    code: new FormControl('', { nonNullable: true, validators: Validators.maxLength(40) }),
    nameAz: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(500)] }),
    nameEn: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(500)] }),
    unit: new FormControl<IndicatorUnit>('COUNT', { nonNullable: true }),
    combineRule: new FormControl<CombineRule>('SUM', { nonNullable: true }),
    target: new FormControl<number | null>(null),
    dimensions: this.dimensions,
  });

  protected addDimension(preset?: string): void {
    this.dimensions.push(
      new FormGroup({
        code: new FormControl(preset ?? '', {
          nonNullable: true,
          validators: [Validators.required, Validators.pattern(/^[a-z][a-z0-9_]*$/)],
        }),
        options: new FormControl(preset ? PRESETS[preset].join(', ') : '', {
          nonNullable: true,
          validators: Validators.required,
        }),
      }),
    );
  }

  protected async save(): Promise<void> {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const v = this.form.getRawValue();
    this.busy.set(true);
    this.error.set(null);
    try {
      await this.graphql.mutate(CreateIndicatorDocument, {
        input: {
          measureId: this.data.measureId,
          code: v.code.trim() || null,
          nameAz: v.nameAz.trim(),
          nameEn: v.nameEn.trim(),
          unit: v.unit,
          combineRule: v.combineRule,
          target: v.target,
          dimensions: v.dimensions.map((d) => ({
            code: d.code.trim(),
            options: d.options
              .split(',')
              .map((o) => o.trim())
              .filter(Boolean),
          })),
        },
      });
      this.ref.close(true);
    } catch (error) {
      this.error.set(ApiError.from(error));
    } finally {
      this.busy.set(false);
    }
  }
}
