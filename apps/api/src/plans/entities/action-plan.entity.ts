import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { PlanStatus } from '@nap/domain';

@Entity('action_plan')
export class ActionPlanEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index('uq_action_plan_code', { unique: true })
  @Column({ type: 'varchar', length: 64 }) code!: string;
  @Column({ name: 'title_az', type: 'varchar', length: 500 }) titleAz!: string;
  @Column({ name: 'title_en', type: 'varchar', length: 500 }) titleEn!: string;
  @Column({ name: 'title_ru', type: 'varchar', length: 500, nullable: true }) titleRu!: string | null;
  @Column({ name: 'start_date', type: 'date' }) startDate!: string;
  @Column({ name: 'end_date', type: 'date' }) endDate!: string;
  @Column({ name: 'approving_act', type: 'varchar', length: 500, nullable: true }) approvingAct!: string | null;
  @Column({ name: 'approved_on', type: 'date', nullable: true }) approvedOn!: string | null;
  @Column({ type: 'varchar', length: 16, default: PlanStatus.DRAFT }) status!: PlanStatus;
  @Column({ type: 'int', default: 1 }) version!: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
