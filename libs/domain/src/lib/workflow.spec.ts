import { ErrorCode, PeriodStatus, ReportStatus, Role } from './enums';
import type { Actor, ReportAction, WorkflowContext } from './workflow';
import { allowedActions, canReadReport, decide, isLate } from './workflow';

const ORG = 'org-moj';
const OTHER_ORG = 'org-moe';

const focalPoint: Actor = { role: Role.FOCAL_POINT, organizationId: ORG };
const otherFocalPoint: Actor = { role: Role.FOCAL_POINT, organizationId: OTHER_ORG };
const focalPointWithoutOrg: Actor = { role: Role.FOCAL_POINT, organizationId: null };
const coordinator: Actor = { role: Role.COORDINATOR, organizationId: null };
const admin: Actor = { role: Role.ADMIN, organizationId: null };
const auditor: Actor = { role: Role.AUDITOR, organizationId: null };

const { DRAFT, SUBMITTED, RETURNED, ACCEPTED } = ReportStatus;

function ctx(overrides: Partial<WorkflowContext> & { status?: ReportStatus | null }): WorkflowContext {
  const { status = DRAFT, ...rest } = overrides;
  return {
    action: 'SAVE',
    actor: focalPoint,
    report: status === null ? null : { status, organizationId: ORG },
    reportOrganizationId: ORG,
    periodStatus: PeriodStatus.OPEN,
    comment: 'Please attach the evidence.',
    ...rest,
  };
}

function actorFor(action: ReportAction): Actor {
  return action === 'SAVE' || action === 'SUBMIT' ? focalPoint : coordinator;
}

describe('decide: transitions (authorised actor, open period, comment given)', () => {
  // The whole state machine: every action from every status; '—' = INVALID_STATE.
  const table: [ReportAction, ReportStatus | null, ReportStatus | '—'][] = [
    ['SAVE', null, DRAFT],
    ['SAVE', DRAFT, DRAFT],
    ['SAVE', RETURNED, RETURNED],
    ['SAVE', SUBMITTED, '—'],
    ['SAVE', ACCEPTED, '—'],
    ['SUBMIT', null, '—'],
    ['SUBMIT', DRAFT, SUBMITTED],
    ['SUBMIT', RETURNED, SUBMITTED],
    ['SUBMIT', SUBMITTED, '—'],
    ['SUBMIT', ACCEPTED, '—'],
    ['RETURN', null, '—'],
    ['RETURN', DRAFT, '—'],
    ['RETURN', SUBMITTED, RETURNED],
    ['RETURN', RETURNED, '—'],
    ['RETURN', ACCEPTED, '—'],
    ['ACCEPT', null, '—'],
    ['ACCEPT', DRAFT, '—'],
    ['ACCEPT', SUBMITTED, ACCEPTED],
    ['ACCEPT', RETURNED, '—'],
    ['ACCEPT', ACCEPTED, '—'],
    ['REOPEN', null, '—'],
    ['REOPEN', DRAFT, '—'],
    ['REOPEN', SUBMITTED, '—'],
    ['REOPEN', RETURNED, '—'],
    ['REOPEN', ACCEPTED, RETURNED],
  ];

  it.each(table)('%s from %s → %s', (action, status, expected) => {
    const decision = decide(ctx({ action, status, actor: actorFor(action) }));
    if (expected === '—') {
      expect(decision).toMatchObject({ ok: false, code: ErrorCode.INVALID_STATE });
    } else {
      expect(decision).toEqual({ ok: true, next: expected });
    }
  });

  it('lets an admin review like a coordinator', () => {
    expect(decide(ctx({ action: 'ACCEPT', status: SUBMITTED, actor: admin }))).toEqual({ ok: true, next: ACCEPTED });
    expect(decide(ctx({ action: 'RETURN', status: SUBMITTED, actor: admin }))).toEqual({ ok: true, next: RETURNED });
    expect(decide(ctx({ action: 'REOPEN', status: ACCEPTED, actor: admin }))).toEqual({ ok: true, next: RETURNED });
  });
});

