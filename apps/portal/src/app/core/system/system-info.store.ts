import { inject, Injectable, signal } from '@angular/core';
import { type SystemInfoQuery, SystemInfoDocument } from '@nap/contracts';
import { ApiError } from '../graphql/api-error';
import { GraphqlService } from '../graphql/graphql.service';

export type SystemInfo = SystemInfoQuery['systemInfo'];

/** What the platform says about itself (public): its name, version and whether demo data is loaded. */
@Injectable({ providedIn: 'root' })
export class SystemInfoStore {
  private readonly graphql = inject(GraphqlService);
  private readonly state = signal<SystemInfo | null>(null);
  private readonly failure = signal<ApiError | null>(null);
  private pending: Promise<void> | null = null;

  readonly info = this.state.asReadonly();
  readonly error = this.failure.asReadonly();

  load(): Promise<void> {
    this.pending ??= this.graphql
      .query(SystemInfoDocument, {}, 'cache-first')
      .then((data) => {
        this.state.set(data.systemInfo);
        this.failure.set(null);
      })
      .catch((error: unknown) => {
        this.failure.set(ApiError.from(error));
        this.pending = null;
      });
    return this.pending;
  }
}
