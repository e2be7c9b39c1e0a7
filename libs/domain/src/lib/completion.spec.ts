import { AssignmentRole, ImplementationStatus, RagStatus } from './enums';
import {
  DEFAULT_ROLE_WEIGHTS,
  assignmentCompletion,
  expectedProgress,
  isMeasureCancelled,
  measureCompletion,
  organizationCompletion,
  ragStatus,
  reportingCompliance,
  rollupCompletion,
  roundPercent,
  roundTo,
  weightedMean,
} from './completion';

const { LEAD, PARTNER } = AssignmentRole;
const { NOT_STARTED, IN_PROGRESS, COMPLETED, DELAYED, CANCELLED } = ImplementationStatus;

describe('roundTo (half away from zero, like PostgreSQL ROUND on numeric)', () => {
  it.each([
    [2.345, 2, 2.35],
    [-2.345, 2, -2.35],
    [1.005, 2, 1.01], // binary 1.00499999…: still the decimal tie
    [2.5, 0, 3],
    [-2.5, 0, -3],
    [0.125, 2, 0.13],
    [30.088495575221238, 1, 30.1],
    [66.66666666666667, 2, 66.67],
    [33.333333333333336, 2, 33.33],
    [0.1 + 0.2, 2, 0.3],
    [100, 2, 100],
    [-0.001, 2, 0], // and not -0
  ])('roundTo(%p, %i) = %p', (value, decimals, expected) => {
    expect(Object.is(roundTo(value, decimals), expected)).toBe(true);
  });

  it.each([[NaN], [Infinity]])('refuses %p', (value) => {
    expect(() => roundTo(value, 2)).toThrow(RangeError);
  });

  it.each([[-1], [1.5], [11]])('refuses %p decimals', (decimals) => {
    expect(() => roundTo(1, decimals)).toThrow(RangeError);
  });

  it('roundPercent rounds to 2 decimals and passes null through', () => {
    expect(roundPercent(200 / 3)).toBe(66.67);
    expect(roundPercent(null)).toBeNull();
  });
});

describe('assignmentCompletion', () => {
  it.each([
    ['no accepted report', null, 0],
    ['completed whatever the percent', { implementationStatus: COMPLETED, percentComplete: 80 }, 100],
    ['in progress', { implementationStatus: IN_PROGRESS, percentComplete: 45.5 }, 45.5],
    ['delayed', { implementationStatus: DELAYED, percentComplete: 20 }, 20],
    ['not started', { implementationStatus: NOT_STARTED, percentComplete: 0 }, 0],
    ['cancelled keeps its percent', { implementationStatus: CANCELLED, percentComplete: 30 }, 30],
    ['above 100 is clamped', { implementationStatus: IN_PROGRESS, percentComplete: 120 }, 100],
    ['below 0 is clamped', { implementationStatus: IN_PROGRESS, percentComplete: -5 }, 0],
  ])('%s → %p', (_label, latest, expected) => {
    expect(assignmentCompletion(latest)).toBe(expected);
  });

  it('refuses a non-numeric percent', () => {
    expect(() => assignmentCompletion({ implementationStatus: IN_PROGRESS, percentComplete: NaN })).toThrow(RangeError);
  });
});

describe('weightedMean', () => {
  it.each([
    [[], null],
    [[{ value: 50, weight: 0 }], null],
    [[{ value: 50, weight: 1 }], 50],
    [[{ value: 100, weight: 2 }, { value: 40, weight: 1 }], 80],
    [[{ value: 100, weight: 3 }, { value: 0, weight: 1 }, { value: 20, weight: 0 }], 75],
  ])('%j → %p', (items, expected) => {
    expect(weightedMean(items)).toBe(expected);
  });

  it.each([[-1], [NaN], [Infinity]])('refuses weight %p', (weight) => {
    expect(() => weightedMean([{ value: 1, weight }])).toThrow(RangeError);
  });

  it('refuses a non-finite value', () => {
    expect(() => weightedMean([{ value: NaN, weight: 1 }])).toThrow(RangeError);
  });
});

