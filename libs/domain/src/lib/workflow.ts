/**
 * The submission workflow of a progress report (DOMAIN.md "The submission workflow"):
 *
 *   DRAFT --submit--> SUBMITTED --accept--> ACCEPTED --reopen--> RETURNED
 *     ^                   |
 *     +------return-------+   (RETURNED is editable again and can be resubmitted)
 *
 * Pure functions only: the API loads the report, asks `decide`, and on `ok` writes the
 * new status (plus audit event) itself. The same rules drive the portal's buttons through
 * `allowedActions`, so the UI never offers what the server would refuse.
 */
import { ErrorCode, PeriodStatus, ReportStatus, Role } from './enums';
import { parseIsoDate, MS_PER_DAY } from './dates';

export type ReportAction = 'SAVE' | 'SUBMIT' | 'RETURN' | 'ACCEPT' | 'REOPEN';

/** Every action, in the order the portal shows them. */
export const REPORT_ACTIONS: readonly ReportAction[] = ['SAVE', 'SUBMIT', 'RETURN', 'ACCEPT', 'REOPEN'];

export interface Actor {
  role: Role;
  /** The focal point's organisation; null for coordinators, admins and auditors without one. */
  organizationId: string | null;
}

export interface WorkflowReport {
  status: ReportStatus;
  organizationId: string;
}

export interface WorkflowContext {
  action: ReportAction;
  actor: Actor;
  /** null = the report does not exist yet (only SAVE can create it). */
  report: WorkflowReport | null;
  /** Organisation of the assignment the report belongs to (known even before the report exists). */
  reportOrganizationId: string;
  periodStatus: PeriodStatus;
  /** RETURN's comment, or REOPEN's reason. */
  comment?: string | null;
}

export type DecisionErrorCode = ErrorCode.FORBIDDEN | ErrorCode.INVALID_STATE | ErrorCode.BAD_USER_INPUT;

export type Decision =
  | { ok: true; next: ReportStatus }
  | { ok: false; code: DecisionErrorCode; reason: string; field?: string };

const REVIEWERS: readonly Role[] = [Role.COORDINATOR, Role.ADMIN];

/** Statuses in which the focal point may still edit (and so submit) the report. */
const EDITABLE: readonly ReportStatus[] = [ReportStatus.DRAFT, ReportStatus.RETURNED];

/**
 * Decides whether `ctx.action` is allowed and which status follows.
 * Checks run in a fixed order so that callers get a stable error:
 * 1. role and organisation (FORBIDDEN) — a stranger learns nothing about the report's state;
 * 2. the period is closed (INVALID_STATE);
 * 3. the report's current status (INVALID_STATE);
 * 4. the required comment or reason (BAD_USER_INPUT, with `field`).
 */
export function decide(ctx: WorkflowContext): Decision {
  const forbidden = checkActor(ctx);
  if (forbidden) return forbidden;

  if (ctx.periodStatus === PeriodStatus.CLOSED) {
    return fail(ErrorCode.INVALID_STATE, 'The reporting period is closed; its reports are read-only');
  }

  const status = ctx.report?.status ?? null;
  switch (ctx.action) {
    case 'SAVE':
      if (status === null) return next(ReportStatus.DRAFT);
      // A RETURNED report stays RETURNED while edited, so reviewers still see it came back.
      return EDITABLE.includes(status) ? next(status) : wrongState(ctx.action, status);
    case 'SUBMIT':
      return status !== null && EDITABLE.includes(status) ? next(ReportStatus.SUBMITTED) : wrongState(ctx.action, status);
    case 'RETURN':
      if (status !== ReportStatus.SUBMITTED) return wrongState(ctx.action, status);
      return requireText(ctx.comment, 'comment') ?? next(ReportStatus.RETURNED);
    case 'ACCEPT':
      return status === ReportStatus.SUBMITTED ? next(ReportStatus.ACCEPTED) : wrongState(ctx.action, status);
    case 'REOPEN':
      if (status !== ReportStatus.ACCEPTED) return wrongState(ctx.action, status);
      return requireText(ctx.comment, 'reason') ?? next(ReportStatus.RETURNED);
    default:
      return unknownAction(ctx.action);
  }
}

