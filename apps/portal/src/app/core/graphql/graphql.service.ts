import { inject, Injectable } from '@angular/core';
import type { FetchPolicy, OperationVariables, TypedDocumentNode } from '@apollo/client';
import { Apollo } from 'apollo-angular';
import { ApiError } from './api-error';

/**
 * Promise-shaped access to the API for signal stores and `resource()` loaders. Every failure
 * becomes an ApiError carrying `extensions.code`, so pages translate it as `errors.<code>`.
 */
@Injectable({ providedIn: 'root' })
export class GraphqlService {
  private readonly apollo = inject(Apollo);

  async query<TData, TVariables extends OperationVariables>(
    query: TypedDocumentNode<TData, TVariables>,
    variables?: TVariables,
    fetchPolicy: FetchPolicy = 'network-only',
  ): Promise<TData> {
    try {
      const result = await this.apollo.client.query<TData, TVariables>({
        query,
        variables,
        fetchPolicy: fetchPolicy as 'network-only',
      } as Parameters<typeof this.apollo.client.query<TData, TVariables>>[0]);
      if (result.data === undefined) throw new ApiError('UNKNOWN', 'No data');
      return result.data as TData;
    } catch (error) {
      throw ApiError.from(error);
    }
  }

  async mutate<TData, TVariables extends OperationVariables>(
    mutation: TypedDocumentNode<TData, TVariables>,
    variables?: TVariables,
  ): Promise<TData> {
    try {
      const result = await this.apollo.client.mutate<TData, TVariables>({
        mutation,
        variables,
      } as Parameters<typeof this.apollo.client.mutate<TData, TVariables>>[0]);
      if (result.data === undefined || result.data === null) throw new ApiError('UNKNOWN', 'No data');
      return result.data as TData;
    } catch (error) {
      throw ApiError.from(error);
    }
  }

  /** Forget cached results (sign-out, switching user). */
  async reset(): Promise<void> {
    await this.apollo.client.clearStore();
  }
}
