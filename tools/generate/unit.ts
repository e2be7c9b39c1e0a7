import {
  AssignmentRole,
  CombineRule,
  ImplementationStatus,
  IndicatorUnit,
  OrganizationType,
  PeriodStatus,
  PlanStatus,
  ReportStatus,
  Role,
  isLate,
} from '@nap/domain';
import { DEMO_ORGANIZATIONS } from '../../apps/api/src/database/seed/demo-data';
import type { BulkWriter } from './bulk';
import { Rng } from './prng';
import type { UnitShape } from './scales';
import { phrase, sentences } from './words';

/** Where one unit's rows go; the writers are shared by all units of a run. */
export interface Writers {
  organization: BulkWriter;
  appUser: BulkWriter;
  actionPlan: BulkWriter;
  planSection: BulkWriter;
  measure: BulkWriter;
  assignment: BulkWriter;
  indicator: BulkWriter;
  reportingPeriod: BulkWriter;
  progressReport: BulkWriter;
  indicatorValue: BulkWriter;
  reportEvent: BulkWriter;
  auditEvent: BulkWriter;
  auditSeal: BulkWriter;
  /** Waits until every structural row (organisations … periods) is in the database. */
  flushStructure(): Promise<void>;
}

export interface AuditSink {
  /** Appends one audit event row (assigns its id and, when the chain exists, its seal). */
  append(event: AuditRow): Promise<void>;
}

export interface AuditRow {
  at: Date;
  actorId: string | null;
  actorEmail: string | null;
  actorRole: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before: object | null;
  after: object | null;
  requestId: string | null;
}

export interface UnitOptions {
  /** 0-based country number; codes and e-mails of countries after the first are prefixed. */
  index: number;
  /** Prefix codes and e-mails (L scale). */
  prefixed: boolean;
  seed: number;
  shape: UnitShape;
  passwordHash: string;
}

const LOCAL_EXECUTIVES: [string, string, string][] = [
  ['LEA-BAKU', 'Bakı Şəhər İcra Hakimiyyəti', 'Baku City Executive Authority'],
  ['LEA-GANJA', 'Gəncə Şəhər İcra Hakimiyyəti', 'Ganja City Executive Authority'],
  ['LEA-SUMGAYIT', 'Sumqayıt Şəhər İcra Hakimiyyəti', 'Sumgayit City Executive Authority'],
  ['LEA-MINGACHEVIR', 'Mingəçevir Şəhər İcra Hakimiyyəti', 'Mingachevir City Executive Authority'],
  ['LEA-LANKARAN', 'Lənkəran Şəhər İcra Hakimiyyəti', 'Lankaran City Executive Authority'],
  ['LEA-SHAKI', 'Şəki Şəhər İcra Hakimiyyəti', 'Shaki City Executive Authority'],
  ['LEA-GUBA', 'Quba Rayon İcra Hakimiyyəti', 'Guba District Executive Authority'],
  ['LEA-SHIRVAN', 'Şirvan Şəhər İcra Hakimiyyəti', 'Shirvan City Executive Authority'],
  ['LEA-NAKHCHIVAN', 'Naxçıvan Şəhər İcra Hakimiyyəti', 'Nakhchivan City Executive Authority'],
  ['LEA-GABALA', 'Qəbələ Rayon İcra Hakimiyyəti', 'Gabala District Executive Authority'],
  ['LEA-ZAGATALA', 'Zaqatala Rayon İcra Hakimiyyəti', 'Zagatala District Executive Authority'],
];

/** What differs between countries, as written for the L scale (copy.ts derives copies with it). */
export interface UnitNames {
  /** The first 32 bits of every id of the country: its index + 1. */
  idPrefix: number;
  /** Code prefix, e.g. `C05-`. */
  codePrefix: string;
  /** E-mail suffix before `@`, e.g. `.c05`; empty for the first country. */
  mailSuffix: string;
}

export function unitNames(index: number): UnitNames {
  const nn = String(index + 1).padStart(2, '0');
  return { idPrefix: index + 1, codePrefix: `C${nn}-`, mailSuffix: index > 0 ? `.c${nn}` : '' };
}

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const dateMs = (d: string) => Date.parse(`${d}T00:00:00Z`);

interface Quarter {
  label: string;
  start: string;
  end: string;
  due: string;
}

