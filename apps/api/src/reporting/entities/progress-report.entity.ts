import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ImplementationStatus, ReportStatus } from '@nap/domain';
import { numericTransformer } from '../../database/transformers';
import { AssignmentEntity } from '../../plans/entities/assignment.entity';
import { ReportingPeriodEntity } from '../../plans/entities/reporting-period.entity';

@Entity('progress_report')
@Index('uq_progress_report_assignment_period', ['assignmentId', 'periodId'], { unique: true })
@Index('ix_progress_report_period_status', ['periodId', 'status'])
@Index('ix_progress_report_organization_period', ['organizationId', 'periodId'])
@Index('ix_progress_report_measure', ['measureId'])
export class ProgressReportEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'assignment_id', type: 'uuid' }) assignmentId!: string;
  @ManyToOne(() => AssignmentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'assignment_id', foreignKeyConstraintName: 'fk_progress_report_assignment' })
  assignment?: AssignmentEntity;
  @Column({ name: 'period_id', type: 'uuid' }) periodId!: string;
  @ManyToOne(() => ReportingPeriodEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'period_id', foreignKeyConstraintName: 'fk_progress_report_period' })
  period?: ReportingPeriodEntity;
  /** Denormalised from the assignment: every access check and plan query filters on them. */
  @Column({ name: 'measure_id', type: 'uuid' }) measureId!: string;
  @Column({ name: 'organization_id', type: 'uuid' }) organizationId!: string;
  @Column({ type: 'varchar', length: 16 }) status!: ReportStatus;
  @Column({ name: 'implementation_status', type: 'varchar', length: 16 }) implementationStatus!: ImplementationStatus;
  @Column({ name: 'percent_complete', type: 'numeric', precision: 5, scale: 2, transformer: numericTransformer }) percentComplete!: number;
  @Column({ name: 'narrative_az', type: 'text', nullable: true }) narrativeAz!: string | null;
  @Column({ name: 'narrative_en', type: 'text', nullable: true }) narrativeEn!: string | null;
  @Column({ name: 'narrative_ru', type: 'text', nullable: true }) narrativeRu!: string | null;
  @Column({ type: 'text', nullable: true }) challenges!: string | null;
  @Column({ name: 'next_steps', type: 'text', nullable: true }) nextSteps!: string | null;
  @Column({ name: 'expenditure_amount', type: 'numeric', precision: 16, scale: 2, nullable: true, transformer: numericTransformer }) expenditureAmount!: number | null;
  @Column({ name: 'expenditure_currency', type: 'varchar', length: 3, nullable: true }) expenditureCurrency!: string | null;
  @Column({ name: 'expenditure_source', type: 'varchar', length: 300, nullable: true }) expenditureSource!: string | null;
  @Column({ type: 'boolean', default: false }) late!: boolean;
  @Column({ type: 'int', default: 1 }) version!: number;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt!: Date;
  @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdBy!: string | null;
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' }) updatedAt!: Date;
  @Column({ name: 'updated_by', type: 'uuid', nullable: true }) updatedBy!: string | null;
  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true }) submittedAt!: Date | null;
  @Column({ name: 'submitted_by', type: 'uuid', nullable: true }) submittedBy!: string | null;
  @Column({ name: 'returned_at', type: 'timestamptz', nullable: true }) returnedAt!: Date | null;
  @Column({ name: 'returned_by', type: 'uuid', nullable: true }) returnedBy!: string | null;
  @Column({ name: 'accepted_at', type: 'timestamptz', nullable: true }) acceptedAt!: Date | null;
  @Column({ name: 'accepted_by', type: 'uuid', nullable: true }) acceptedBy!: string | null;
  @Column({ name: 'reopened_at', type: 'timestamptz', nullable: true }) reopenedAt!: Date | null;
  @Column({ name: 'reopened_by', type: 'uuid', nullable: true }) reopenedBy!: string | null;
}
