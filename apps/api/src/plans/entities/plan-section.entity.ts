import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ActionPlanEntity } from './action-plan.entity';

@Entity('plan_section')
@Index('uq_plan_section_code', ['planId', 'code'], { unique: true })
export class PlanSectionEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'plan_id', type: 'uuid' }) planId!: string;
  @ManyToOne(() => ActionPlanEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id', foreignKeyConstraintName: 'fk_plan_section_plan' })
  plan?: ActionPlanEntity;
  @Index('ix_plan_section_parent')
  @Column({ name: 'parent_id', type: 'uuid', nullable: true }) parentId!: string | null;
  @ManyToOne(() => PlanSectionEntity, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'parent_id', foreignKeyConstraintName: 'fk_plan_section_parent' })
  parent?: PlanSectionEntity | null;
  @Column({ type: 'varchar', length: 32 }) code!: string;
  @Column({ name: 'title_az', type: 'varchar', length: 500 }) titleAz!: string;
  @Column({ name: 'title_en', type: 'varchar', length: 500 }) titleEn!: string;
  @Column({ name: 'sort_order', type: 'int', default: 0 }) sortOrder!: number;
  @Column({ type: 'int', default: 1 }) version!: number;
}
