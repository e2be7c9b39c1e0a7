import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { OrganizationType } from '@nap/domain';

@Entity('organization')
export class OrganizationEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index('uq_organization_code', { unique: true })
  @Column({ type: 'varchar', length: 32 }) code!: string;
  @Column({ name: 'name_az', type: 'varchar', length: 300 }) nameAz!: string;
  @Column({ name: 'name_en', type: 'varchar', length: 300 }) nameEn!: string;
  @Column({ name: 'name_ru', type: 'varchar', length: 300, nullable: true }) nameRu!: string | null;
  @Column({ type: 'varchar', length: 32, nullable: true }) acronym!: string | null;
  @Column({ type: 'varchar', length: 32 }) type!: OrganizationType;
  @Column({ name: 'parent_id', type: 'uuid', nullable: true }) parentId!: string | null;
  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'parent_id', foreignKeyConstraintName: 'fk_organization_parent' })
  parent?: OrganizationEntity | null;
  @Column({ type: 'int', default: 1 }) version!: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
