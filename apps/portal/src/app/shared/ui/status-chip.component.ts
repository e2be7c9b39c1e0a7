import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';

export type ChipKind = 'reportStatus' | 'rag' | 'implementationStatus' | 'periodStatus' | 'generatedStatus';

/**
 * A status as a coloured badge with its name in words (colour is never the only signal).
 * Colours are defined in styles.scss with AA contrast against their background.
 */
@Component({
  selector: 'app-status-chip',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoPipe],
  template: `@if (value()) {
      <span class="chip" [class]="cssClass()">{{ kind() + '.' + value() | transloco }}</span>
    } @else {
      <span class="chip chip--none">—</span>
    }`,
})
export class StatusChipComponent {
  readonly kind = input.required<ChipKind>();
  readonly value = input<string | null | undefined>(null);
  protected readonly cssClass = computed(
    () => `chip chip--${(this.value() ?? 'none').toLowerCase().replace(/_/g, '-')}`,
  );
}
