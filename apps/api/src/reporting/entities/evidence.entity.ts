import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ProgressReportEntity } from './progress-report.entity';

export type EvidenceKind = 'FILE' | 'LINK';

@Entity('evidence')
@Index('ix_evidence_report', ['reportId'])
export class EvidenceEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'report_id', type: 'uuid' }) reportId!: string;
  @ManyToOne(() => ProgressReportEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'report_id', foreignKeyConstraintName: 'fk_evidence_report' })
  report?: ProgressReportEntity;
  @Column({ type: 'varchar', length: 8 }) kind!: EvidenceKind;
  @Column({ type: 'varchar', length: 300 }) title!: string;
  @Column({ type: 'varchar', length: 2000, nullable: true }) url!: string | null;
  @Column({ name: 'file_name', type: 'varchar', length: 255, nullable: true }) fileName!: string | null;
  @Column({ name: 'content_type', type: 'varchar', length: 128, nullable: true }) contentType!: string | null;
  @Column({ name: 'size_bytes', type: 'bigint', nullable: true, transformer: { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) } }) sizeBytes!: number | null;
  @Column({ type: 'char', length: 64, nullable: true }) sha256!: string | null;
  @Column({ name: 'storage_key', type: 'varchar', length: 300, nullable: true }) storageKey!: string | null;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt!: Date;
  @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdBy!: string | null;
}
