import { BreakpointObserver } from '@angular/cdk/layout';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDividerModule } from '@angular/material/divider';
import { MatListModule } from '@angular/material/list';
import { MatMenuModule } from '@angular/material/menu';
import { MatPaginatorIntl } from '@angular/material/paginator';
import { MatSidenavModule } from '@angular/material/sidenav';
import { MatToolbarModule } from '@angular/material/toolbar';
import { NavigationEnd, Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { filter, map } from 'rxjs';
import { AppNamePipe } from '../i18n/format.pipes';
import { TranslatedPaginatorIntl } from '../i18n/paginator-intl';
import { IconComponent } from '../../shared/ui/icon.component';
import { AuthService } from '../auth/auth.service';
import { SessionStore } from '../auth/session.store';
import { SystemInfoStore } from '../system/system-info.store';
import { LanguageSwitchComponent } from './language-switch.component';
import { navItemsFor } from './navigation';

@Component({
  selector: 'app-shell',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterOutlet,
    RouterLink,
    RouterLinkActive,
    MatToolbarModule,
    MatSidenavModule,
    MatListModule,
    MatButtonModule,
    MatMenuModule,
    MatDividerModule,
    TranslocoPipe,
    IconComponent,
    LanguageSwitchComponent,
    AppNamePipe,
  ],
  templateUrl: './shell.component.html',
  styleUrl: './shell.component.scss',
  // Every workspace renders inside the shell: its paginators speak the UI language.
  providers: [{ provide: MatPaginatorIntl, useClass: TranslatedPaginatorIntl }],
})
export class ShellComponent {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  protected readonly session = inject(SessionStore);
  protected readonly system = inject(SystemInfoStore);

  /** Below 1024 px the navigation slides over the content (tablets in portrait: 768 px). */
  protected readonly compact = toSignal(this.breakpoints(), { initialValue: false });
  protected readonly navOpen = signal(false);
  protected readonly navItems = computed(() => navItemsFor(this.session.role()));

  constructor() {
    void this.system.load();
    // Role or organisation may have changed since the token was issued.
    void this.auth.refreshUser().catch(() => undefined);
    let firstNavigation = true;
    this.router.events.pipe(filter((e) => e instanceof NavigationEnd)).subscribe(() => {
      if (this.compact()) this.navOpen.set(false);
      // After moving within the portal, keyboard and screen-reader focus goes to the new page's
      // title (as a page load would reset it); a fresh load keeps the skip link first in line.
      if (!firstNavigation) setTimeout(() => document.getElementById('page-title')?.focus({ preventScroll: true }), 50);
      firstNavigation = false;
    });
  }

  private breakpoints() {
    return inject(BreakpointObserver)
      .observe('(max-width: 1023.98px)')
      .pipe(map((state) => state.matches));
  }

  protected signOut(): void {
    void this.auth.signOut();
  }

  protected skipToContent(event: Event): void {
    event.preventDefault();
    document.getElementById('main')?.focus();
  }
}
