import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { OrganizationEntity } from '../../organizations/entities/organization.entity';
import { ReportingPeriodEntity } from '../../plans/entities/reporting-period.entity';

/** Rollup (rollup.sql.ts): an organisation's reporting compliance in a period. */
@Entity('rollup_organization_compliance')
export class RollupOrganizationComplianceEntity {
  @PrimaryColumn({ name: 'period_id', type: 'uuid', primaryKeyConstraintName: 'pk_rollup_organization_compliance' }) periodId!: string;
  @ManyToOne(() => ReportingPeriodEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'period_id', foreignKeyConstraintName: 'fk_rollup_organization_compliance_period' })
  period?: ReportingPeriodEntity;
  @PrimaryColumn({ name: 'organization_id', type: 'uuid', primaryKeyConstraintName: 'pk_rollup_organization_compliance' }) organizationId!: string;
  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'fk_rollup_organization_compliance_organization' })
  organization?: OrganizationEntity;
  @Column({ name: 'plan_id', type: 'uuid' }) planId!: string;
  @Column({ type: 'int' }) expected!: number;
  @Column({ name: 'on_time', type: 'int' }) onTime!: number;
  @Column({ type: 'int' }) late!: number;
  @Column({ type: 'int' }) missing!: number;
  @Column({ type: 'int' }) accepted!: number;
  @Column({ name: 'awaiting_review', type: 'int' }) awaitingReview!: number;
}
