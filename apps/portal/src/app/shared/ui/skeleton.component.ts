import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';

/** Placeholder rows while a list loads; announced once to screen readers. */
@Component({
  selector: 'app-skeleton',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoPipe],
  template: `
    <div class="skeleton" role="status" [attr.aria-label]="'common.loading' | transloco">
      @for (row of rowList(); track row) {
        <div class="skeleton__row" [style.height.px]="rowHeight()"></div>
      }
    </div>
  `,
})
export class SkeletonComponent {
  readonly rows = input(5);
  readonly rowHeight = input(40);
  protected readonly rowList = computed(() => Array.from({ length: this.rows() }, (_, i) => i));
}
