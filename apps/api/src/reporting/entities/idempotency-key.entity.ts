import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A client's retry key for a mutation: the same key from the same user returns the first result. */
@Entity('idempotency_key')
export class IdempotencyKeyEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' }) userId!: string;
  @PrimaryColumn({ type: 'varchar', length: 128 }) key!: string;
  @Column({ type: 'varchar', length: 64 }) operation!: string;
  @Column({ name: 'entity_id', type: 'uuid' }) entityId!: string;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt!: Date;
}
