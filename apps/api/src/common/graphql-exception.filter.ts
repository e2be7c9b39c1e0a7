import { Catch, type ArgumentsHost } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { GqlExceptionFilter } from '@nestjs/graphql';

/**
 * GraphQL errors go back to Apollo untouched: expected ones (AppError) are answers, not
 * incidents, and unexpected ones are logged once, with an id, by format-error.ts.
 * HTTP routes keep Nest's own handling (status codes and JSON bodies).
 */
@Catch()
export class GraphQLPassThroughFilter extends BaseExceptionFilter implements GqlExceptionFilter {
  override catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<string>() !== 'graphql') {
      super.catch(exception, host);
      return undefined;
    }
    return exception;
  }
}