describe('decide: who may act', () => {
  const allowed = 'allowed';
  const table: [string, Actor, Record<ReportAction, typeof allowed | ErrorCode.FORBIDDEN>][] = [
    ['own focal point', focalPoint, { SAVE: allowed, SUBMIT: allowed, RETURN: ErrorCode.FORBIDDEN, ACCEPT: ErrorCode.FORBIDDEN, REOPEN: ErrorCode.FORBIDDEN }],
    ["another organisation's focal point", otherFocalPoint, { SAVE: ErrorCode.FORBIDDEN, SUBMIT: ErrorCode.FORBIDDEN, RETURN: ErrorCode.FORBIDDEN, ACCEPT: ErrorCode.FORBIDDEN, REOPEN: ErrorCode.FORBIDDEN }],
    ['focal point without organisation', focalPointWithoutOrg, { SAVE: ErrorCode.FORBIDDEN, SUBMIT: ErrorCode.FORBIDDEN, RETURN: ErrorCode.FORBIDDEN, ACCEPT: ErrorCode.FORBIDDEN, REOPEN: ErrorCode.FORBIDDEN }],
    ['coordinator', coordinator, { SAVE: ErrorCode.FORBIDDEN, SUBMIT: ErrorCode.FORBIDDEN, RETURN: allowed, ACCEPT: allowed, REOPEN: allowed }],
    ['admin', admin, { SAVE: ErrorCode.FORBIDDEN, SUBMIT: ErrorCode.FORBIDDEN, RETURN: allowed, ACCEPT: allowed, REOPEN: allowed }],
    ['auditor', auditor, { SAVE: ErrorCode.FORBIDDEN, SUBMIT: ErrorCode.FORBIDDEN, RETURN: ErrorCode.FORBIDDEN, ACCEPT: ErrorCode.FORBIDDEN, REOPEN: ErrorCode.FORBIDDEN }],
  ];
  // A status from which each action is valid, so only the actor decides.
  const validFrom: Record<ReportAction, ReportStatus> = {
    SAVE: DRAFT,
    SUBMIT: DRAFT,
    RETURN: SUBMITTED,
    ACCEPT: SUBMITTED,
    REOPEN: ACCEPTED,
  };

  describe.each(table)('%s', (_label, actor, expected) => {
    it.each(Object.keys(validFrom) as ReportAction[])('%s', (action) => {
      const decision = decide(ctx({ action, actor, status: validFrom[action] }));
      if (expected[action] === allowed) {
        expect(decision.ok).toBe(true);
      } else {
        expect(decision).toMatchObject({ ok: false, code: ErrorCode.FORBIDDEN });
      }
    });
  });

  it('lets the focal point create a report for their own assignment', () => {
    expect(decide(ctx({ action: 'SAVE', status: null }))).toEqual({ ok: true, next: DRAFT });
  });

  it("refuses a focal point creating a report for another organisation's assignment", () => {
    expect(decide(ctx({ action: 'SAVE', status: null, reportOrganizationId: OTHER_ORG }))).toMatchObject({
      ok: false,
      code: ErrorCode.FORBIDDEN,
    });
  });

  it('refuses when the stored report belongs to another organisation than the assignment claims', () => {
    const decision = decide(
      ctx({ action: 'SAVE', report: { status: DRAFT, organizationId: OTHER_ORG }, reportOrganizationId: ORG }),
    );
    expect(decision).toMatchObject({ ok: false, code: ErrorCode.FORBIDDEN });
  });
});

describe('decide: closed period', () => {
  it.each(['SAVE', 'SUBMIT', 'RETURN', 'ACCEPT', 'REOPEN'] as ReportAction[])(
    '%s is INVALID_STATE once the period is closed',
    (action) => {
      const status = action === 'REOPEN' ? ACCEPTED : action === 'RETURN' || action === 'ACCEPT' ? SUBMITTED : DRAFT;
      const decision = decide(ctx({ action, status, actor: actorFor(action), periodStatus: PeriodStatus.CLOSED }));
      expect(decision).toMatchObject({ ok: false, code: ErrorCode.INVALID_STATE });
      expect(decision.ok || decision.reason).toMatch(/closed/);
    },
  );

  it('also refuses creating a report in a closed period', () => {
    expect(decide(ctx({ action: 'SAVE', status: null, periodStatus: PeriodStatus.CLOSED }))).toMatchObject({
      ok: false,
      code: ErrorCode.INVALID_STATE,
    });
  });
});

describe('decide: comment and reason', () => {
  it.each([
    ['RETURN', SUBMITTED, 'comment'],
    ['REOPEN', ACCEPTED, 'reason'],
  ] as [ReportAction, ReportStatus, string][])('%s requires a non-blank %s', (action, status, field) => {
    for (const comment of [undefined, null, '', '   ', '\n\t']) {
      expect(decide(ctx({ action, status, actor: coordinator, comment }))).toEqual({
        ok: false,
        code: ErrorCode.BAD_USER_INPUT,
        reason: `A ${field} is required`,
        field,
      });
    }
    expect(decide(ctx({ action, status, actor: coordinator, comment: ' ok ' })).ok).toBe(true);
  });

  it.each([
    ['ACCEPT', SUBMITTED],
    ['SAVE', DRAFT],
    ['SUBMIT', DRAFT],
  ] as [ReportAction, ReportStatus][])('%s needs no comment', (action, status) => {
    expect(decide(ctx({ action, status, actor: actorFor(action), comment: null })).ok).toBe(true);
  });
});

