import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A rotating refresh token. Only its SHA-256 is stored. Each use replaces it with a new one
 * of the same family; presenting a used (replaced) token again means it was stolen, and the
 * whole family is revoked.
 */
@Entity('refresh_token')
@Index('ix_refresh_token_family', ['familyId'])
@Index('ix_refresh_token_user', ['userId'])
export class RefreshTokenEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'user_id', type: 'uuid' }) userId!: string;
  @Column({ name: 'family_id', type: 'uuid' }) familyId!: string;
  @Index('uq_refresh_token_hash', { unique: true })
  @Column({ name: 'token_hash', type: 'char', length: 64 }) tokenHash!: string;
  @Column({ name: 'expires_at', type: 'timestamptz' }) expiresAt!: Date;
  @Column({ name: 'used_at', type: 'timestamptz', nullable: true }) usedAt!: Date | null;
  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true }) revokedAt!: Date | null;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt!: Date;
  @Column({ name: 'created_ip', type: 'varchar', length: 64, nullable: true }) createdIp!: string | null;
}
