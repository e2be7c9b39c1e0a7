/**
 * The error contract of the GraphQL API, as the portal and agencies' systems read it:
 * every error carries `extensions.code`; BAD_USER_INPUT also lists the offending fields.
 */
export const API_ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'INVALID_STATE',
  'SERVICE_UNAVAILABLE',
  'RATE_LIMITED',
  'QUERY_TOO_COMPLEX',
  'INTERNAL_SERVER_ERROR',
] as const;

export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

/** One rejected input field: `field` is the input path, e.g. `percentComplete` or `indicatorValues.0.value`. */
export interface ApiFieldError {
  field: string;
  message: string;
}

export interface ApiErrorExtensions {
  code: ApiErrorCode | string;
  fields?: ApiFieldError[];
  /** Quoted to the operator for an INTERNAL_SERVER_ERROR. */
  errorId?: string;
}

export function isApiErrorCode(value: unknown): value is ApiErrorCode {
  return typeof value === 'string' && (API_ERROR_CODES as readonly string[]).includes(value);
}