function quarters(firstYear: number, count: number): Quarter[] {
  const out: Quarter[] = [];
  for (let q = 0; q < count; q += 1) {
    const year = firstYear + Math.floor(q / 4);
    const k = q % 4;
    const start = Date.UTC(year, k * 3, 1);
    const end = Date.UTC(year, k * 3 + 3, 1) - DAY;
    out.push({ label: `${year}-Q${k + 1}`, start: iso(start), end: iso(end), due: iso(end + 20 * DAY) });
  }
  return out;
}

type Dimensions = { code: string; options: string[] }[];

interface IndicatorRow {
  id: string;
  unit: IndicatorUnit;
  dims: Dimensions;
  /** 'marginal': each dimension on its own sums to the total; 'cross': one table of all combinations. */
  layout: 'none' | 'marginal' | 'cross';
  base: number;
}

interface MeasureRow {
  id: string;
  planIndex: number;
  code: string;
  startQ: number;
  dueQ: number;
  cancelQ: number | null;
  indicators: IndicatorRow[];
}

interface AssignmentRow {
  id: string;
  measure: MeasureRow;
  orgIndex: number;
  role: AssignmentRole;
  /** Progress speed: >1 finishes early, <1 is late. */
  speed: number;
  percent: number;
}

const SEX = { code: 'sex', options: ['female', 'male'] };
const CITIZENSHIP = { code: 'citizenship', options: ['national', 'foreign'] };
const AGE = { code: 'age', options: ['child', 'adult'] };
const FORM = { code: 'form', options: ['sexual', 'labour', 'other'] };

/** Splits a whole number into `parts` non-negative whole parts that add up to it. */
function split(rng: Rng, total: number, parts: number): number[] {
  const out: number[] = [];
  let left = total;
  for (let i = 0; i < parts - 1; i += 1) {
    const share = Math.round(left * (0.2 + rng.next() * 0.6));
    out.push(share);
    left -= share;
  }
  out.push(left);
  return out;
}

function breakdownOf(rng: Rng, ind: IndicatorRow, value: number): { options: string[]; value: number }[] {
  if (ind.layout === 'none' || rng.chance(0.08)) return [];
  if (ind.layout === 'marginal') {
    return ind.dims.flatMap((d) => {
      const parts = split(rng, value, d.options.length);
      return d.options.map((o, i) => ({ options: [`${d.code}:${o}`], value: parts[i] }));
    });
  }
  // cross table of the first two dimensions
  const [a, b] = ind.dims;
  const combos = a.options.flatMap((x) => b.options.map((y) => [`${a.code}:${x}`, `${b.code}:${y}`]));
  const parts = split(rng, value, combos.length);
  return combos.map((options, i) => ({ options, value: parts[i] }));
}

/**
 * Generates one country: organisations, users, plans with sections, measures, assignments
 * and indicators, 40 quarterly periods per plan, then the progress reports of every period
 * (quarter by quarter, so audit events come out in time order) with their indicator values,
 * workflow events and audit events.
 */
