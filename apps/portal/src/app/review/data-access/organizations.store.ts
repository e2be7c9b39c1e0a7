import { computed, inject, Injectable, signal } from '@angular/core';
import { type OrganizationsQuery, OrganizationsDocument } from '@nap/contracts';
import { GraphqlService } from '../../core/graphql/graphql.service';

export type OrganizationItem = OrganizationsQuery['organizations'][number];

/** The organisations (agencies), loaded once per session for filters and pickers. */
@Injectable({ providedIn: 'root' })
export class OrganizationsStore {
  private readonly graphql = inject(GraphqlService);
  private readonly state = signal<OrganizationItem[] | null>(null);
  private pending: Promise<void> | null = null;

  readonly organizations = computed(() => this.state() ?? []);

  load(): Promise<void> {
    this.pending ??= this.graphql
      .query(OrganizationsDocument, {}, 'cache-first')
      .then((d) => this.state.set(d.organizations))
      .catch(() => {
        this.pending = null;
      });
    return this.pending;
  }
}
