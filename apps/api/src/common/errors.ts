import { GraphQLError } from 'graphql';
import { ErrorCode } from '@nap/domain';

export interface FieldProblem {
  field: string;
  message: string;
}

/**
 * Errors the API means to show. Each carries `extensions.code` from DOMAIN.md; anything else
 * that escapes a resolver is treated as a bug and masked (see format-error.ts).
 */
export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extra } });
  }
}

export const badUserInput = (fields: FieldProblem[], message?: string): AppError =>
  new AppError(
    ErrorCode.BAD_USER_INPUT,
    message ?? `Invalid input: ${fields.map((f) => `${f.field} (${f.message})`).join('; ')}`,
    { fields },
  );

export const forbidden = (message = 'You are not allowed to do this.'): AppError =>
  new AppError(ErrorCode.FORBIDDEN, message);

export const unauthenticated = (message = 'Sign in first.'): AppError =>
  new AppError(ErrorCode.UNAUTHENTICATED, message);

export const notFound = (entity: string, id: string): AppError =>
  new AppError(ErrorCode.NOT_FOUND, `${entity} ${id} was not found.`, { entity, id });

export const conflict = (message: string, extra: Record<string, unknown> = {}): AppError =>
  new AppError(ErrorCode.CONFLICT, message, extra);

export const invalidState = (message: string, extra: Record<string, unknown> = {}): AppError =>
  new AppError(ErrorCode.INVALID_STATE, message, extra);

export const serviceUnavailable = (message = 'The database is not reachable right now; try again shortly.'): AppError =>
  new AppError(ErrorCode.SERVICE_UNAVAILABLE, message);
