import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';

export interface ConfirmDialogData {
  title: string;
  message: string;
  confirmLabel: string;
  /** Ask for a comment; `required` makes it mandatory (returning a report, reopening). */
  comment?: { label: string; required: boolean; initial?: string };
  danger?: boolean;
}

/** Resolves to `{ comment }` when confirmed, or undefined when cancelled. */
export interface ConfirmDialogResult {
  comment: string;
}

@Component({
  selector: 'app-confirm-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormsModule, MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule, TranslocoPipe],
  template: `
    <h2 mat-dialog-title>{{ data.title }}</h2>
    <mat-dialog-content>
      <p>{{ data.message }}</p>
      @if (data.comment; as c) {
        <mat-form-field appearance="outline" class="full-width">
          <mat-label>{{ c.label }}</mat-label>
          <textarea
            matInput
            name="comment"
            rows="4"
            [required]="c.required"
            [ngModel]="comment()"
            (ngModelChange)="comment.set($event)"
            data-testid="confirm-comment"
          ></textarea>
          @if (c.required) {
            <mat-hint>{{ 'common.required' | transloco }}</mat-hint>
          }
        </mat-form-field>
      }
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close>{{ 'common.cancel' | transloco }}</button>
      <button
        mat-flat-button
        type="button"
        [class.danger]="data.danger"
        [disabled]="!canConfirm()"
        (click)="confirm()"
        data-testid="confirm-ok"
      >
        {{ data.confirmLabel }}
      </button>
    </mat-dialog-actions>
  `,
})
export class ConfirmDialogComponent {
  protected readonly data = inject<ConfirmDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<ConfirmDialogComponent, ConfirmDialogResult>>(MatDialogRef);
  protected readonly comment = signal(this.data.comment?.initial ?? '');
  protected readonly canConfirm = computed(() => !this.data.comment?.required || this.comment().trim().length > 0);

  protected confirm(): void {
    if (this.canConfirm()) this.ref.close({ comment: this.comment().trim() });
  }
}
