import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { PageHeaderComponent } from '../../shared/ui/page-header.component';

@Component({
  selector: 'app-periods',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [PageHeaderComponent, TranslocoPipe],
  template: `<app-page-header [title]="'nav.periods' | transloco" />`,
})
export class PeriodsComponent {}
