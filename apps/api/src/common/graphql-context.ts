import type { Request, Response } from 'express';
import type { AuthUser } from './auth/auth-user';
import type { Loaders } from './loaders';

export interface GraphQLContext {
  req: Request;
  res: Response;
  user: AuthUser | null;
  requestId: string;
  /** Per-request DataLoaders: created for each request, so nothing is cached across users. */
  loaders: Loaders;
}