export async function generateUnit(w: Writers, audit: AuditSink, opts: UnitOptions): Promise<{ reports: number }> {
  const { shape } = opts;
  const rng = new Rng(opts.seed ^ Math.imul(opts.index + 1, 0x9e3779b1));
  const idStream = rng.fork(1);
  let idCounter = 0;
  const names = unitNames(opts.index);
  const ids = { uuid: () => idStream.orderedUuid(names.idPrefix, idCounter++) };
  const prefix = opts.prefixed ? names.codePrefix : '';
  const mail = (local: string) => `${local}${opts.prefixed ? names.mailSuffix : ''}@demo.local`;
  const created = new Date(Date.UTC(shape.firstYear - 1, 11, 1, 9, 0, 0));

  // ---- organisations --------------------------------------------------------------------
  const orgSpecs: { code: string; nameAz: string; nameEn: string; nameRu: string | null; acronym: string | null; type: OrganizationType; parentCode: string | null }[] = [
    ...DEMO_ORGANIZATIONS.map((o) => ({ ...o })),
    ...LOCAL_EXECUTIVES.map(([code, nameAz, nameEn]) => ({ code, nameAz, nameEn, nameRu: null, acronym: null, type: OrganizationType.LOCAL_EXECUTIVE, parentCode: null })),
  ].slice(0, shape.organizations);
  const orgIds = new Map<string, string>();
  for (const o of orgSpecs) orgIds.set(o.code, ids.uuid());
  // parents first (the FK is checked per statement, so order within one batch does not matter)
  const orgs = orgSpecs.map((o) => ({ ...o, id: orgIds.get(o.code) as string }));
  for (const o of [...orgs].sort((a, b) => Number(a.parentCode !== null) - Number(b.parentCode !== null))) {
    await w.organization.add([
      o.id,
      `${prefix}${o.code}`,
      o.nameAz,
      o.nameEn,
      o.nameRu,
      o.acronym,
      o.type,
      o.parentCode && orgIds.has(o.parentCode) ? orgIds.get(o.parentCode) : null,
      created,
      created,
    ]);
  }

  // ---- users ----------------------------------------------------------------------------
  const coordinatorId = ids.uuid();
  const auditorId = ids.uuid();
  const adminId = ids.uuid();
  const cthb = orgIds.get('MIA-CTHB') ?? orgs[0].id;
  const coordinatorEmail = mail('coordinator');
  await w.appUser.add([coordinatorId, coordinatorEmail, 'Milli Koordinator (Katiblik)', Role.COORDINATOR, cthb, opts.passwordHash, created]);
  await w.appUser.add([auditorId, mail('auditor'), 'Auditor (Milli Məclis aparatı)', Role.AUDITOR, null, opts.passwordHash, created]);
  await w.appUser.add([adminId, mail('admin'), 'Platform Administrator', Role.ADMIN, null, opts.passwordHash, created]);
  const focal: { id: string; email: string }[] = [];
  for (const o of orgs) {
    const email = `focal.${`${prefix}${o.code}`.toLowerCase()}@demo.local`;
    const id = ids.uuid();
    focal.push({ id, email });
    await w.appUser.add([id, email, `Məsul şəxs — ${o.acronym ?? o.code}`, Role.FOCAL_POINT, o.id, opts.passwordHash, created]);
  }

  // ---- plans, sections, periods, measures, assignments, indicators ----------------------
  const qs = quarters(shape.firstYear, shape.quarters);
  const planStart = qs[0].start;
  const planEnd = qs[qs.length - 1].end;
  const periodIds: string[][] = [];
  const measures: MeasureRow[] = [];
  const assignments: AssignmentRow[] = [];

  for (const [p, plan] of shape.plans.entries()) {
    const planId = ids.uuid();
    await w.actionPlan.add([
      planId,
      `${prefix}${plan.code}`,
      plan.titleAz,
      plan.titleEn,
      planStart,
      planEnd,
      'Azərbaycan Respublikası Prezidentinin sərəncamı',
      PlanStatus.ACTIVE,
      created,
      created,
    ]);
    const pids: string[] = [];
    for (const [q, quarter] of qs.entries()) {
      const id = ids.uuid();
      pids.push(id);
      const open = q === qs.length - 1;
      await w.reportingPeriod.add([
        id,
        planId,
        quarter.label,
        quarter.start,
        quarter.end,
        quarter.due,
        open ? PeriodStatus.OPEN : PeriodStatus.CLOSED,
        new Date(dateMs(quarter.start)),
        open ? null : new Date(dateMs(quarter.due) + 10 * DAY),
      ]);
    }
    periodIds.push(pids);

    // Sections: top level with 0–3 subsections; measures go to the leaves.
    const leaves: { id: string; code: string }[] = [];
    let sortOrder = 0;
    for (let s = 1; s <= plan.sections; s += 1) {
      const sectionId = ids.uuid();
      await w.planSection.add([sectionId, planId, null, String(s), phrase(rng, 4, 9), `Direction ${s}`, sortOrder++]);
      const subs = rng.int(0, 3);
      if (subs === 0) leaves.push({ id: sectionId, code: String(s) });
      for (let k = 1; k <= subs; k += 1) {
        const subId = ids.uuid();
        await w.planSection.add([subId, planId, sectionId, `${s}.${k}`, phrase(rng, 4, 9), `Direction ${s}.${k}`, sortOrder++]);
        leaves.push({ id: subId, code: `${s}.${k}` });
      }
    }
    const perLeaf = new Map<string, number>();
    for (let n = 0; n < plan.measures; n += 1) {
      // Spread measures over the leaves evenly, in order, so codes read 1.1.1, 1.1.2, …
      const leaf = leaves[Math.floor((n * leaves.length) / plan.measures)];
      const number = (perLeaf.get(leaf.id) ?? 0) + 1;
      perLeaf.set(leaf.id, number);
      const code = `${leaf.code}.${number}`;
      const recurring = rng.chance(0.3);
      const startQ = recurring ? 0 : rng.int(0, 14);
      const dueQ = recurring ? qs.length - 1 : Math.min(qs.length - 1, startQ + rng.int(12, 40));
      const cancelQ = !recurring && rng.chance(0.03) ? rng.int(startQ + 1, Math.max(startQ + 1, dueQ)) : null;
      const measureId = ids.uuid();
      const weight = rng.weighted<number>([
        [1, 80],
        [2, 15],
        [0.5, 5],
      ]);
      const budget = rng.chance(0.4) ? rng.int(5, 500) * 1000 : null;
      const tags = rng.sample(['SDG 5.2', 'SDG 8.7', 'SDG 16.2', 'GRETA', 'CEDAW', 'UPR', 'ILO C29'], rng.int(0, 2));
      await w.measure.add([
        measureId,
        planId,
        leaf.id,
        code,
        phrase(rng, 6, 14),
        `Measure ${code}`,
        sentences(rng, 1),
        null,
        qs[startQ].start,
        qs[dueQ].end,
        recurring,
        weight,
        budget,
        budget === null ? null : 'AZN',
        budget === null ? null : rng.pick(['Dövlət büdcəsi', 'Beynəlxalq təşkilatlar', 'Qrant']),
        phrase(rng, 5, 10),
        null,
        tags,
        created,
        created,
      ]);

      const indicators: IndicatorRow[] = [];
      const count = rng.int(shape.indicators.min, shape.indicators.max);
      for (let k = 1; k <= count; k += 1) {
        const unit = rng.weighted<IndicatorUnit>([
          [IndicatorUnit.COUNT, 70],
          [IndicatorUnit.PERCENT, 12],
          [IndicatorUnit.AMOUNT, 12],
          [IndicatorUnit.BOOLEAN, 6],
        ]);
        let dims: Dimensions = [];
        let layout: IndicatorRow['layout'] = 'none';
        if (unit === IndicatorUnit.COUNT) {
          layout = rng.weighted<IndicatorRow['layout']>([
            ['none', 30],
            ['marginal', 55],
            ['cross', 15],
          ]);
          if (layout === 'marginal') dims = rng.chance(0.6) ? [SEX] : rng.chance(0.7) ? [SEX, CITIZENSHIP] : [SEX, FORM];
          if (layout === 'cross') dims = [SEX, AGE];
        }
        const combine =
          unit === IndicatorUnit.COUNT
            ? rng.weighted<CombineRule>([
                [CombineRule.SUM, 70],
                [CombineRule.LATEST, 15],
                [CombineRule.MAX, 15],
              ])
            : unit === IndicatorUnit.PERCENT
              ? rng.pick([CombineRule.AVERAGE, CombineRule.LATEST])
              : unit === IndicatorUnit.AMOUNT
                ? CombineRule.SUM
                : rng.pick([CombineRule.LATEST, CombineRule.MAX]);
        const base = unit === IndicatorUnit.COUNT ? rng.int(3, 400) : unit === IndicatorUnit.AMOUNT ? rng.int(1, 300) * 1000 : unit === IndicatorUnit.PERCENT ? rng.int(20, 95) : 1;
        const target = unit === IndicatorUnit.PERCENT ? rng.int(60, 100) : unit === IndicatorUnit.BOOLEAN ? 1 : base * rng.int(2, 6);
        const id = ids.uuid();
        indicators.push({ id, unit, dims, layout, base });
        await w.indicator.add([
          id,
          measureId,
          `I${k}`,
          phrase(rng, 3, 8),
          `Indicator ${code}/${k}`,
          unit,
          unit === IndicatorUnit.AMOUNT ? 'AZN' : null,
          combine,
          rng.chance(0.3) ? Math.round(base * 0.5) : null,
          target,
          dims,
          k - 1,
        ]);
      }

      const measure: MeasureRow = { id: measureId, planIndex: p, code, startQ, dueQ, cancelQ, indicators };
      measures.push(measure);
      const partners = rng.int(shape.partners.min, shape.partners.max);
      const orgIndexes = rng.sample(
        orgs.map((_, i) => i),
        1 + partners,
      );
      for (const [j, orgIndex] of orgIndexes.entries()) {
        const id = ids.uuid();
        const role = j === 0 ? AssignmentRole.LEAD : AssignmentRole.PARTNER;
        assignments.push({ id, measure, orgIndex, role, speed: 0.6 + rng.next() * 0.9, percent: 0 });
        await w.assignment.add([id, measureId, orgs[orgIndex].id, role, created]);
      }
    }
  }
  await w.flushStructure();

  // ---- progress reports, quarter by quarter ---------------------------------------------
  let reports = 0;
  const last = qs.length - 1;
  for (let q = 0; q <= last; q += 1) {
    const quarter = qs[q];
    const dueMs = dateMs(quarter.due);
    for (const a of assignments) {
      const m = a.measure;
      if (q < m.startQ || q > m.dueQ) continue;
      // Which reports exist, in which status.
      let status: ReportStatus;
      if (q === last) {
        if (!rng.chance(0.3)) continue;
        status = rng.weighted<ReportStatus>([
          [ReportStatus.DRAFT, 55],
          [ReportStatus.SUBMITTED, 30],
          [ReportStatus.RETURNED, 5],
          [ReportStatus.ACCEPTED, 10],
        ]);
      } else {
        if (rng.chance(0.04)) continue; // never reported: counted as missing
        status =
          q >= last - 3
            ? rng.weighted<ReportStatus>([
                [ReportStatus.ACCEPTED, 88],
                [ReportStatus.SUBMITTED, 6],
                [ReportStatus.RETURNED, 3],
                [ReportStatus.DRAFT, 3],
              ])
            : rng.weighted<ReportStatus>([
                [ReportStatus.ACCEPTED, 98],
                [ReportStatus.SUBMITTED, 0.5],
                [ReportStatus.RETURNED, 0.5],
                [ReportStatus.DRAFT, 1],
              ]);
      }

      // Implementation: progress grows with time, at the assignment's own speed.
      const span = m.dueQ - m.startQ + 1;
      const elapsed = (q - m.startQ + 1) / span;
      const expected = Math.min(100, elapsed * 100);
      const target = Math.min(100, expected * a.speed + (rng.next() - 0.5) * 10);
      a.percent = Math.max(a.percent, Math.round(Math.max(0, target) * 2) / 2);
      let impl: ImplementationStatus;
      if (m.cancelQ !== null && q >= m.cancelQ) impl = ImplementationStatus.CANCELLED;
      else if (a.percent >= 100) {
        a.percent = 100;
        impl = ImplementationStatus.COMPLETED;
      } else if (a.percent === 0) impl = ImplementationStatus.NOT_STARTED;
      else if (a.percent < expected - 20) impl = ImplementationStatus.DELAYED;
      else impl = ImplementationStatus.IN_PROGRESS;
      const percent = a.percent;

      const org = orgs[a.orgIndex];
      const fp = focal[a.orgIndex];
      const late = q < last && rng.chance(0.12);
      const submittedMs =
        q === last ? dateMs('2026-10-01') + rng.int(0, 50) * DAY + rng.int(8, 18) * 3600_000 : dueMs + (late ? rng.int(1, 25) : -rng.int(0, 15)) * DAY + rng.int(8, 18) * 3600_000 + rng.int(0, 3599) * 1000;
      const submittedAt = new Date(submittedMs);
      const createdAt = new Date(submittedMs - rng.int(1, 14) * DAY);
      const submitted = status !== ReportStatus.DRAFT;
      const acceptedAt = status === ReportStatus.ACCEPTED ? new Date(submittedMs + rng.int(1, 10) * DAY + rng.int(0, 3599) * 1000) : null;
      const returnedAt = status === ReportStatus.RETURNED ? new Date(submittedMs + rng.int(1, 5) * DAY) : null;
      const version = status === ReportStatus.DRAFT ? 1 : status === ReportStatus.SUBMITTED ? 2 : 3;
      const updatedAt = acceptedAt ?? returnedAt ?? (submitted ? submittedAt : createdAt);
      const lateFlag = submitted ? isLate(submittedAt, quarter.due) : false;
      const narrativeAz = sentences(rng, rng.int(1, 2));
      const expenditure = rng.chance(0.3) ? rng.int(1, 200) * 100 : null;
      const reportId = ids.uuid();
      const periodId = periodIds[m.planIndex][q];
      reports += 1;
      await w.progressReport.add([
        reportId,
        a.id,
        periodId,
        m.id,
        org.id,
        status,
        impl,
        percent,
        narrativeAz,
        `Progress report ${m.code}, ${quarter.label}.`,
        rng.chance(0.2) ? phrase(rng, 5, 12) : null,
        rng.chance(0.3) ? phrase(rng, 5, 12) : null,
        expenditure,
        expenditure === null ? null : 'AZN',
        expenditure === null ? null : 'Dövlət büdcəsi',
        lateFlag,
        version,
        createdAt,
        fp.id,
        updatedAt,
        acceptedAt || returnedAt ? coordinatorId : fp.id,
        submitted ? submittedAt : null,
        submitted ? fp.id : null,
        returnedAt,
        returnedAt ? coordinatorId : null,
        acceptedAt,
        acceptedAt ? coordinatorId : null,
      ]);

      // Indicator values: drafts are often incomplete.
      const share = status === ReportStatus.DRAFT ? 0.6 : 0.97;
      for (const ind of m.indicators) {
        if (!rng.chance(share)) continue;
        let value: number;
        if (ind.unit === IndicatorUnit.COUNT) value = Math.max(0, Math.round(ind.base * (0.5 + rng.next())));
        else if (ind.unit === IndicatorUnit.AMOUNT) value = Math.round(ind.base * (0.5 + rng.next()));
        else if (ind.unit === IndicatorUnit.PERCENT) value = Math.round(Math.min(100, ind.base * elapsed + rng.next() * 10) * 10) / 10;
        else value = rng.chance(Math.min(1, elapsed + 0.2)) ? 1 : 0;
        const breakdown = ind.unit === IndicatorUnit.COUNT ? breakdownOf(rng, ind, value) : [];
        await w.indicatorValue.add([ids.uuid(), reportId, ind.id, value, breakdown]);
      }

      // Workflow history and audit trail.
      const fpActor = { actorId: fp.id, actorEmail: fp.email, actorRole: Role.FOCAL_POINT };
      const coordActor = { actorId: coordinatorId, actorEmail: coordinatorEmail, actorRole: Role.COORDINATOR };
      const summary = (s: ReportStatus, v: number) => ({ id: reportId, status: s, version: v, implementationStatus: impl, percentComplete: percent });
      await audit.append({ ...fpActor, at: createdAt, action: 'CREATE', entityType: 'ProgressReport', entityId: reportId, before: null, after: summary(ReportStatus.DRAFT, 1), requestId: null });
      if (submitted) {
        await w.reportEvent.add([ids.uuid(), reportId, 'SUBMIT', ReportStatus.DRAFT, ReportStatus.SUBMITTED, 2, null, { implementationStatus: impl, percentComplete: percent }, fp.id, submittedAt, lateFlag]);
        await audit.append({ ...fpActor, at: submittedAt, action: 'SUBMIT', entityType: 'ProgressReport', entityId: reportId, before: summary(ReportStatus.DRAFT, 1), after: summary(ReportStatus.SUBMITTED, 2), requestId: null });
      }
      if (acceptedAt) {
        await w.reportEvent.add([ids.uuid(), reportId, 'ACCEPT', ReportStatus.SUBMITTED, ReportStatus.ACCEPTED, 3, null, null, coordinatorId, acceptedAt, false]);
        await audit.append({ ...coordActor, at: acceptedAt, action: 'ACCEPT', entityType: 'ProgressReport', entityId: reportId, before: summary(ReportStatus.SUBMITTED, 2), after: summary(ReportStatus.ACCEPTED, 3), requestId: null });
      }
      if (returnedAt) {
        const comment = phrase(rng, 5, 12);
        await w.reportEvent.add([ids.uuid(), reportId, 'RETURN', ReportStatus.SUBMITTED, ReportStatus.RETURNED, 3, comment, null, coordinatorId, returnedAt, false]);
        await audit.append({ ...coordActor, at: returnedAt, action: 'RETURN', entityType: 'ProgressReport', entityId: reportId, before: summary(ReportStatus.SUBMITTED, 2), after: { ...summary(ReportStatus.RETURNED, 3), comment }, requestId: null });
      }
    }
  }
  return { reports };
}
