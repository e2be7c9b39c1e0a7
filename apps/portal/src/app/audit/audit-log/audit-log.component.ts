import { ChangeDetectionStrategy, Component, computed, inject, resource, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule, type PageEvent } from '@angular/material/paginator';
import { MatSelectModule } from '@angular/material/select';
import { MatSortModule, type Sort } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import {
  type AuditEventsQuery,
  AuditEventsDocument,
  type VerifyAuditChainQuery,
  VerifyAuditChainDocument,
} from '@nap/contracts';
import { SessionStore } from '../../core/auth/session.store';
import { ApiError } from '../../core/graphql/api-error';
import { GraphqlService } from '../../core/graphql/graphql.service';
import { AppDatePipe, AppNumberPipe } from '../../core/i18n/format.pipes';
import { compareValues } from '../../shared/data/list-state';
import { EmptyStateComponent } from '../../shared/ui/empty-state.component';
import { ErrorPanelComponent } from '../../shared/ui/error-panel.component';
import { IconComponent } from '../../shared/ui/icon.component';
import { PageHeaderComponent } from '../../shared/ui/page-header.component';
import { SkeletonComponent } from '../../shared/ui/skeleton.component';
import { auditChanges, type FieldChange } from './audit-diff';
import { ScrollRegionDirective } from '../../shared/ui/scroll-region.directive';
import { provideIsoDates } from '../../core/i18n/iso-date-adapter';

type AuditEvent = AuditEventsQuery['auditEvents']['items'][number];

interface AuditFilter {
  entityType: string;
  action: string;
  actorEmail: string;
  entityId: string;
  from: string;
  to: string;
}

const EMPTY_FILTER: AuditFilter = { entityType: '', action: '', actorEmail: '', entityId: '', from: '', to: '' };

@Component({
  selector: 'app-audit-log',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [provideIsoDates()],
  imports: [
    ScrollRegionDirective,
    FormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatDatepickerModule,
    MatSelectModule,
    MatTableModule,
    MatSortModule,
    MatPaginatorModule,
    TranslocoPipe,
    AppDatePipe,
    AppNumberPipe,
    PageHeaderComponent,
    SkeletonComponent,
    ErrorPanelComponent,
    EmptyStateComponent,
    IconComponent,
  ],
  templateUrl: './audit-log.component.html',
  styleUrl: './audit-log.component.scss',
})
export class AuditLogComponent {
  private readonly graphql = inject(GraphqlService);
  private readonly transloco = inject(TranslocoService);
  protected readonly session = inject(SessionStore);

  protected readonly entityTypes = [
    'ProgressReport',
    'Evidence',
    'Measure',
    'Assignment',
    'Indicator',
    'Section',
    'ActionPlan',
    'ReportingPeriod',
    'Organization',
    'User',
    'Session',
    'GeneratedReport',
  ];
  protected readonly actions = [
    'CREATE',
    'UPDATE',
    'SUBMIT',
    'RETURN',
    'ACCEPT',
    'REOPEN',
    'ADD_EVIDENCE',
    'REMOVE_EVIDENCE',
    'ASSIGN',
    'UNASSIGN',
    'OPEN',
    'CLOSE',
    'GENERATE',
    'LOGIN',
    'LOGOUT',
  ];
  protected readonly columns = ['at', 'actor', 'action', 'entity', 'requestId', 'expand'];

  protected readonly draft = signal<AuditFilter>({ ...EMPTY_FILTER });
  private readonly applied = signal<AuditFilter>({ ...EMPTY_FILTER });
  protected readonly page = signal({ index: 0, size: 25 });
  protected readonly sort = signal<Sort>({ active: 'at', direction: 'desc' });
  protected readonly expanded = signal<string | null>(null);
  protected readonly verification = signal<VerifyAuditChainQuery['verifyAuditChain'] | null>(null);
  protected readonly verifyError = signal<ApiError | null>(null);
  protected readonly verifying = signal(false);
  protected readonly canVerify = computed(() => this.session.hasRole('ADMIN', 'AUDITOR'));

  protected readonly events = resource({
    params: () => ({ filter: this.applied(), page: this.page() }),
    loader: ({ params }) => {
      const f = params.filter;
      return this.graphql
        .query(AuditEventsDocument, {
          filter: {
            entityType: f.entityType || null,
            action: f.action || null,
            actorEmail: f.actorEmail.trim() || null,
            entityId: f.entityId.trim() || null,
            from: f.from ? new Date(`${f.from}T00:00:00`).toISOString() : null,
            to: f.to ? new Date(`${f.to}T23:59:59.999`).toISOString() : null,
          },
          page: { offset: params.page.index * params.page.size, limit: params.page.size },
        })
        .then((d) => d.auditEvents);
    },
  });

  /** The server returns newest first; the columns re-sort the page at hand. */
  protected readonly rows = computed<AuditEvent[]>(() => {
    const items = this.events.hasValue() ? [...this.events.value().items] : [];
    const { active, direction } = this.sort();
    if (!active || !direction) return items;
    const value = (e: AuditEvent) =>
      active === 'actor' ? e.actorEmail : active === 'entity' ? e.entityType : active === 'action' ? e.action : e.at;
    return items.sort((a, b) => (direction === 'asc' ? 1 : -1) * compareValues(value(a), value(b)));
  });
  protected readonly filterActive = computed(() => JSON.stringify(this.applied()) !== JSON.stringify(EMPTY_FILTER));

  protected patch(patch: Partial<AuditFilter>): void {
    this.draft.update((f) => ({ ...f, ...patch }));
  }

  protected apply(): void {
    this.applied.set({ ...this.draft() });
    this.page.update((p) => ({ ...p, index: 0 }));
  }

  protected reset(): void {
    this.draft.set({ ...EMPTY_FILTER });
    this.apply();
  }

  protected onPage(event: PageEvent): void {
    this.page.set({ index: event.pageIndex, size: event.pageSize });
  }

  /** The object type in words when the translations know it, else as recorded. */
  protected entityLabel(type: string): string {
    const key = `audit.entity.${type}`;
    const text = this.transloco.translate(key);
    return text && text !== key ? text : type;
  }

  protected changes(event: AuditEvent): FieldChange[] {
    return auditChanges(event.before, event.after);
  }

  protected toggle(id: string): void {
    this.expanded.update((current) => (current === id ? null : id));
  }

  protected async verify(): Promise<void> {
    this.verifying.set(true);
    this.verifyError.set(null);
    try {
      this.verification.set((await this.graphql.query(VerifyAuditChainDocument, {})).verifyAuditChain);
    } catch (error) {
      this.verifyError.set(ApiError.from(error));
    } finally {
      this.verifying.set(false);
    }
  }
}