describe('measureCompletion', () => {
  it('weights the lead twice a partner by default', () => {
    expect(DEFAULT_ROLE_WEIGHTS).toEqual({ LEAD: 2, PARTNER: 1 });
    // (2·100 + 1·40 + 1·0) / 4
    expect(
      measureCompletion([
        { role: LEAD, completion: 100 },
        { role: PARTNER, completion: 40 },
        { role: PARTNER, completion: 0 },
      ]),
    ).toBe(60);
  });

  it('is the lead alone when there are no partners', () => {
    expect(measureCompletion([{ role: LEAD, completion: 35 }])).toBe(35);
  });

  it('is null with no assignments', () => {
    expect(measureCompletion([])).toBeNull();
  });

  it('uses configured weights', () => {
    const equal = { LEAD: 1, PARTNER: 1 };
    expect(measureCompletion([{ role: LEAD, completion: 100 }, { role: PARTNER, completion: 0 }], equal)).toBe(50);
  });

  it('keeps full precision (rounding is for the edge)', () => {
    expect(measureCompletion([{ role: LEAD, completion: 100 }, { role: PARTNER, completion: 0 }])).toBe(200 / 3);
  });

  it('cannot be mutated through the default weights', () => {
    expect(Object.isFrozen(DEFAULT_ROLE_WEIGHTS)).toBe(true);
  });
});

describe('isMeasureCancelled', () => {
  const accepted = (implementationStatus: ImplementationStatus) => ({ implementationStatus });
  it.each([
    ['lead cancelled', [{ role: LEAD, latestAccepted: accepted(CANCELLED) }], true],
    ['lead cancelled, partner going on', [{ role: PARTNER, latestAccepted: accepted(IN_PROGRESS) }, { role: LEAD, latestAccepted: accepted(CANCELLED) }], true],
    ['only a partner cancelled', [{ role: LEAD, latestAccepted: accepted(IN_PROGRESS) }, { role: PARTNER, latestAccepted: accepted(CANCELLED) }], false],
    ['lead without accepted report', [{ role: LEAD, latestAccepted: null }], false],
    ['lead completed', [{ role: LEAD, latestAccepted: accepted(COMPLETED) }], false],
    ['no lead', [{ role: PARTNER, latestAccepted: accepted(CANCELLED) }], false],
    ['no assignments', [], false],
  ])('%s → %p', (_label, assignments, expected) => {
    expect(isMeasureCancelled(assignments)).toBe(expected);
  });
});

describe('rollupCompletion (section and plan)', () => {
  it('weights measures by their weight', () => {
    expect(
      rollupCompletion([
        { completion: 100, weight: 3, cancelled: false },
        { completion: 20, weight: 1, cancelled: false },
      ]),
    ).toBe(80);
  });

  it('leaves cancelled measures out', () => {
    expect(
      rollupCompletion([
        { completion: 50, weight: 1, cancelled: false },
        { completion: 0, weight: 1, cancelled: true },
      ]),
    ).toBe(50);
  });

  it('leaves measures without assignments out (not counted as 0)', () => {
    expect(
      rollupCompletion([
        { completion: 50, weight: 1, cancelled: false },
        { completion: null, weight: 1, cancelled: false },
      ]),
    ).toBe(50);
  });

  it('counts a measure at 0 % (assigned, nothing accepted) as 0', () => {
    expect(
      rollupCompletion([
        { completion: 50, weight: 1, cancelled: false },
        { completion: 0, weight: 1, cancelled: false },
      ]),
    ).toBe(25);
  });

  it('is null when nothing is left', () => {
    expect(rollupCompletion([])).toBeNull();
    expect(rollupCompletion([{ completion: 10, weight: 1, cancelled: true }, { completion: null, weight: 1, cancelled: false }])).toBeNull();
  });
});

describe('organizationCompletion', () => {
  it('is the plain mean over its assignments, ignoring role', () => {
    expect(organizationCompletion([{ completion: 100, cancelled: false }, { completion: 50, cancelled: false }, { completion: 0, cancelled: false }])).toBe(50);
  });

  it('leaves out assignments of cancelled measures', () => {
    expect(organizationCompletion([{ completion: 80, cancelled: false }, { completion: 0, cancelled: true }])).toBe(80);
  });

  it('is null with nothing left', () => {
    expect(organizationCompletion([])).toBeNull();
    expect(organizationCompletion([{ completion: 0, cancelled: true }])).toBeNull();
  });
});

describe('expectedProgress', () => {
  it.each([
    ['2016-01-01', '2016-12-31', '2015-12-31', 0], // before start: capped at 0
    ['2016-01-01', '2016-12-31', '2016-01-01', 0],
    ['2016-01-01', '2016-12-31', '2016-12-31', 100],
    ['2016-01-01', '2016-12-31', '2017-06-30', 100], // after due: capped at 100
    ['2016-01-01', '2016-01-11', '2016-01-06', 50],
    ['2016-01-01', '2016-12-31', '2016-07-01', (182 / 365) * 100],
    ['2016-06-01', '2016-06-01', '2016-05-31', 0], // one-day measure
    ['2016-06-01', '2016-06-01', '2016-06-01', 100],
    ['2016-06-01', '2016-05-01', '2016-04-15', 0], // due before start: a step at the due date
    ['2016-06-01', '2016-05-01', '2016-05-01', 100],
    ['2016-06-01', '2016-05-01', '2016-05-15', 100],
  ])('start %s, due %s, as of %s → %p', (start, due, asOf, expected) => {
    expect(expectedProgress(start, due, asOf)).toBeCloseTo(expected, 10);
  });

  it('throws on a malformed date', () => {
    expect(() => expectedProgress('2016-01-01', '2016-12-31', '2016/06/30')).toThrow(RangeError);
  });
});

