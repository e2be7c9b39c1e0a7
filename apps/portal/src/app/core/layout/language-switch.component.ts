import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatMenuModule } from '@angular/material/menu';
import { TranslocoPipe } from '@jsverse/transloco';
import { IconComponent } from '../../shared/ui/icon.component';
import { LanguageService } from '../i18n/language.service';

@Component({
  selector: 'app-language-switch',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatMenuModule, TranslocoPipe, IconComponent],
  template: `
    <button mat-button type="button" class="language-switch" [matMenuTriggerFor]="menu" data-testid="language-switch">
      <app-icon name="translate" [size]="20" />
      <span class="language-switch__code">{{ language.code().toUpperCase() }}</span>
      <span class="visually-hidden">{{ 'shell.language' | transloco: { language: language.language().label } }}</span>
    </button>
    <mat-menu #menu="matMenu">
      @for (l of language.available(); track l.code) {
        <button
          mat-menu-item
          type="button"
          [attr.lang]="l.code"
          [attr.aria-current]="l.code === language.code() ? 'true' : null"
          (click)="language.use(l.code)"
          [attr.data-testid]="'language-' + l.code"
        >
          {{ l.label }}
        </button>
      }
    </mat-menu>
  `,
  styles: `
    .language-switch__code {
      margin-left: 4px;
      font-weight: 600;
    }
  `,
})
export class LanguageSwitchComponent {
  protected readonly language = inject(LanguageService);
}
