import { AuditEventEntity } from '../audit/entities/audit-event.entity';
import { AuditSealEntity } from '../audit/entities/audit-seal.entity';
import { AuditUnsealedEntity } from '../audit/entities/audit-unsealed.entity';
import { OrganizationEntity } from '../organizations/entities/organization.entity';
import { ActionPlanEntity } from '../plans/entities/action-plan.entity';
import { AssignmentEntity } from '../plans/entities/assignment.entity';
import { IndicatorEntity } from '../plans/entities/indicator.entity';
import { MeasureEntity } from '../plans/entities/measure.entity';
import { PlanSectionEntity } from '../plans/entities/plan-section.entity';
import { ReportingPeriodEntity } from '../plans/entities/reporting-period.entity';
import { GeneratedReportEntity } from '../reports/entities/generated-report.entity';
import { EvidenceEntity } from '../reporting/entities/evidence.entity';
import { IndicatorValueEntity } from '../reporting/entities/indicator-value.entity';
import { ProgressReportEntity } from '../reporting/entities/progress-report.entity';
import { ReportEventEntity } from '../reporting/entities/report-event.entity';
import { UserEntity } from '../users/entities/user.entity';
import { RefreshTokenEntity } from '../auth/entities/refresh-token.entity';
import { IdempotencyKeyEntity } from '../reporting/entities/idempotency-key.entity';
import { RollupAssignmentProgressEntity } from '../completion/entities/rollup-assignment-progress.entity';
import { RollupIndicatorValueEntity } from '../completion/entities/rollup-indicator-value.entity';
import { RollupOrganizationComplianceEntity } from '../completion/entities/rollup-organization-compliance.entity';
import { DashboardVersionEntity } from '../completion/entities/dashboard-version.entity';

/** Every TypeORM entity of the API; the single list the data source uses. */
export const ENTITIES = [
  OrganizationEntity,
  UserEntity,
  ActionPlanEntity,
  PlanSectionEntity,
  MeasureEntity,
  AssignmentEntity,
  IndicatorEntity,
  ReportingPeriodEntity,
  ProgressReportEntity,
  IndicatorValueEntity,
  EvidenceEntity,
  ReportEventEntity,
  AuditEventEntity,
  AuditSealEntity,
  AuditUnsealedEntity,
  GeneratedReportEntity,
  RefreshTokenEntity,
  IdempotencyKeyEntity,
  RollupAssignmentProgressEntity,
  RollupOrganizationComplianceEntity,
  RollupIndicatorValueEntity,
  DashboardVersionEntity,
];
