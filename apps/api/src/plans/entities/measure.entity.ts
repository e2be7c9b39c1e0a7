import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { numericTransformer } from '../../database/transformers';
import { ActionPlanEntity } from './action-plan.entity';
import { PlanSectionEntity } from './plan-section.entity';

@Entity('measure')
@Index('uq_measure_code', ['planId', 'code'], { unique: true })
export class MeasureEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  /** Denormalised from the section so plan-wide queries need no join. */
  @Column({ name: 'plan_id', type: 'uuid' }) planId!: string;
  @ManyToOne(() => ActionPlanEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id', foreignKeyConstraintName: 'fk_measure_plan' })
  plan?: ActionPlanEntity;
  @Index('ix_measure_section')
  @Column({ name: 'section_id', type: 'uuid' }) sectionId!: string;
  @ManyToOne(() => PlanSectionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'section_id', foreignKeyConstraintName: 'fk_measure_section' })
  section?: PlanSectionEntity;
  @Column({ type: 'varchar', length: 32 }) code!: string;
  /** `natural_sort_key(code)`, set by a trigger (migration 1764400000000-Rollups): codes in `compareCodes` order under COLLATE "C". */
  @Column({ name: 'code_key', type: 'text', default: '', select: false, insert: false, update: false }) codeKey?: string;
  @Column({ name: 'title_az', type: 'varchar', length: 1000 }) titleAz!: string;
  @Column({ name: 'title_en', type: 'varchar', length: 1000 }) titleEn!: string;
  @Column({ name: 'description_az', type: 'text', nullable: true }) descriptionAz!: string | null;
  @Column({ name: 'description_en', type: 'text', nullable: true }) descriptionEn!: string | null;
  @Column({ name: 'start_date', type: 'date' }) startDate!: string;
  @Column({ name: 'due_date', type: 'date' }) dueDate!: string;
  /** Recurring measures are reported every period and never fall "past due" within the plan. */
  @Column({ type: 'boolean', default: false }) recurring!: boolean;
  @Column({ type: 'numeric', precision: 8, scale: 2, default: 1, transformer: numericTransformer }) weight!: number;
  @Column({ name: 'planned_budget', type: 'numeric', precision: 16, scale: 2, nullable: true, transformer: numericTransformer }) plannedBudget!: number | null;
  @Column({ name: 'budget_currency', type: 'varchar', length: 3, nullable: true }) budgetCurrency!: string | null;
  @Column({ name: 'funding_source', type: 'varchar', length: 300, nullable: true }) fundingSource!: string | null;
  @Column({ name: 'expected_result_az', type: 'text', nullable: true }) expectedResultAz!: string | null;
  @Column({ name: 'expected_result_en', type: 'text', nullable: true }) expectedResultEn!: string | null;
  @Column({ type: 'text', array: true, default: () => "'{}'" }) tags!: string[];
  @Column({ type: 'int', default: 1 }) version!: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
