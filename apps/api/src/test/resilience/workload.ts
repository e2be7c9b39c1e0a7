import { codeOf, gql, login, pool, sleep, type GqlResult } from './harness';

/**
 * A steady stream of real work for the fault and crash suites: focal points of every agency save
 * and submit progress reports for their assignments, each report a distinct (assignment, period)
 * "slot", in reporting periods opened for the run (so the demo plan's accepted reports stay untouched).
 */
export interface Slot {
  assignmentId: string;
  measureId: string;
  organizationId: string;
  periodId: string;
  periodLabel: string;
  orgCode: string;
}

export interface Workbench {
  url: string;
  planId: string;
  coordinator: string;
  admin: string;
  periodIds: string[];
  slots: Slot[];
  /** Focal point token per organisation id. */
  focal: Map<string, string>;
}

const PLANS = '{ plans { id code } }';
const OPEN = 'mutation($i: OpenReportingPeriodInput!) { openReportingPeriod(input: $i) { id label } }';
const ORGS = '{ organizations { id code } }';
const MY = 'query($p: ID!) { myAssignments(periodId: $p) { assignment { id measureId organizationId } report { id } } }';
export const SAVE = 'mutation($input: SaveProgressReportInput!) { saveProgressReport(input: $input) { id version status narrativeEn } }';
export const SUBMIT = 'mutation($id: ID!) { submitProgressReport(id: $id) { id status version } }';

function must<T>(res: GqlResult<T>, what: string): T {
  if (!res.data || res.errors) throw new Error(`${what} failed: ${res.status} ${JSON.stringify(res.errors ?? res.transportError ?? res.raw)}`);
  return res.data;
}

/** Opens `periods` yearly periods (from `firstYear`) and lists every agency's assignments in each. */
export async function prepareWorkbench(url: string, periods: number, firstYear: number): Promise<Workbench> {
  const coordinator = await login(url, 'coordinator@demo.local');
  const admin = await login(url, 'admin@demo.local');
  const plan = must(await gql<{ plans: { id: string; code: string }[] }>(url, PLANS, {}, coordinator), 'plans').plans[0];
  const opened: { id: string; label: string }[] = [];
  for (let i = 0; i < periods; i++) {
    const y = firstYear + i;
    const res = await gql<{ openReportingPeriod: { id: string; label: string } }>(
      url,
      OPEN,
      { i: { planId: plan.id, label: `F${y}`, startDate: `${y}-01-01`, endDate: `${y}-12-31`, dueDate: `${y + 1}-01-20` } },
      coordinator,
    );
    opened.push(must(res, `openReportingPeriod F${y}`).openReportingPeriod);
  }
  const orgs = must(await gql<{ organizations: { id: string; code: string }[] }>(url, ORGS, {}, coordinator), 'organizations').organizations;
  const focal = new Map<string, string>();
  const perOrg = new Map<string, { assignmentId: string; measureId: string }[]>();
  await pool(orgs, 4, async (org) => {
    let token: string;
    try {
      token = await login(url, `focal.${org.code.toLowerCase()}@demo.local`);
    } catch {
      return; // an organisation without a demo focal point
    }
    const mine = await gql<{ myAssignments: { assignment: { id: string; measureId: string; organizationId: string }; report: { id: string } | null }[] }>(url, MY, { p: opened[0].id }, token);
    const list = must(mine, `myAssignments of ${org.code}`).myAssignments.map((a) => ({ assignmentId: a.assignment.id, measureId: a.assignment.measureId }));
    if (list.length === 0) return;
    focal.set(org.id, token);
    perOrg.set(org.id, list);
  });
  const codeOfOrg = new Map(orgs.map((o) => [o.id, o.code]));
  // Interleave agencies so consecutive slots belong to different agencies and measures.
  const slots: Slot[] = [];
  for (const period of opened) {
    const queues = [...perOrg.entries()].map(([orgId, list]) => ({ orgId, list: [...list] }));
    while (queues.some((q) => q.list.length > 0)) {
      for (const q of queues) {
        const a = q.list.shift();
        if (a) slots.push({ ...a, organizationId: q.orgId, periodId: period.id, periodLabel: period.label, orgCode: codeOfOrg.get(q.orgId) ?? '?' });
      }
    }
  }
  return { url, planId: plan.id, coordinator, admin, periodIds: opened.map((p) => p.id), slots, focal };
}

export interface OpRecord {
  kind: 'save' | 'submit';
  worker: number;
  slot: number;
  narrative: string;
  reportId?: string;
  /** HTTP 200, no errors, the expected data. */
  ok: boolean;
  status: number;
  code?: string;
  message?: string;
  transportError?: string;
  startedAt: number;
  ms: number;
}

