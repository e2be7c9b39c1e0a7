import { Entity, PrimaryColumn } from 'typeorm';

/**
 * The sealer's work queue: a trigger on audit_event adds every new event here, in the writer's
 * own transaction, so the sealer finds exactly the committed events it has not sealed yet (by
 * visibility, not by id ranges: ids commit out of order). Sealing deletes the row in the same
 * transaction that writes the seal. No foreign key: the writer's insert stays one index entry.
 */
@Entity('audit_unsealed')
export class AuditUnsealedEntity {
  @PrimaryColumn({ name: 'event_id', type: 'bigint' }) eventId!: string;
}