describe('ragStatus', () => {
  // Start 2016-01-01, due 2016-01-11: expected progress is 10 points per day.
  const base = { startDate: '2016-01-01', dueDate: '2016-01-11', implementationStatus: IN_PROGRESS };
  it.each([
    // as of 2016-01-06 expected = 50
    ['completion = expected', 50, IN_PROGRESS, '2016-01-06', RagStatus.GREEN],
    ['exactly 10 below', 40, IN_PROGRESS, '2016-01-06', RagStatus.GREEN],
    ['just over 10 below', 39.99, IN_PROGRESS, '2016-01-06', RagStatus.AMBER],
    ['exactly 25 below', 25, IN_PROGRESS, '2016-01-06', RagStatus.AMBER],
    ['just over 25 below', 24.99, IN_PROGRESS, '2016-01-06', RagStatus.RED],
    ['far behind', 0, IN_PROGRESS, '2016-01-06', RagStatus.RED],
    ['ahead of plan', 90, IN_PROGRESS, '2016-01-06', RagStatus.GREEN],
    ['no completion counts as 0 before start', null, null, '2015-12-31', RagStatus.GREEN],
    ['no completion counts as 0 mid-way', null, null, '2016-01-06', RagStatus.RED],
    ['completed is green even at 0 %', 0, COMPLETED, '2016-01-06', RagStatus.GREEN],
    ['completed is green past due', 0, COMPLETED, '2016-03-01', RagStatus.GREEN],
    ['on the due date, within 10', 90, IN_PROGRESS, '2016-01-11', RagStatus.GREEN],
    ['the day after due, not completed', 99, IN_PROGRESS, '2016-01-12', RagStatus.RED],
    ['past due at 100 %', 100, IN_PROGRESS, '2016-01-12', RagStatus.GREEN],
    ['delayed but within tolerance', 45, DELAYED, '2016-01-06', RagStatus.GREEN],
  ])('%s → %s', (_label, completion, implementationStatus, asOf, expected) => {
    expect(ragStatus({ ...base, completion, implementationStatus, asOf })).toBe(expected);
  });

  it.each([
    // 1 of 7 days: expected 14.2857… shown as 14.29; completion 4.2857 shown as 4.29 = 14.29 − 10.
    [4.2857, '2016-01-01', '2016-01-08', '2016-01-02', RagStatus.GREEN],
    [4.28, '2016-01-01', '2016-01-08', '2016-01-02', RagStatus.AMBER],
    // 3 of 10 days → 30; 19.999999999999996 (binary noise) is 20 as exposed.
    [20 - 4e-15, '2016-01-01', '2016-01-11', '2016-01-04', RagStatus.GREEN],
  ])('compares figures as exposed (2 decimals): %p', (completion, startDate, dueDate, asOf, expected) => {
    expect(ragStatus({ completion, implementationStatus: IN_PROGRESS, startDate, dueDate, asOf })).toBe(expected);
  });
});

describe('reportingCompliance', () => {
  const due = '2016-12-31';
  it('counts on time, late and missing reports', () => {
    expect(
      reportingCompliance([
        { submittedAt: new Date('2016-12-20T10:00:00Z'), dueDate: due },
        { submittedAt: new Date('2016-12-31T23:00:00Z'), dueDate: due },
        { submittedAt: new Date('2017-01-05T09:00:00Z'), dueDate: due },
        { submittedAt: null, dueDate: due },
      ]),
    ).toEqual({ expected: 4, onTime: 2, late: 1, missing: 1, timelinessPercent: 50 });
  });

  it('rounds timeliness to 2 decimals', () => {
    const items = [
      { submittedAt: new Date('2016-12-01T00:00:00Z'), dueDate: due },
      { submittedAt: null, dueDate: due },
      { submittedAt: null, dueDate: due },
    ];
    expect(reportingCompliance(items).timelinessPercent).toBe(33.33);
  });

  it('has null timeliness when nothing was expected', () => {
    expect(reportingCompliance([])).toEqual({ expected: 0, onTime: 0, late: 0, missing: 0, timelinessPercent: null });
  });
});
