import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { numericTransformer } from '../../database/transformers';
import { IndicatorEntity } from '../../plans/entities/indicator.entity';
import { ReportingPeriodEntity } from '../../plans/entities/reporting-period.entity';

/** Rollup (rollup.sql.ts): an indicator's accepted values of a period, combined across organisations. */
@Entity('rollup_indicator_value')
@Index('ix_rollup_indicator_value_measure', ['measureId', 'periodId'])
export class RollupIndicatorValueEntity {
  @PrimaryColumn({ name: 'period_id', type: 'uuid', primaryKeyConstraintName: 'pk_rollup_indicator_value' }) periodId!: string;
  @ManyToOne(() => ReportingPeriodEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'period_id', foreignKeyConstraintName: 'fk_rollup_indicator_value_period' })
  period?: ReportingPeriodEntity;
  @PrimaryColumn({ name: 'indicator_id', type: 'uuid', primaryKeyConstraintName: 'pk_rollup_indicator_value' }) indicatorId!: string;
  @ManyToOne(() => IndicatorEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'indicator_id', foreignKeyConstraintName: 'fk_rollup_indicator_value_indicator' })
  indicator?: IndicatorEntity;
  @Column({ name: 'plan_id', type: 'uuid' }) planId!: string;
  @Column({ name: 'measure_id', type: 'uuid' }) measureId!: string;
  /** Exact: SUM and MAX as numeric, AVERAGE cut to 15 significant digits. Null when only cells were given. */
  @Column({ type: 'numeric', nullable: true, transformer: numericTransformer }) value!: number | null;
  /** [{ options: ["sex:female"], value }], options sorted, cells in option order. */
  @Column({ type: 'jsonb' }) breakdown!: { options: string[]; value: number }[];
}
