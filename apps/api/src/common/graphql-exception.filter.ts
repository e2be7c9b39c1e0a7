import { Catch, type ArgumentsHost } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';

/**
 * GraphQL errors go back to Apollo untouched: expected ones (AppError) are answers, not
 * incidents, and unexpected ones are logged once, with an id, by format-error.ts.
 * HTTP routes keep Nest's own handling.
 */
@Catch()
export class GraphQLPassThroughFilter implements GqlExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<string>() !== 'graphql') throw exception;
    return exception;
  }
}
