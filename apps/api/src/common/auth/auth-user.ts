import type { Role } from '@nap/domain';

/** The signed-in user as every guard, resolver and service sees it. */
export interface AuthUser {
  id: string;
  email: string;
  role: Role;
  organizationId: string | null;
  /** The session (refresh-token family) of the access token, when it has one. */
  sessionId?: string | null;
}

export interface RequestContext {
  user: AuthUser | null;
  requestId: string;
}
