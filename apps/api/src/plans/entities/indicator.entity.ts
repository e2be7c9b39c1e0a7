import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CombineRule, IndicatorUnit } from '@nap/domain';
import { numericTransformer } from '../../database/transformers';
import { MeasureEntity } from './measure.entity';

export interface IndicatorDimension {
  code: string;
  options: string[];
}

@Entity('indicator')
@Index('uq_indicator_code', ['measureId', 'code'], { unique: true })
export class IndicatorEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'measure_id', type: 'uuid' }) measureId!: string;
  @ManyToOne(() => MeasureEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'measure_id', foreignKeyConstraintName: 'fk_indicator_measure' })
  measure?: MeasureEntity;
  @Column({ type: 'varchar', length: 64 }) code!: string;
  @Column({ name: 'name_az', type: 'varchar', length: 500 }) nameAz!: string;
  @Column({ name: 'name_en', type: 'varchar', length: 500 }) nameEn!: string;
  @Column({ type: 'varchar', length: 16 }) unit!: IndicatorUnit;
  @Column({ type: 'varchar', length: 3, nullable: true }) currency!: string | null;
  @Column({ name: 'combine_rule', type: 'varchar', length: 16 }) combineRule!: CombineRule;
  @Column({ type: 'numeric', precision: 18, scale: 4, nullable: true, transformer: numericTransformer }) baseline!: number | null;
  @Column({ type: 'numeric', precision: 18, scale: 4, nullable: true, transformer: numericTransformer }) target!: number | null;
  @Column({ type: 'jsonb', default: () => "'[]'" }) dimensions!: IndicatorDimension[];
  @Column({ name: 'sort_order', type: 'int', default: 0 }) sortOrder!: number;
  @Column({ type: 'int', default: 1 }) version!: number;
}
