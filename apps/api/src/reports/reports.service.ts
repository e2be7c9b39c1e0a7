import { createHash } from 'node:crypto';
import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { Language, ReportFormat, ReportKind, Role } from '@nap/domain';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../common/auth/auth-user';
import { AppError, badUserInput, forbidden, invalidState, notFound } from '../common/errors';
import { APP_CONFIG } from '../common/tokens';
import type { AppConfig } from '../config/app-config';
import { CompletionService } from '../completion/completion.service';
import { ReportDataLoader, type ReportData, type ReportRequest } from './document/report-data';
import type { GenerateReportInput } from './dto/generate-report.input';
import { GeneratedReportEntity } from './entities/generated-report.entity';
import { GenerationStatus, type GeneratedReport } from './models/generated-report.model';
import { contentTypeFor, fileExtensionFor } from './render/render-formats';
import { ReportQueue } from './report-queue';
import { REPORT_STORAGE, type ReportStorage } from './storage/report-storage';
import { ReportWorkerHost } from './worker/report-worker-host';
import { PROGRESS_LAID_OUT, PROGRESS_RENDERED } from './worker/report-worker-protocol';

/** Stored in generated_report.parameters: everything needed to produce the same report again. */
export interface ReportParameters {
  kind: ReportKind;
  planId: string;
  periodId: string;
  organizationId: string | null;
  format: ReportFormat;
  language: Language;
  public: boolean;
  suppressionThreshold: number;
}

/** Same path as `generatedReportDownloadPath` of @nap/contracts (the API does not bundle that library). */
export const reportDownloadPath = (id: string): string => `/files/reports/${encodeURIComponent(id)}`;

const STAFF: readonly Role[] = [Role.COORDINATOR, Role.ADMIN, Role.AUDITOR];

const SHORT_NAMES: Record<Language, Record<ReportKind, string>> = {
  [Language.AZ]: {
    [ReportKind.PLAN_COMPLETION]: 'Planın icrası',
    [ReportKind.AGENCY_SCORECARD]: 'İcra kartı',
    [ReportKind.ANNUAL_REPORT]: 'İllik hesabat',
  },
  [Language.EN]: {
    [ReportKind.PLAN_COMPLETION]: 'Plan completion',
    [ReportKind.AGENCY_SCORECARD]: 'Agency scorecard',
    [ReportKind.ANNUAL_REPORT]: 'Annual report',
  },
};

/**
 * Generated reports: requested over GraphQL, queued one at a time (report-queue.ts), their
 * figures loaded here through the completion service, laid out and rendered in a worker
 * thread (worker/report-worker-host.ts), stored with their sha256 and downloaded over HTTP
 * (reports.controller.ts).
 *
 * Who sees what: coordinators, admins and auditors every report; a focal point only the
 * agency scorecards of its own organisation (which are also the only ones it may request).
 */
