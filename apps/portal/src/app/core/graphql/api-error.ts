import { HttpErrorResponse } from '@angular/common/http';
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { type ApiErrorCode, type ApiFieldError, isApiErrorCode } from '@nap/contracts';

/** Codes the portal can name; anything else is shown as an unexpected error. */
export type PortalErrorCode = ApiErrorCode | 'NETWORK' | 'UNKNOWN';

/**
 * One error the UI can explain: the API's `extensions.code` (translated as `errors.<code>`),
 * the fields it rejected, and the server's message for the log.
 */
export class ApiError extends Error {
  constructor(
    readonly code: PortalErrorCode,
    message: string,
    readonly fields: ApiFieldError[] = [],
    readonly errorId?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** Translation key of the message for the user. */
  get translationKey(): string {
    return `errors.${this.code}`;
  }

  fieldMessage(field: string): string | null {
    return this.fields.find((f) => f.field === field || f.field.endsWith(`.${field}`))?.message ?? null;
  }

  static from(error: unknown): ApiError {
    if (error instanceof ApiError) return error;
    if (CombinedGraphQLErrors.is(error)) {
      const first = error.errors[0];
      return ApiError.fromExtensions(
        first?.message ?? error.message,
        (first?.extensions ?? {}) as Record<string, unknown>,
      );
    }
    if (error instanceof HttpErrorResponse) {
      // GraphQL over HTTP answers { errors: [...] }; the /files endpoints { message, extensions }.
      type Formatted = { message: string; extensions?: Record<string, unknown> };
      const body = error.error as ({ errors?: Formatted[] } & Partial<Formatted>) | null;
      const first = body?.errors?.[0] ?? (body?.extensions ? (body as Formatted) : null);
      if (first) return ApiError.fromExtensions(first.message, first.extensions ?? {});
      return ApiError.fromStatus(error.status, error.message);
    }
    if (ServerError.is(error)) return ApiError.fromStatus(error.statusCode, error.message);
    if (error instanceof Error && /fetch|network|Http failure/i.test(error.message)) {
      return new ApiError('NETWORK', error.message);
    }
    return new ApiError('UNKNOWN', error instanceof Error ? error.message : String(error));
  }

  static fromExtensions(message: string, extensions: Record<string, unknown>): ApiError {
    const code = extensions['code'];
    const fields = Array.isArray(extensions['fields']) ? (extensions['fields'] as ApiFieldError[]) : [];
    const errorId = typeof extensions['errorId'] === 'string' ? extensions['errorId'] : undefined;
    return new ApiError(isApiErrorCode(code) ? code : 'UNKNOWN', message, fields, errorId);
  }

  static fromStatus(status: number, message: string): ApiError {
    if (status === 0) return new ApiError('NETWORK', message);
    if (status === 401) return new ApiError('UNAUTHENTICATED', message);
    if (status === 403) return new ApiError('FORBIDDEN', message);
    if (status === 404) return new ApiError('NOT_FOUND', message);
    if (status === 409) return new ApiError('CONFLICT', message);
    if (status === 413 || status === 400) return new ApiError('BAD_USER_INPUT', message);
    if (status === 503) return new ApiError('SERVICE_UNAVAILABLE', message);
    return new ApiError('UNKNOWN', message);
  }
}
