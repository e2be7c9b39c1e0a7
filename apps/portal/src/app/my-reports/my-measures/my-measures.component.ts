import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { PageHeaderComponent } from '../../shared/ui/page-header.component';

@Component({
  selector: 'app-my-measures',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [PageHeaderComponent, TranslocoPipe],
  template: `<app-page-header [title]="'nav.myMeasures' | transloco" />`,
})
export class MyMeasuresComponent {}
