import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ActionPlanEntity } from '../../plans/entities/action-plan.entity';

/**
 * A plan's dashboard data version: moved by triggers in the transaction of every change of what
 * the dashboard queries read (migration 1764600000000-DashboardVersion); no row yet reads as 0.
 */
@Entity('dashboard_version')
export class DashboardVersionEntity {
  @PrimaryColumn({ name: 'plan_id', type: 'uuid', primaryKeyConstraintName: 'pk_dashboard_version' }) planId!: string;
  @ManyToOne(() => ActionPlanEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id', foreignKeyConstraintName: 'fk_dashboard_version_plan' })
  plan?: ActionPlanEntity;
  @Column({ type: 'bigint', default: 0 }) version!: string;
}
