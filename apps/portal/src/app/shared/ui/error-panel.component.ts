import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslocoPipe } from '@jsverse/transloco';
import { ApiError } from '../../core/graphql/api-error';
import { translateFieldError } from '../../core/graphql/field-errors';
import { IconComponent } from './icon.component';

/** An error in the user's language, with a retry when the caller offers one. */
@Component({
  selector: 'app-error-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, TranslocoPipe, IconComponent],
  template: `
    @if (apiError(); as e) {
      <div class="error-panel" role="alert">
        <app-icon name="error" />
        <div class="error-panel__text">
          <p class="error-panel__title">{{ e.translationKey | transloco }}</p>
          @if (e.fields.length > 0) {
            <ul data-testid="field-errors">
              @for (f of fields(); track $index) {
                @if (f.labelKey) {
                  <li>{{ f.labelKey | transloco }}: {{ f.messageKey | transloco: f.params }}</li>
                } @else {
                  <li>
                    <code>{{ f.field }}</code
                    >: {{ f.messageKey | transloco: f.params }}
                  </li>
                }
              }
            </ul>
          }
          @if (e.errorId) {
            <p class="error-panel__ref">{{ 'errors.reference' | transloco: { id: e.errorId } }}</p>
          }
        </div>
        @if (retryable()) {
          <button mat-stroked-button type="button" (click)="retry.emit()">{{ 'common.retry' | transloco }}</button>
        }
      </div>
    }
  `,
})
export class ErrorPanelComponent {
  readonly error = input<unknown>(null);
  readonly retryable = input(false);
  readonly retry = output<void>();
  protected readonly apiError = computed(() => (this.error() ? ApiError.from(this.error()) : null));
  /** The rejected fields in the user's language (the API's messages are English). */
  protected readonly fields = computed(() => (this.apiError()?.fields ?? []).map(translateFieldError));
}
