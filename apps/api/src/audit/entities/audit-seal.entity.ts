import { Column, Entity, Index, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { AuditEventEntity } from './audit-event.entity';

/**
 * Append-only: the hash chain over the audit trail, one seal per event, written by the sealer
 * (AuditSealer) after the event's transaction committed. `seq` is the sealer's own order (events
 * commit out of id order); each hash covers the previous seal's hash and the event's fields.
 */
@Entity('audit_seal')
@Index('uq_audit_seal_seq', ['seq'], { unique: true })
export class AuditSealEntity {
  @PrimaryColumn({ name: 'event_id', type: 'bigint' }) eventId!: string;
  @OneToOne(() => AuditEventEntity)
  @JoinColumn({ name: 'event_id', foreignKeyConstraintName: 'fk_audit_seal_event' })
  event?: AuditEventEntity;
  @Column({ type: 'bigint' }) seq!: string;
  @Column({ name: 'prev_hash', type: 'char', length: 64, nullable: true }) prevHash!: string | null;
  @Column({ type: 'char', length: 64 }) hash!: string;
}
