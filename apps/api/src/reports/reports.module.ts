import { join } from 'node:path';
import { Module } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { CompletionModule } from '../completion/completion.module';
import { APP_CONFIG } from '../common/tokens';
import type { AppConfig } from '../config/app-config';
import { ReportDataLoader } from './document/report-data';
import { ReportsController } from './reports.controller';
import { ReportsResolver } from './reports.resolver';
import { ReportsService } from './reports.service';
import { DiskReportStorage, REPORT_STORAGE } from './storage/report-storage';

@Module({
  imports: [CompletionModule],
  controllers: [ReportsController],
  providers: [
    ReportsResolver,
    ReportsService,
    ReportDataLoader,
    AuditService,
    {
      provide: REPORT_STORAGE,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => new DiskReportStorage(join(config.dataDir, 'reports')),
    },
  ],
  exports: [ReportsService],
})
export class ReportsModule {}
