/**
 * The vocabulary of DOMAIN.md as string enums. Every value equals its name, so the
 * same string travels unchanged through the database, GraphQL and the portal.
 */

export enum Role {
  ADMIN = 'ADMIN',
  COORDINATOR = 'COORDINATOR',
  FOCAL_POINT = 'FOCAL_POINT',
  AUDITOR = 'AUDITOR',
}

export enum OrganizationType {
  MINISTRY = 'MINISTRY',
  DEPARTMENT = 'DEPARTMENT',
  ACADEMY = 'ACADEMY',
  PROSECUTION = 'PROSECUTION',
  OMBUDSMAN = 'OMBUDSMAN',
  STATE_COMMITTEE = 'STATE_COMMITTEE',
  STATE_SERVICE = 'STATE_SERVICE',
  FUND = 'FUND',
  COUNCIL = 'COUNCIL',
  LOCAL_EXECUTIVE = 'LOCAL_EXECUTIVE',
  NGO = 'NGO',
  INTERNATIONAL = 'INTERNATIONAL',
  OTHER = 'OTHER',
}

export enum PlanStatus {
  DRAFT = 'DRAFT',
  ACTIVE = 'ACTIVE',
  CLOSED = 'CLOSED',
}

export enum AssignmentRole {
  LEAD = 'LEAD',
  PARTNER = 'PARTNER',
}

export enum IndicatorUnit {
  COUNT = 'COUNT',
  PERCENT = 'PERCENT',
  AMOUNT = 'AMOUNT',
  BOOLEAN = 'BOOLEAN',
}

export enum CombineRule {
  SUM = 'SUM',
  LATEST = 'LATEST',
  MAX = 'MAX',
  AVERAGE = 'AVERAGE',
}

export enum PeriodStatus {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}

export enum ImplementationStatus {
  NOT_STARTED = 'NOT_STARTED',
  IN_PROGRESS = 'IN_PROGRESS',
  COMPLETED = 'COMPLETED',
  DELAYED = 'DELAYED',
  CANCELLED = 'CANCELLED',
}

export enum ReportStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  RETURNED = 'RETURNED',
  ACCEPTED = 'ACCEPTED',
}

export enum RagStatus {
  GREEN = 'GREEN',
  AMBER = 'AMBER',
  RED = 'RED',
}

export enum ReportKind {
  PLAN_COMPLETION = 'PLAN_COMPLETION',
  AGENCY_SCORECARD = 'AGENCY_SCORECARD',
  ANNUAL_REPORT = 'ANNUAL_REPORT',
}

export enum ReportFormat {
  PDF = 'PDF',
  XLSX = 'XLSX',
  CSV = 'CSV',
  DOCX = 'DOCX',
}

export enum Language {
  AZ = 'AZ',
  EN = 'EN',
}

/** Values of GraphQL `extensions.code`. */
export enum ErrorCode {
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  CONFLICT = 'CONFLICT',
  INVALID_STATE = 'INVALID_STATE',
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
  /** Too many requests (sign-ins, mutations) from one user or address. */
  RATE_LIMITED = 'RATE_LIMITED',
}
