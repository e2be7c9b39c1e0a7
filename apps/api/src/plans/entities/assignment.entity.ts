import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AssignmentRole } from '@nap/domain';
import { OrganizationEntity } from '../../organizations/entities/organization.entity';
import { MeasureEntity } from './measure.entity';

@Entity('assignment')
@Index('uq_assignment_measure_organization', ['measureId', 'organizationId'], { unique: true })
// Exactly one LEAD per measure: at most one by this index, at least one by the service.
@Index('uq_assignment_one_lead', ['measureId'], { unique: true, where: `"role" = 'LEAD'` })
export class AssignmentEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'measure_id', type: 'uuid' }) measureId!: string;
  @ManyToOne(() => MeasureEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'measure_id', foreignKeyConstraintName: 'fk_assignment_measure' })
  measure?: MeasureEntity;
  @Index('ix_assignment_organization')
  @Column({ name: 'organization_id', type: 'uuid' }) organizationId!: string;
  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'fk_assignment_organization' })
  organization?: OrganizationEntity;
  @Column({ type: 'varchar', length: 8 }) role!: AssignmentRole;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
