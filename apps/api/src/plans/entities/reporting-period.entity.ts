import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PeriodStatus } from '@nap/domain';
import { ActionPlanEntity } from './action-plan.entity';

@Entity('reporting_period')
@Index('uq_reporting_period_label', ['planId', 'label'], { unique: true })
export class ReportingPeriodEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'plan_id', type: 'uuid' }) planId!: string;
  @ManyToOne(() => ActionPlanEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id', foreignKeyConstraintName: 'fk_reporting_period_plan' })
  plan?: ActionPlanEntity;
  @Column({ type: 'varchar', length: 32 }) label!: string;
  @Column({ name: 'start_date', type: 'date' }) startDate!: string;
  @Column({ name: 'end_date', type: 'date' }) endDate!: string;
  @Column({ name: 'due_date', type: 'date' }) dueDate!: string;
  @Column({ type: 'varchar', length: 8, default: PeriodStatus.OPEN }) status!: PeriodStatus;
  @Column({ name: 'opened_at', type: 'timestamptz', default: () => 'now()' }) openedAt!: Date;
  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true }) closedAt!: Date | null;
  @Column({ type: 'int', default: 1 }) version!: number;
}
