import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { canReadReport, PeriodStatus, ReportStatus, Role } from '@nap/domain';
import { AuditService } from '../audit/audit.service';
import type { AuthUser, RequestContext } from '../common/auth/auth-user';
import { badUserInput, forbidden, invalidState, notFound } from '../common/errors';
import { APP_CONFIG } from '../common/tokens';
import type { AppConfig } from '../config/app-config';
import { ReportingPeriodEntity } from '../plans/entities/reporting-period.entity';
import type { EvidenceLinkInput } from './dto/reporting.inputs';
import { EvidenceEntity } from './entities/evidence.entity';
import { ProgressReportEntity } from './entities/progress-report.entity';

/** Where evidence bytes live. Local disk by default; an S3-compatible store implements the same three calls. */
export interface FileStorage {
  put(key: string, bytes: Buffer): Promise<void>;
  get(key: string): Promise<Buffer>;
  remove(key: string): Promise<void>;
}

export class LocalDiskStorage implements FileStorage {
  constructor(private readonly root: string) {}
  private path(key: string): string {
    if (!/^[\w/.-]+$/.test(key) || key.includes('..')) throw new Error('invalid storage key');
    return join(this.root, key);
  }
  async put(key: string, bytes: Buffer): Promise<void> {
    const path = this.path(key);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, bytes, { flag: 'wx' });
  }
  get(key: string): Promise<Buffer> {
    return readFile(this.path(key));
  }
  async remove(key: string): Promise<void> {
    await rm(this.path(key), { force: true });
  }
}

export const EVIDENCE_MAX_BYTES = 10 * 1024 * 1024;
/** Documents and images officials attach; anything executable or scriptable is refused. */
export const EVIDENCE_TYPES: Record<string, string[]> = {
  'application/pdf': ['pdf'],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['docx'],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['xlsx'],
  'application/vnd.oasis.opendocument.text': ['odt'],
  'application/vnd.oasis.opendocument.spreadsheet': ['ods'],
  'text/csv': ['csv'],
  'text/plain': ['txt'],
  'image/png': ['png'],
  'image/jpeg': ['jpg', 'jpeg'],
};

@Injectable()
export class EvidenceService {
  private readonly storage: FileStorage;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.storage = new LocalDiskStorage(join(config.dataDir, 'evidence'));
  }

  /** Evidence can be added or removed only while the focal point may edit the report. */
  private async editableReport(reportId: string, user: AuthUser, field: string): Promise<ProgressReportEntity> {
    const report = await this.dataSource.getRepository(ProgressReportEntity).findOneBy({ id: reportId });
    if (!report) throw badUserInput([{ field, message: 'no such progress report' }]);
    if (user.role !== Role.FOCAL_POINT || user.organizationId !== report.organizationId) {
      throw forbidden("Only the report's own organisation adds evidence.");
    }
    const period = await this.dataSource.getRepository(ReportingPeriodEntity).findOneBy({ id: report.periodId });
    if (period?.status !== PeriodStatus.OPEN) throw invalidState('The reporting period is closed.');
    if (report.status !== ReportStatus.DRAFT && report.status !== ReportStatus.RETURNED) {
      throw invalidState(`The report is ${report.status}; evidence can change only in a draft or returned report.`);
    }
    return report;
  }

  async upload(reportId: string, file: { originalname: string; mimetype: string; buffer: Buffer; size: number }, title: string | undefined, ctx: RequestContext): Promise<EvidenceEntity> {
    const user = ctx.user as AuthUser;
    await this.editableReport(reportId, user, 'reportId');
    const ext = file.originalname.split('.').pop()?.toLowerCase() ?? '';
    const allowed = EVIDENCE_TYPES[file.mimetype];
    if (!allowed || !allowed.includes(ext)) {
      throw badUserInput([{ field: 'file', message: `files of this type are not accepted (allowed: ${Object.values(EVIDENCE_TYPES).flat().join(', ')})` }]);
    }
    if (file.size > EVIDENCE_MAX_BYTES) throw badUserInput([{ field: 'file', message: 'the file is larger than 10 MB' }]);
    const sha256 = createHash('sha256').update(file.buffer).digest('hex');
    const key = `${sha256.slice(0, 2)}/${randomUUID()}`;
    await this.storage.put(key, file.buffer);
    try {
      return await this.dataSource.transaction(async (manager) => {
        const saved = await manager.getRepository(EvidenceEntity).save({
          reportId,
          kind: 'FILE' as const,
          title: (title ?? file.originalname).slice(0, 300),
          url: null,
          fileName: file.originalname.slice(0, 255),
          contentType: file.mimetype,
          sizeBytes: file.size,
          sha256,
          storageKey: key,
          createdBy: user.id,
        });
        await this.audit.record(manager, user, ctx.requestId, { action: 'ADD_EVIDENCE', entityType: 'Evidence', entityId: saved.id, after: saved });
        return saved;
      });
    } catch (error) {
      await this.storage.remove(key); // nothing half-written: no row, no orphan file
      throw error;
    }
  }

  async addLink(input: EvidenceLinkInput, ctx: RequestContext): Promise<EvidenceEntity> {
    const user = ctx.user as AuthUser;
    await this.editableReport(input.reportId, user, 'reportId');
    return this.dataSource.transaction(async (manager) => {
      const saved = await manager.getRepository(EvidenceEntity).save({
        reportId: input.reportId,
        kind: 'LINK' as const,
        title: input.title.trim(),
        url: input.url,
        fileName: null,
        contentType: null,
        sizeBytes: null,
        sha256: null,
        storageKey: null,
        createdBy: user.id,
      });
      await this.audit.record(manager, user, ctx.requestId, { action: 'ADD_EVIDENCE', entityType: 'Evidence', entityId: saved.id, after: saved });
      return saved;
    });
  }

  async remove(id: string, ctx: RequestContext): Promise<EvidenceEntity> {
    const user = ctx.user as AuthUser;
    const evidence = await this.dataSource.getRepository(EvidenceEntity).findOneBy({ id });
    if (!evidence) throw notFound('Evidence', id);
    await this.editableReport(evidence.reportId, user, 'id');
    await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(EvidenceEntity).delete({ id });
      await this.audit.record(manager, user, ctx.requestId, { action: 'REMOVE_EVIDENCE', entityType: 'Evidence', entityId: id, before: evidence });
    });
    // Files stay referenced by submitted snapshots' sha256; the bytes are kept for the audit trail.
    return evidence;
  }

  async download(id: string, user: AuthUser): Promise<{ evidence: EvidenceEntity; bytes: Buffer }> {
    const evidence = await this.dataSource.getRepository(EvidenceEntity).findOneBy({ id });
    if (!evidence || evidence.kind !== 'FILE' || !evidence.storageKey) throw notFound('Evidence', id);
    const report = await this.dataSource.getRepository(ProgressReportEntity).findOneBy({ id: evidence.reportId });
    if (!report || !canReadReport({ role: user.role, organizationId: user.organizationId }, report.organizationId, report.status)) {
      throw forbidden();
    }
    return { evidence, bytes: await this.storage.get(evidence.storageKey) };
  }
}
