import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AuthUser } from '../common/auth/auth-user';
import { AuditEventEntity } from './entities/audit-event.entity';

export interface AuditRecord {
  action: string;
  entityType: string;
  entityId: string;
  before?: object | null;
  after?: object | null;
}

/** Plain JSON copy: Dates as ISO strings, no class instances or undefined. */
function toJson(value: object | null | undefined): Record<string, unknown> | null {
  return value === null || value === undefined ? null : (JSON.parse(JSON.stringify(value)) as Record<string, unknown>);
}

/**
 * Writes one audit event with the mutation, through the mutation's own transaction manager,
 * so the event and the change commit or roll back together.
 */
@Injectable()
export class AuditService {
  async record(manager: EntityManager, actor: AuthUser | null, requestId: string | null, record: AuditRecord): Promise<void> {
    await manager.getRepository(AuditEventEntity).insert({
      actorId: actor?.id ?? null,
      actorEmail: actor?.email ?? null,
      actorRole: actor?.role ?? null,
      action: record.action,
      entityType: record.entityType,
      entityId: record.entityId,
      before: toJson(record.before) as object,
      after: toJson(record.after) as object,
      requestId,
    });
  }
}