/**
 * Whether a submission counts as late: the due date is inclusive, i.e. anything up to
 * 23:59:59.999 UTC of `dueDate` is on time.
 */
export function isLate(submittedAt: Date, dueDate: string): boolean {
  return submittedAt.getTime() >= parseIsoDate(dueDate) + MS_PER_DAY;
}

/**
 * Read access to a report: focal points see their own organisation's reports in any status;
 * coordinators and admins see all; auditors see only accepted data.
 */
export function canReadReport(actor: Actor, reportOrganizationId: string, reportStatus: ReportStatus): boolean {
  switch (actor.role) {
    case Role.FOCAL_POINT:
      return actor.organizationId !== null && actor.organizationId === reportOrganizationId;
    case Role.COORDINATOR:
    case Role.ADMIN:
      return true;
    case Role.AUDITOR:
      return reportStatus === ReportStatus.ACCEPTED;
    default:
      return false;
  }
}

/**
 * The actions `actor` could take now, for the portal's buttons. The comment/reason is not
 * required here (the UI asks for it when the button is pressed). For a report that does not
 * exist yet pass the assignment's organisation as `reportOrganizationId`.
 */
export function allowedActions(
  actor: Actor,
  report: WorkflowReport | null,
  periodStatus: PeriodStatus,
  reportOrganizationId: string | null = report?.organizationId ?? null,
): ReportAction[] {
  if (reportOrganizationId === null) return [];
  return REPORT_ACTIONS.filter(
    (action) =>
      decide({ action, actor, report, reportOrganizationId, periodStatus, comment: 'x' }).ok,
  );
}

function checkActor(ctx: WorkflowContext): Decision | null {
  const { actor } = ctx;
  switch (ctx.action) {
    case 'SAVE':
    case 'SUBMIT': {
      if (actor.role !== Role.FOCAL_POINT) {
        return fail(ErrorCode.FORBIDDEN, 'Only a focal point of the assigned organisation edits and submits its report');
      }
      // Both the assignment's and the stored report's organisation must be the actor's,
      // so a mismatched pair from the caller can never widen access.
      const ownOrganization =
        actor.organizationId !== null &&
        actor.organizationId === ctx.reportOrganizationId &&
        (ctx.report === null || ctx.report.organizationId === actor.organizationId);
      return ownOrganization ? null : fail(ErrorCode.FORBIDDEN, "The report belongs to another organisation");
    }
    case 'RETURN':
    case 'ACCEPT':
    case 'REOPEN':
      return REVIEWERS.includes(actor.role)
        ? null
        : fail(ErrorCode.FORBIDDEN, 'Only a coordinator or an admin reviews reports');
    default:
      return unknownAction(ctx.action);
  }
}

function requireText(text: string | null | undefined, field: 'comment' | 'reason'): Decision | null {
  return text !== null && text !== undefined && text.trim() !== ''
    ? null
    : { ok: false, code: ErrorCode.BAD_USER_INPUT, reason: `A ${field} is required`, field };
}

function wrongState(action: ReportAction, status: ReportStatus | null): Decision {
  const from = status === null ? 'a report that does not exist yet' : `a ${status} report`;
  return fail(ErrorCode.INVALID_STATE, `Cannot ${action} ${from}`);
}

// Reached only when untyped callers pass something outside ReportAction.
function unknownAction(action: never): Decision {
  return { ok: false, code: ErrorCode.BAD_USER_INPUT, reason: `Unknown action "${String(action)}"`, field: 'action' };
}

function next(status: ReportStatus): Decision {
  return { ok: true, next: status };
}

function fail(code: DecisionErrorCode, reason: string): Decision {
  return { ok: false, code, reason };
}
