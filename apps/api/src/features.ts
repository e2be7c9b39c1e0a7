import type { Type } from '@nestjs/common';
import { AuthModule } from './auth/auth.module';
import { OrganizationsModule } from './organizations/organizations.module';
import { PlansModule } from './plans/plans.module';
import { ReportingModule } from './reporting/reporting.module';
import { AuditModule } from './audit/audit.module';
import { CompletionModule } from './completion/completion.module';
import { ReportsModule } from './reports/reports.module';

/** The business modules, one per feature folder. */
export const FEATURE_MODULES: Type<unknown>[] = [
  OrganizationsModule,
  AuthModule,
  PlansModule,
  ReportingModule,
  AuditModule,
  CompletionModule,
  ReportsModule,
];
