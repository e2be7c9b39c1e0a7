import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ReportStatus } from '@nap/domain';
import { ProgressReportEntity } from './progress-report.entity';

/**
 * One workflow transition of a progress report, with the comment (return, accept) or
 * reason (reopen), and on submission an immutable snapshot of the report as submitted,
 * so a reviewer can compare a resubmission with what was returned.
 */
@Entity('report_event')
@Index('ix_report_event_report', ['reportId', 'at'])
export class ReportEventEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'report_id', type: 'uuid' }) reportId!: string;
  @ManyToOne(() => ProgressReportEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'report_id', foreignKeyConstraintName: 'fk_report_event_report' })
  report?: ProgressReportEntity;
  @Column({ type: 'varchar', length: 16 }) action!: string;
  @Column({ name: 'from_status', type: 'varchar', length: 16, nullable: true }) fromStatus!: ReportStatus | null;
  @Column({ name: 'to_status', type: 'varchar', length: 16 }) toStatus!: ReportStatus;
  @Column({ name: 'report_version', type: 'int' }) reportVersion!: number;
  @Column({ type: 'text', nullable: true }) comment!: string | null;
  @Column({ type: 'jsonb', nullable: true }) snapshot!: Record<string, unknown> | null;
  @Column({ name: 'actor_id', type: 'uuid', nullable: true }) actorId!: string | null;
  @Column({ type: 'timestamptz', default: () => 'now()' }) at!: Date;
  @Column({ type: 'boolean', default: false }) late!: boolean;
}
