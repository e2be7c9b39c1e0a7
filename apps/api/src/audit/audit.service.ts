import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AuthUser } from '../common/auth/auth-user';
import { appendAuditEvent } from './audit-chain';

export interface AuditRecord {
  action: string;
  entityType: string;
  entityId: string;
  before?: object | null;
  after?: object | null;
}

/**
 * Writes one audit event with the mutation, through the mutation's own transaction manager,
 * so the event and the change commit or roll back together; the sealer hash-chains it after COMMIT.
 */
@Injectable()
export class AuditService {
  async record(manager: EntityManager, actor: AuthUser | null, requestId: string | null, record: AuditRecord): Promise<void> {
    await appendAuditEvent(manager, {
      actorId: actor?.id ?? null,
      actorEmail: actor?.email ?? null,
      actorRole: actor?.role ?? null,
      action: record.action,
      entityType: record.entityType,
      entityId: record.entityId,
      before: record.before ?? null,
      after: record.after ?? null,
      requestId,
    });
  }
}
