import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Role } from '@nap/domain';
import { OrganizationEntity } from '../../organizations/entities/organization.entity';

@Entity('app_user')
export class UserEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  /** Stored lower-cased; sign-in compares lower-cased. */
  @Index('uq_app_user_email', { unique: true })
  @Column({ type: 'varchar', length: 254 }) email!: string;
  @Column({ name: 'full_name', type: 'varchar', length: 200 }) fullName!: string;
  @Column({ type: 'varchar', length: 16 }) role!: Role;
  @Index('ix_app_user_organization')
  @Column({ name: 'organization_id', type: 'uuid', nullable: true }) organizationId!: string | null;
  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'fk_app_user_organization' })
  organization?: OrganizationEntity | null;
  @Column({ name: 'password_hash', type: 'varchar', length: 255 }) passwordHash!: string;
  @Column({ type: 'boolean', default: true }) active!: boolean;
  @Column({ name: 'preferred_language', type: 'varchar', length: 2, default: 'AZ' }) preferredLanguage!: string;
  /** Consecutive failed sign-ins; reset by a successful one. */
  @Column({ name: 'failed_logins', type: 'int', default: 0 }) failedLogins!: number;
  /** Sign-in refused until then (growing with repeated failures). */
  @Column({ name: 'locked_until', type: 'timestamptz', nullable: true }) lockedUntil!: Date | null;
  @Column({ type: 'int', default: 1 }) version!: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
