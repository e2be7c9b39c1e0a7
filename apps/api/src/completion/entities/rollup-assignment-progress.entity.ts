import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ImplementationStatus } from '@nap/domain';
import { numericTransformer } from '../../database/transformers';
import { AssignmentEntity } from '../../plans/entities/assignment.entity';
import { ReportingPeriodEntity } from '../../plans/entities/reporting-period.entity';

/** Rollup (rollup.sql.ts): an assignment's latest accepted progress as of a period's end. */
@Entity('rollup_assignment_progress')
@Index('ix_rollup_assignment_progress_assignment', ['assignmentId'])
export class RollupAssignmentProgressEntity {
  @PrimaryColumn({ name: 'period_id', type: 'uuid', primaryKeyConstraintName: 'pk_rollup_assignment_progress' }) periodId!: string;
  @ManyToOne(() => ReportingPeriodEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'period_id', foreignKeyConstraintName: 'fk_rollup_assignment_progress_period' })
  period?: ReportingPeriodEntity;
  @PrimaryColumn({ name: 'assignment_id', type: 'uuid', primaryKeyConstraintName: 'pk_rollup_assignment_progress' }) assignmentId!: string;
  @ManyToOne(() => AssignmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'assignment_id', foreignKeyConstraintName: 'fk_rollup_assignment_progress_assignment' })
  assignment?: AssignmentEntity;
  @Column({ name: 'plan_id', type: 'uuid' }) planId!: string;
  @Column({ name: 'implementation_status', type: 'varchar', length: 16 }) implementationStatus!: ImplementationStatus;
  @Column({ name: 'percent_complete', type: 'numeric', precision: 5, scale: 2, transformer: numericTransformer }) percentComplete!: number;
}
