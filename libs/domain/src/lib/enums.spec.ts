import {
  AssignmentRole,
  CombineRule,
  ErrorCode,
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
} from './enums';

describe('enums', () => {
  // The API, database and portal rely on value === name and on these exact members.
  it.each([
    ['Role', Role, ['ADMIN', 'COORDINATOR', 'FOCAL_POINT', 'AUDITOR']],
    [
      'OrganizationType',
      OrganizationType,
      [
        'MINISTRY',
        'DEPARTMENT',
        'ACADEMY',
        'PROSECUTION',
        'OMBUDSMAN',
        'STATE_COMMITTEE',
        'STATE_SERVICE',
        'FUND',
        'COUNCIL',
        'LOCAL_EXECUTIVE',
        'NGO',
        'INTERNATIONAL',
        'OTHER',
      ],
    ],
    ['PlanStatus', PlanStatus, ['DRAFT', 'ACTIVE', 'CLOSED']],
    ['AssignmentRole', AssignmentRole, ['LEAD', 'PARTNER']],
    ['IndicatorUnit', IndicatorUnit, ['COUNT', 'PERCENT', 'AMOUNT', 'BOOLEAN']],
    ['CombineRule', CombineRule, ['SUM', 'LATEST', 'MAX', 'AVERAGE']],
    ['PeriodStatus', PeriodStatus, ['OPEN', 'CLOSED']],
    [
      'ImplementationStatus',
      ImplementationStatus,
      ['NOT_STARTED', 'IN_PROGRESS', 'COMPLETED', 'DELAYED', 'CANCELLED'],
    ],
    ['ReportStatus', ReportStatus, ['DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED']],
    ['RagStatus', RagStatus, ['GREEN', 'AMBER', 'RED']],
    ['ReportKind', ReportKind, ['PLAN_COMPLETION', 'AGENCY_SCORECARD', 'ANNUAL_REPORT']],
    ['ReportFormat', ReportFormat, ['PDF', 'XLSX', 'CSV', 'DOCX']],
    ['Language', Language, ['AZ', 'EN']],
    [
      'ErrorCode',
      ErrorCode,
      [
        'UNAUTHENTICATED',
        'FORBIDDEN',
        'NOT_FOUND',
        'BAD_USER_INPUT',
        'CONFLICT',
        'INVALID_STATE',
        'SERVICE_UNAVAILABLE',
        'RATE_LIMITED',
      ],
    ],
  ])('%s has exactly the agreed members, each valued by its name', (_name, enumObject, members) => {
    expect(Object.keys(enumObject)).toEqual(members);
    expect(Object.values(enumObject)).toEqual(members);
  });
});
