import { Logger } from '@nestjs/common';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { randomUUID } from 'node:crypto';

const logger = new Logger('GraphQL');

/** Codes the API emits on purpose, plus Apollo's own request-level codes. */
const KNOWN_CODES = new Set([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'INVALID_STATE',
  'SERVICE_UNAVAILABLE',
  'RATE_LIMITED',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
  'QUERY_TOO_COMPLEX',
]);

const CONNECTION_ERRORS = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', '57P01', '57P02', '57P03', '08006', '08001', '08003']);

/**
 * TypeORM releases a query runner whose connection died (the pg client's 'error' event); a
 * transaction still running on it then meets one of these instead of the socket error.
 */
const RELEASED_RUNNER_ERRORS = new Set(['QueryRunnerAlreadyReleasedError', 'QueryRunnerProviderAlreadyReleasedError']);

function isConnectionFailure(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  if (RELEASED_RUNNER_ERRORS.has(String((error as { name?: unknown }).name))) return true;
  const code = (error as { code?: unknown }).code;
  const message = String((error as { message?: unknown }).message ?? '');
  return (
    (typeof code === 'string' && CONNECTION_ERRORS.has(code)) ||
    /Connection terminated|connect ECONNREFUSED|timeout exceeded when trying to connect/i.test(message)
  );
}

/**
 * Never a stack trace, never SQL: known codes pass through with their message and fields;
 * a lost database becomes SERVICE_UNAVAILABLE; anything else is logged with an id that the
 * user can quote, and shown as a generic internal error.
 */
export function formatGraphQLError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.['code'];
  if (typeof code === 'string' && KNOWN_CODES.has(code)) {
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  // The error a resolver threw, beneath GraphQL's wrapper.
  const original = error instanceof GraphQLError && error.originalError ? error.originalError : error;
  if (isConnectionFailure(original)) {
    return {
      message: 'The database is not reachable right now; try again shortly.',
      path: formatted.path,
      extensions: { code: 'SERVICE_UNAVAILABLE' },
    };
  }
  // Data the database refused (text where a number or id was expected, values out of range):
  // the caller's input, so a user error, never an internal one. Validation should catch these
  // first; this is the safety net.
  const sqlState = (original as { code?: unknown } | null)?.code;
  if (typeof sqlState === 'string' && /^22/.test(sqlState)) {
    return { message: 'A value in the request is not valid.', path: formatted.path, extensions: { code: 'BAD_USER_INPUT', fields: [] } };
  }
  const errorId = randomUUID();
  logger.error(`[${errorId}] ${(original as Error)?.stack ?? String(original)}`);
  return {
    message: `Internal error (reference ${errorId}).`,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR', errorId },
  };
}
