import { registerEnumType } from '@nestjs/graphql';
import {
  AssignmentRole,
  CombineRule,
  ImplementationStatus,
  IndicatorUnit,
  Language,
  OrganizationType,
  PeriodStatus,
  PlanStatus,
  RagStatus,
  ReportFormat,
  ReportKind,
  ReportStatus,
  Role,
} from '@nap/domain';

// The domain's enums, exposed in the GraphQL contract under the same names.
registerEnumType(Role, { name: 'Role' });
registerEnumType(OrganizationType, { name: 'OrganizationType' });
registerEnumType(PlanStatus, { name: 'PlanStatus' });
registerEnumType(AssignmentRole, { name: 'AssignmentRole' });
registerEnumType(IndicatorUnit, { name: 'IndicatorUnit' });
registerEnumType(CombineRule, { name: 'CombineRule' });
registerEnumType(PeriodStatus, { name: 'PeriodStatus' });
registerEnumType(ImplementationStatus, { name: 'ImplementationStatus' });
registerEnumType(ReportStatus, { name: 'ReportStatus' });
registerEnumType(RagStatus, { name: 'RagStatus' });
registerEnumType(ReportKind, { name: 'ReportKind' });
registerEnumType(ReportFormat, { name: 'ReportFormat' });
registerEnumType(Language, { name: 'Language' });

export {
  AssignmentRole,
  CombineRule,
  ImplementationStatus,
  IndicatorUnit,
  Language,
  OrganizationType,
  PeriodStatus,
  PlanStatus,
  RagStatus,
  ReportFormat,
  ReportKind,
  ReportStatus,
  Role,
};