export interface StreamOptions {
  workers: number;
  /** Pause after a successful slot, and after a failed one (backing off while the database is away). */
  pauseMs: number;
  pauseAfterFailureMs: number;
  timeoutMs?: number;
}

/** Save + submit, one slot after the other, on `workers` concurrent workers, until `stop()` or no slots are left. */
export function startStream(bench: Workbench, opts: StreamOptions): { records: OpRecord[]; stop: () => Promise<OpRecord[]>; slotsUsed: () => number } {
  const records: OpRecord[] = [];
  let next = 0;
  let stopping = false;
  const worker = async (w: number) => {
    while (!stopping && next < bench.slots.length) {
      const index = next++;
      const slot = bench.slots[index];
      const token = bench.focal.get(slot.organizationId) as string;
      const narrative = `stream ${slot.periodLabel} ${slot.orgCode} #${index}`;
      const saved = await gql<{ saveProgressReport: { id: string; version: number; status: string; narrativeEn: string } }>(
        bench.url,
        SAVE,
        {
          input: {
            measureId: slot.measureId,
            periodId: slot.periodId,
            organizationId: slot.organizationId,
            implementationStatus: 'IN_PROGRESS',
            percentComplete: index % 101,
            narrativeEn: narrative,
            narrativeAz: `axın ${index}: işlər davam edir`,
          },
        },
        token,
        { timeoutMs: opts.timeoutMs ?? 30000 },
      );
      const reportId = saved.data?.saveProgressReport?.id;
      const saveOk = saved.status === 200 && !saved.errors && saved.data?.saveProgressReport?.narrativeEn === narrative;
      records.push({ kind: 'save', worker: w, slot: index, narrative, reportId, ok: saveOk, status: saved.status, code: codeOf(saved), message: saved.errors?.[0]?.message, transportError: saved.transportError, startedAt: saved.startedAt, ms: saved.ms });
      if (!saveOk || !reportId) {
        await sleep(opts.pauseAfterFailureMs);
        continue;
      }
      const submitted = await gql<{ submitProgressReport: { id: string; status: string } }>(bench.url, SUBMIT, { id: reportId }, token, { timeoutMs: opts.timeoutMs ?? 30000 });
      const submitOk = submitted.status === 200 && !submitted.errors && submitted.data?.submitProgressReport?.status === 'SUBMITTED';
      records.push({ kind: 'submit', worker: w, slot: index, narrative, reportId, ok: submitOk, status: submitted.status, code: codeOf(submitted), message: submitted.errors?.[0]?.message, transportError: submitted.transportError, startedAt: submitted.startedAt, ms: submitted.ms });
      await sleep(submitOk ? opts.pauseMs : opts.pauseAfterFailureMs);
    }
  };
  const running = Promise.all(Array.from({ length: opts.workers }, (_, w) => worker(w)));
  return {
    records,
    slotsUsed: () => next,
    async stop() {
      stopping = true;
      await running;
      return records;
    },
  };
}

/** Half-written reports: a report row without its audit event, a submitted one without its SUBMIT event and snapshot. */
export const HALF_WRITTEN_SQL = `
  SELECT r.id, r.status,
         (SELECT count(*) FROM audit_event a WHERE a.entity_id = r.id::text AND a.entity_type = 'ProgressReport' AND a.action = 'CREATE')::int AS creates,
         (SELECT count(*) FROM audit_event a WHERE a.entity_id = r.id::text AND a.entity_type = 'ProgressReport' AND a.action = 'SUBMIT')::int AS submit_audits,
         (SELECT count(*) FROM report_event e WHERE e.report_id = r.id AND e.action = 'SUBMIT' AND e.snapshot IS NOT NULL)::int AS submit_events
    FROM progress_report r
   WHERE r.period_id = ANY($1::uuid[])`;

export interface ReportRow {
  id: string;
  status: string;
  creates: number;
  submit_audits: number;
  submit_events: number;
}

/** The problems of one report row, or [] when it is whole. */
export function halfWritten(row: ReportRow): string[] {
  const problems: string[] = [];
  if (row.creates !== 1) problems.push(`${row.id}: ${row.creates} CREATE audit events (expected 1)`);
  if (row.status === 'SUBMITTED') {
    if (row.submit_audits !== 1) problems.push(`${row.id}: SUBMITTED with ${row.submit_audits} SUBMIT audit events (expected 1)`);
    if (row.submit_events !== 1) problems.push(`${row.id}: SUBMITTED with ${row.submit_events} SUBMIT report_event rows with a snapshot (expected 1)`);
  } else if (row.status === 'DRAFT') {
    if (row.submit_audits !== 0 || row.submit_events !== 0) problems.push(`${row.id}: DRAFT but has SUBMIT events (${row.submit_audits} audit, ${row.submit_events} report_event)`);
  } else {
    problems.push(`${row.id}: unexpected status ${row.status}`);
  }
  return problems;
}