describe('decide: order of checks', () => {
  it('reports FORBIDDEN before a closed period', () => {
    const decision = decide(ctx({ action: 'ACCEPT', actor: auditor, status: DRAFT, periodStatus: PeriodStatus.CLOSED }));
    expect(decision).toMatchObject({ code: ErrorCode.FORBIDDEN });
  });

  it('reports FORBIDDEN before a wrong state', () => {
    expect(decide(ctx({ action: 'SUBMIT', actor: otherFocalPoint, status: ACCEPTED }))).toMatchObject({
      code: ErrorCode.FORBIDDEN,
    });
  });

  it('reports a closed period before a wrong state', () => {
    const decision = decide(ctx({ action: 'RETURN', actor: coordinator, status: DRAFT, periodStatus: PeriodStatus.CLOSED }));
    expect(decision.ok || decision.reason).toMatch(/closed/);
  });

  it('reports a wrong state before a missing comment', () => {
    expect(decide(ctx({ action: 'RETURN', actor: coordinator, status: DRAFT, comment: '' }))).toMatchObject({
      code: ErrorCode.INVALID_STATE,
    });
  });

  it('answers BAD_USER_INPUT for an action outside the type (untyped callers)', () => {
    const decision = decide(ctx({ action: 'DELETE' as ReportAction }));
    expect(decision).toMatchObject({ ok: false, code: ErrorCode.BAD_USER_INPUT, field: 'action' });
  });
});

describe('isLate', () => {
  it.each([
    ['2016-12-31T00:00:00.000Z', false],
    ['2016-12-31T23:59:59.999Z', false],
    ['2017-01-01T00:00:00.000Z', true],
    ['2016-06-01T10:00:00.000Z', false],
    ['2017-03-01T10:00:00.000Z', true],
    // 01:30 in Baku (UTC+4) on 1 January is still 31 December in UTC: on time.
    ['2017-01-01T01:30:00.000+04:00', false],
  ])('submitted %s against due 2016-12-31 → late %s', (submittedAt, expected) => {
    expect(isLate(new Date(submittedAt), '2016-12-31')).toBe(expected);
  });

  it('throws on a malformed due date', () => {
    expect(() => isLate(new Date(), '31.12.2016')).toThrow(RangeError);
  });
});

describe('canReadReport', () => {
  const table: [string, Actor, string, ReportStatus, boolean][] = [
    ['own focal point, draft', focalPoint, ORG, DRAFT, true],
    ['own focal point, accepted', focalPoint, ORG, ACCEPTED, true],
    ['other focal point, accepted', otherFocalPoint, ORG, ACCEPTED, false],
    ['other focal point, draft', otherFocalPoint, ORG, DRAFT, false],
    ['focal point without organisation', focalPointWithoutOrg, ORG, ACCEPTED, false],
    ['coordinator, draft', coordinator, ORG, DRAFT, true],
    ['admin, submitted', admin, ORG, SUBMITTED, true],
    ['auditor, accepted', auditor, ORG, ACCEPTED, true],
    ['auditor, submitted', auditor, ORG, SUBMITTED, false],
    ['auditor, returned', auditor, ORG, RETURNED, false],
    ['auditor, draft', auditor, ORG, DRAFT, false],
  ];
  it.each(table)('%s → %s', (_label, actor, organizationId, status, expected) => {
    expect(canReadReport(actor, organizationId, status)).toBe(expected);
  });

  it('refuses an unknown role', () => {
    expect(canReadReport({ role: 'GUEST' as Role, organizationId: ORG }, ORG, ACCEPTED)).toBe(false);
  });
});

describe('allowedActions', () => {
  const report = (status: ReportStatus) => ({ status, organizationId: ORG });
  const table: [string, Actor, ReturnType<typeof report> | null, PeriodStatus, string | undefined, ReportAction[]][] = [
    ['focal point, new report', focalPoint, null, PeriodStatus.OPEN, ORG, ['SAVE']],
    ['focal point, new report, organisation unknown', focalPoint, null, PeriodStatus.OPEN, undefined, []],
    ['focal point, draft', focalPoint, report(DRAFT), PeriodStatus.OPEN, undefined, ['SAVE', 'SUBMIT']],
    ['focal point, returned', focalPoint, report(RETURNED), PeriodStatus.OPEN, undefined, ['SAVE', 'SUBMIT']],
    ['focal point, submitted', focalPoint, report(SUBMITTED), PeriodStatus.OPEN, undefined, []],
    ['other focal point, draft', otherFocalPoint, report(DRAFT), PeriodStatus.OPEN, undefined, []],
    ['coordinator, submitted', coordinator, report(SUBMITTED), PeriodStatus.OPEN, undefined, ['RETURN', 'ACCEPT']],
    ['coordinator, accepted', coordinator, report(ACCEPTED), PeriodStatus.OPEN, undefined, ['REOPEN']],
    ['coordinator, draft', coordinator, report(DRAFT), PeriodStatus.OPEN, undefined, []],
    ['admin, submitted', admin, report(SUBMITTED), PeriodStatus.OPEN, undefined, ['RETURN', 'ACCEPT']],
    ['auditor, submitted', auditor, report(SUBMITTED), PeriodStatus.OPEN, undefined, []],
    ['focal point, draft, closed period', focalPoint, report(DRAFT), PeriodStatus.CLOSED, undefined, []],
    ['coordinator, accepted, closed period', coordinator, report(ACCEPTED), PeriodStatus.CLOSED, undefined, []],
  ];
  it.each(table)('%s → %j', (_label, actor, rep, periodStatus, orgId, expected) => {
    expect(allowedActions(actor, rep, periodStatus, orgId)).toEqual(expected);
  });
});