@Injectable()
export class ReportsService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Reports');
  private readonly queue = new ReportQueue((id) => this.run(id));
  /** Renders in a worker thread with a bounded heap: a crash or out-of-memory fails the job, not the API. */
  readonly worker: ReportWorkerHost;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(REPORT_STORAGE) private readonly storage: ReportStorage,
    private readonly completion: CompletionService,
    private readonly loader: ReportDataLoader,
    private readonly audit: AuditService,
  ) {
    // The worker ends as soon as it has nothing to do: its heap (up to the limit) and the
    // renderer libraries go back to the system instead of adding to the API's memory between
    // reports; a new one starts (in ~0.2 s) for the next report.
    this.worker = new ReportWorkerHost({ heapMb: config.reportWorkerHeapMb, idleMs: 0 });
  }

  private get repository() {
    return this.dataSource.getRepository(GeneratedReportEntity);
  }

  /** Reports left unfinished by a stop (or a crash) are made now; generation is repeatable. */
  async onApplicationBootstrap(): Promise<void> {
    const unfinished = await this.repository.find({
      where: { status: In([GenerationStatus.PENDING, GenerationStatus.RUNNING]) },
      order: { createdAt: 'ASC' },
      select: { id: true },
    });
    for (const { id } of unfinished) this.queue.enqueue(id);
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.queue.stop();
    await this.worker.stop();
  }

  /** Resolves when every queued generation has finished (tests). */
  idle(): Promise<void> {
    return this.queue.idle();
  }

  async generate(input: GenerateReportInput, user: AuthUser, requestId: string | null): Promise<GeneratedReportEntity> {
    const organizationId = input.organizationId ?? null;
    if (input.kind === ReportKind.AGENCY_SCORECARD && organizationId === null) {
      throw badUserInput([{ field: 'organizationId', message: 'An AGENCY_SCORECARD needs the organisation' }]);
    }
    if (user.role === Role.FOCAL_POINT) {
      if (input.kind !== ReportKind.AGENCY_SCORECARD || organizationId !== user.organizationId) {
        throw forbidden("A focal point may generate only its own organisation's agency scorecard.");
      }
    } else if (!STAFF.includes(user.role)) {
      throw forbidden();
    }
    await this.completion.checkScope({ planId: input.planId, periodId: input.periodId, organizationId });
    const parameters: ReportParameters = {
      kind: input.kind,
      planId: input.planId,
      periodId: input.periodId,
      organizationId: input.kind === ReportKind.AGENCY_SCORECARD ? organizationId : null,
      format: input.format,
      language: input.language,
      public: input.public,
      suppressionThreshold: this.config.suppressionThreshold,
    };
    // The row and its audit event commit together; the work starts only once both are stored.
    const saved = await this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(GeneratedReportEntity);
      const row = await repository.save(
        repository.create({
          kind: parameters.kind,
          planId: parameters.planId,
          periodId: parameters.periodId,
          organizationId: parameters.organizationId,
          format: parameters.format,
          language: parameters.language,
          parameters: { ...parameters },
          status: GenerationStatus.PENDING,
          progress: 0,
          createdBy: user.id,
        }),
      );
      await this.audit.record(manager, user, requestId, {
        action: 'GENERATE_REPORT',
        entityType: 'GeneratedReport',
        entityId: row.id,
        after: parameters,
      });
      return row;
    });
    this.queue.enqueue(saved.id);
    return saved;
  }

  async findVisible(id: string, user: AuthUser): Promise<GeneratedReportEntity> {
    const report = await this.repository.findOneBy({ id });
    // Someone who may not see a report learns nothing about it, not even that it exists.
    if (!report || !this.canSee(report, user)) throw notFound('GeneratedReport', id);
    return report;
  }

  async list(planId: string, offset: number, limit: number, user: AuthUser): Promise<{ items: GeneratedReportEntity[]; total: number }> {
    const query = this.repository
      .createQueryBuilder('r')
      .where('r.planId = :planId', { planId })
      .orderBy('r.createdAt', 'DESC')
      .addOrderBy('r.id', 'ASC')
      .skip(offset)
      .take(limit);
    if (user.role === Role.FOCAL_POINT) {
      query.andWhere('r.kind = :kind AND r.organizationId = :organizationId', {
        kind: ReportKind.AGENCY_SCORECARD,
        organizationId: user.organizationId,
      });
    } else if (!STAFF.includes(user.role)) {
      return { items: [], total: 0 };
    }
    const [items, total] = await query.getManyAndCount();
    return { items, total };
  }

  /** The stored bytes of a finished report the user may see. */
  async download(id: string, user: AuthUser) {
    const report = await this.findVisible(id, user);
    if (report.status !== GenerationStatus.DONE || !report.storageKey) {
      throw invalidState(
        report.status === GenerationStatus.FAILED ? `The report failed: ${report.error ?? ''}` : 'The report is not ready yet; poll its status.',
        { status: report.status },
      );
    }
    const file = await this.storage.open(report.storageKey);
    return { report, ...file, contentType: contentTypeFor(report.format as ReportFormat) };
  }

  canSee(report: GeneratedReportEntity, user: AuthUser): boolean {
    if (STAFF.includes(user.role)) return true;
    return (
      user.role === Role.FOCAL_POINT &&
      user.organizationId !== null &&
      report.kind === ReportKind.AGENCY_SCORECARD &&
      report.organizationId === user.organizationId
    );
  }

  toModel(report: GeneratedReportEntity): GeneratedReport {
    return {
      id: report.id,
      kind: report.kind as ReportKind,
      planId: report.planId,
      periodId: report.periodId,
      organizationId: report.organizationId,
      format: report.format as ReportFormat,
      language: report.language as Language,
      public: report.parameters['public'] === true,
      status: report.status as GenerationStatus,
      progress: report.progress,
      error: report.error,
      sha256: report.sha256?.trim() ?? null,
      sizeBytes: report.sizeBytes,
      fileName: report.fileName,
      createdAt: report.createdAt,
      completedAt: report.completedAt,
      createdBy: report.createdBy,
      url: report.status === GenerationStatus.DONE ? reportDownloadPath(report.id) : null,
    };
  }

  /**
   * One generation: claim the row, load the figures, lay out, render, store, record. Every
   * step updates `progress`; a failure is recorded with the step that failed and why.
   */
  private async run(id: string): Promise<void> {
    const claimed = await this.repository
      .createQueryBuilder()
      .update()
      .set({ status: GenerationStatus.RUNNING, progress: 5, error: null })
      .where('id = :id AND status IN (:...statuses)', { id, statuses: [GenerationStatus.PENDING, GenerationStatus.RUNNING] })
      .returning('*')
      .execute();
    const row = (claimed.raw as Record<string, unknown>[])[0];
    if (!row) return;
    const parameters = row['parameters'] as ReportParameters;
    const started = Date.now();
    let step = 'loading the figures';
    try {
      const request: ReportRequest = {
        kind: parameters.kind,
        planId: parameters.planId,
        periodId: parameters.periodId,
        organizationId: parameters.organizationId,
        language: parameters.language,
        public: parameters.public,
        suppressionThreshold: parameters.suppressionThreshold,
      };
      // The worker starts and loads its renderer while the figures are read.
      this.worker.prepare(parameters.format);
      let data: ReportData | null = await this.loader.load(request);
      const loadMs = Date.now() - started;
      await this.progress(id, 40);
      // What the row needs afterwards; the figures themselves go to the worker (copied by
      // postMessage) and are not kept here while it works.
      const planCode = data.plan.code;
      const periodLabel = data.period.label;
      const organizationCode = data.organization?.code ?? null;
      const generatedAt = data.dataAsOf.toISOString();

      // Layout and rendering run in the worker thread; the API thread only waits.
      step = `laying out and rendering ${parameters.format}`;
      const renderStarted = Date.now();
      let progressWrite: Promise<void> = Promise.resolve();
      const rendering = this.worker.render(data, parameters.format, (progress) => {
        if (progress === PROGRESS_LAID_OUT) step = `rendering ${parameters.format}`;
        progressWrite = progressWrite.then(() => this.progress(id, progress)).catch(() => undefined);
      });
      data = null;
      const bytes = await rendering;
      const renderMs = Date.now() - renderStarted;
      await progressWrite;
      await this.progress(id, PROGRESS_RENDERED);

      step = 'storing the file';
      const extension = fileExtensionFor(parameters.format);
      const storageKey = `${id}.${extension}`;
      await this.storage.put(storageKey, bytes);
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      const fileName = this.fileName(parameters, planCode, periodLabel, organizationCode, extension);
      // generatedAt is recorded with the parameters: the PDF/CSV bytes depend on it. The
      // timings (figures loaded, laid out and rendered, whole job) are for diagnosis.
      await this.dataSource.query(
        `UPDATE generated_report SET status = $2, progress = 100, sha256 = $3, size_bytes = $4, file_name = $5,
           storage_key = $6, completed_at = now(), parameters = parameters || $7::jsonb WHERE id = $1`,
        [
          id,
          GenerationStatus.DONE,
          sha256,
          bytes.length,
          fileName,
          storageKey,
          JSON.stringify({ generatedAt, generationMs: Date.now() - started, loadMs, renderMs }),
        ],
      );
    } catch (error) {
      const reason = error instanceof AppError ? error.message : (error as Error).message;
      this.logger.warn(`Report ${id} failed while ${step}: ${reason}`);
      await this.repository.update(id, {
        status: GenerationStatus.FAILED,
        error: `Failed while ${step}: ${reason}`.slice(0, 1000),
        completedAt: new Date(),
      });
    }
  }

  private async progress(id: string, progress: number): Promise<void> {
    await this.repository.update(id, { progress });
  }

  /** "İllik hesabat NAP-THB-2014-2016 2016.pdf", "Agency scorecard NAP-THB-2014-2016 2016 MOE.xlsx". */
  private fileName(parameters: ReportParameters, planCode: string, periodLabel: string, organizationCode: string | null, extension: string): string {
    const name = [SHORT_NAMES[parameters.language][parameters.kind], planCode, periodLabel, organizationCode]
      .filter((part): part is string => part !== null && part !== '')
      .join(' ')
      .replace(/[\\/:*?"<>|\r\n]+/g, '-');
    const suffix = parameters.public ? (parameters.language === Language.AZ ? ' (ictimai)' : ' (public)') : '';
    return `${name}${suffix}.${extension}`.slice(0, 255);
  }
}

