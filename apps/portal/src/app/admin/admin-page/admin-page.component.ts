import { ChangeDetectionStrategy, Component, computed, inject, resource, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule } from '@angular/material/paginator';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatSortModule } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { MatTabsModule } from '@angular/material/tabs';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import {
  ActivateUserDocument,
  type AdminUsersQuery,
  AdminUsersDocument,
  DeactivateUserDocument,
  OrganizationsDocument,
} from '@nap/contracts';
import { azIncludes } from '@nap/domain';
import { firstValueFrom } from 'rxjs';
import { SessionStore } from '../../core/auth/session.store';
import { ApiError } from '../../core/graphql/api-error';
import { GraphqlService } from '../../core/graphql/graphql.service';
import { AppNamePipe } from '../../core/i18n/format.pipes';
import { LanguageService } from '../../core/i18n/language.service';
import { createListState } from '../../shared/data/list-state';
import { ConfirmDialogComponent, type ConfirmDialogData } from '../../shared/ui/confirm-dialog.component';
import { EmptyStateComponent } from '../../shared/ui/empty-state.component';
import { ErrorPanelComponent } from '../../shared/ui/error-panel.component';
import { IconComponent } from '../../shared/ui/icon.component';
import { PageHeaderComponent } from '../../shared/ui/page-header.component';
import { ScrollRegionDirective } from '../../shared/ui/scroll-region.directive';
import { SkeletonComponent } from '../../shared/ui/skeleton.component';
import {
  OrganizationDialogComponent,
  type OrganizationDialogData,
  ORGANIZATION_TYPES,
} from './organization-dialog.component';
import { UserDialogComponent, type UserDialogData } from './user-dialog.component';

type User = AdminUsersQuery['users'][number];

/** Administrator: user accounts (create, deactivate, activate) and organisations (create). */
@Component({
  selector: 'app-admin-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ScrollRegionDirective,
    FormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatTableModule,
    MatSortModule,
    MatPaginatorModule,
    MatTabsModule,
    TranslocoPipe,
    AppNamePipe,
    PageHeaderComponent,
    SkeletonComponent,
    ErrorPanelComponent,
    EmptyStateComponent,
    IconComponent,
  ],
  templateUrl: './admin-page.component.html',
})
export class AdminPageComponent {
  private readonly graphql = inject(GraphqlService);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  private readonly language = inject(LanguageService);
  protected readonly session = inject(SessionStore);

  protected readonly roles = ['FOCAL_POINT', 'COORDINATOR', 'AUDITOR', 'ADMIN'];
  protected readonly types = ORGANIZATION_TYPES;
  protected readonly userColumns = ['fullName', 'email', 'role', 'organization', 'status', 'action'];
  protected readonly organizationColumns = ['code', 'name', 'type', 'parent'];
  protected readonly actionError = signal<ApiError | null>(null);

  protected readonly users = resource({
    loader: () => this.graphql.query(AdminUsersDocument, {}).then((d) => d.users),
  });
  protected readonly organizations = resource({
    loader: () => this.graphql.query(OrganizationsDocument, {}).then((d) => d.organizations),
  });
  private readonly organizationList = computed(() => (this.organizations.hasValue() ? this.organizations.value() : []));

  protected readonly userList = createListState<
    User,
    { search: string; role: string; organizationId: string; active: string }
  >({
    items: computed(() => (this.users.hasValue() ? this.users.value() : [])),
    initialFilter: { search: '', role: '', organizationId: '', active: '' },
    initialSort: { active: 'fullName', direction: 'asc' },
    matches: (u, f) =>
      (!f.search || azIncludes(u.fullName, f.search) || azIncludes(u.email, f.search)) &&
      (!f.role || u.role === f.role) &&
      (!f.organizationId || u.organization?.id === f.organizationId) &&
      (!f.active || String(u.active) === f.active),
    sortValue: (u, column) =>
      column === 'email'
        ? u.email
        : column === 'role'
          ? u.role
          : column === 'organization'
            ? (u.organization?.code ?? null)
            : column === 'status'
              ? u.active
              : u.fullName,
  });

  protected readonly organizationTable = createListState<
    ReturnType<typeof this.organizationList>[number],
    { search: string; type: string }
  >({
    items: this.organizationList,
    initialFilter: { search: '', type: '' },
    initialSort: { active: 'code', direction: 'asc' },
    matches: (o, f) =>
      (!f.search || azIncludes(o.code, f.search) || azIncludes(o.nameAz, f.search) || azIncludes(o.nameEn, f.search)) &&
      (!f.type || o.type === f.type),
    sortValue: (o, column) =>
      column === 'name'
        ? this.language.pick(o.nameAz, o.nameEn)
        : column === 'type'
          ? o.type
          : column === 'parent'
            ? this.parentCode(o.parentId)
            : o.code,
  });

  protected parentCode(id: string | null): string {
    return id ? (this.organizationList().find((o) => o.id === id)?.code ?? '') : '';
  }

  protected async newUser(): Promise<void> {
    const saved = await firstValueFrom(
      this.dialog
        .open<
          UserDialogComponent,
          UserDialogData,
          boolean
        >(UserDialogComponent, { data: { organizations: this.organizationList() }, width: '520px' })
        .afterClosed(),
    );
    if (saved) this.users.reload();
  }

  protected async newOrganization(): Promise<void> {
    const saved = await firstValueFrom(
      this.dialog
        .open<
          OrganizationDialogComponent,
          OrganizationDialogData,
          boolean
        >(OrganizationDialogComponent, { data: { organizations: this.organizationList() }, width: '520px' })
        .afterClosed(),
    );
    if (saved) this.organizations.reload();
  }

  protected async toggleActive(user: User): Promise<void> {
    const deactivate = user.active;
    if (deactivate) {
      const data: ConfirmDialogData = {
        title: this.transloco.translate('admin.deactivateTitle'),
        message: this.transloco.translate('admin.deactivateMessage', { name: user.fullName }),
        confirmLabel: this.transloco.translate('admin.deactivate'),
        danger: true,
      };
      if (!(await firstValueFrom(this.dialog.open(ConfirmDialogComponent, { data, width: '480px' }).afterClosed())))
        return;
    }
    this.actionError.set(null);
    try {
      if (deactivate) await this.graphql.mutate(DeactivateUserDocument, { id: user.id });
      else await this.graphql.mutate(ActivateUserDocument, { id: user.id });
      this.snackBar.open(
        this.transloco.translate(deactivate ? 'admin.deactivated' : 'admin.activated', { name: user.fullName }),
        undefined,
        { duration: 4000 },
      );
      this.users.reload();
    } catch (error) {
      this.actionError.set(ApiError.from(error));
    }
  }
}
