import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type GenerationStatus = 'PENDING' | 'RUNNING' | 'DONE' | 'FAILED';

@Entity('generated_report')
@Index('ix_generated_report_plan', ['planId', 'createdAt'])
export class GeneratedReportEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'varchar', length: 32 }) kind!: string;
  @Column({ name: 'plan_id', type: 'uuid' }) planId!: string;
  @Column({ name: 'period_id', type: 'uuid' }) periodId!: string;
  @Column({ name: 'organization_id', type: 'uuid', nullable: true }) organizationId!: string | null;
  @Column({ type: 'varchar', length: 8 }) format!: string;
  @Column({ type: 'varchar', length: 2 }) language!: string;
  @Column({ type: 'jsonb', default: () => "'{}'" }) parameters!: Record<string, unknown>;
  @Column({ type: 'varchar', length: 16 }) status!: GenerationStatus;
  @Column({ type: 'int', default: 0 }) progress!: number;
  @Column({ type: 'text', nullable: true }) error!: string | null;
  @Column({ type: 'char', length: 64, nullable: true }) sha256!: string | null;
  @Column({ name: 'size_bytes', type: 'int', nullable: true }) sizeBytes!: number | null;
  @Column({ name: 'file_name', type: 'varchar', length: 255, nullable: true }) fileName!: string | null;
  @Column({ name: 'storage_key', type: 'varchar', length: 300, nullable: true }) storageKey!: string | null;
  @Column({ name: 'created_by', type: 'uuid' }) createdBy!: string;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt!: Date;
  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true }) completedAt!: Date | null;
}
