import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialogModule } from '@angular/material/dialog';
import { TranslocoPipe } from '@jsverse/transloco';

export type ConflictChoice = 'reapply' | 'discard';

/** Saving found a newer version on the server: never overwrite silently, let the user choose. */
@Component({
  selector: 'app-conflict-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatDialogModule, TranslocoPipe],
  template: `
    <h2 mat-dialog-title>{{ 'conflict.title' | transloco }}</h2>
    <mat-dialog-content>
      <p>{{ 'conflict.message' | transloco }}</p>
      <ul>
        <li>{{ 'conflict.reapplyHint' | transloco }}</li>
        <li>{{ 'conflict.discardHint' | transloco }}</li>
      </ul>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" [mat-dialog-close]="'discard'" data-testid="conflict-discard">
        {{ 'conflict.discard' | transloco }}
      </button>
      <button mat-flat-button type="button" [mat-dialog-close]="'reapply'" data-testid="conflict-reapply">
        {{ 'conflict.reapply' | transloco }}
      </button>
    </mat-dialog-actions>
  `,
})
export class ConflictDialogComponent {}
