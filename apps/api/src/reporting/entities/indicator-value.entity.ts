import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { numericTransformer } from '../../database/transformers';
import { IndicatorEntity } from '../../plans/entities/indicator.entity';
import { ProgressReportEntity } from './progress-report.entity';

export interface BreakdownCell {
  options: string[];
  value: number;
}

@Entity('indicator_value')
@Index('uq_indicator_value_report_indicator', ['reportId', 'indicatorId'], { unique: true })
@Index('ix_indicator_value_indicator', ['indicatorId'])
export class IndicatorValueEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'report_id', type: 'uuid' }) reportId!: string;
  @ManyToOne(() => ProgressReportEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'report_id', foreignKeyConstraintName: 'fk_indicator_value_report' })
  report?: ProgressReportEntity;
  @Column({ name: 'indicator_id', type: 'uuid' }) indicatorId!: string;
  @ManyToOne(() => IndicatorEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'indicator_id', foreignKeyConstraintName: 'fk_indicator_value_indicator' })
  indicator?: IndicatorEntity;
  /** The total; null when only disaggregated parts were given and no total is derivable. */
  @Column({ type: 'numeric', precision: 18, scale: 4, nullable: true, transformer: numericTransformer }) value!: number | null;
  @Column({ type: 'jsonb', default: () => "'[]'" }) breakdown!: BreakdownCell[];
}
