import type { TestApp } from '../test-app';
import { codeOf, gql, type GqlResult } from './harness';
import { databaseKinds, startOn } from './in-process';
import { SAVE } from './workload';

/**
 * No lost updates: 50 clients save the same report with the same version at the same moment,
 * over real HTTP. Exactly one wins, the 49 others get CONFLICT, and the stored report is the
 * winner's input (each client sends its own narrative, status, percentage and challenges).
 */
const CLIENTS = 50;
const ROUNDS = 3;

interface Saved {
  saveProgressReport: { id: string; version: number; status: string; narrativeEn: string };
}

describe.each(databaseKinds())('50 concurrent saves of one report (%s database)', (kind) => {
  let app: TestApp;
  let focal: string;
  let coordinator: string;
  let slot: { measureId: string; organizationId: string; periodId: string };
  let spare: { measureId: string; organizationId: string; periodId: string };
  let reportId: string;

  beforeAll(async () => {
    app = await startOn(kind);
    [focal, coordinator] = await Promise.all([app.login('focal.moe@demo.local'), app.login('coordinator@demo.local')]);
    const plans = await app.gql<{ plans: { id: string }[] }>('{ plans { id } }', {}, coordinator);
    const opened = await app.gql<{ openReportingPeriod: { id: string } }>(
      'mutation($i: OpenReportingPeriodInput!) { openReportingPeriod(input: $i) { id } }',
      { i: { planId: plans.data!.plans[0].id, label: 'C2301', startDate: '2301-01-01', endDate: '2301-12-31', dueDate: '2302-01-20' } },
      coordinator,
    );
    const periodId = opened.data!.openReportingPeriod.id;
    const mine = await app.gql<{ myAssignments: { assignment: { measureId: string; organizationId: string } }[] }>(
      'query($p: ID!) { myAssignments(periodId: $p) { assignment { measureId organizationId } } }',
      { p: periodId },
      focal,
    );
    const [a, b] = mine.data!.myAssignments.map((m) => m.assignment);
    slot = { ...a, periodId };
    spare = { ...b, periodId };
    const created = await app.gql<Saved>(SAVE, { input: { ...slot, implementationStatus: 'NOT_STARTED', percentComplete: 0, narrativeEn: 'first draft' } }, focal);
    expect(created.errors).toBeUndefined();
    reportId = created.data!.saveProgressReport.id;
  });
  afterAll(() => app?.close());

  const auditCount = async (action: string) =>
    Number((await app.sql<{ n: string }>(`SELECT count(*) AS n FROM audit_event WHERE entity_id = $1 AND action = $2`, [reportId, action]))[0].n);

  it.each(Array.from({ length: ROUNDS }, (_, r) => r + 1))('round %i: exactly one wins, 49 get CONFLICT, the stored report is the winner’s', async (round) => {
    const current = await app.sql<{ version: number }>('SELECT version FROM progress_report WHERE id = $1', [reportId]);
    const version = current[0].version;
    const updatesBefore = await auditCount('UPDATE');
    const statuses = ['IN_PROGRESS', 'DELAYED', 'COMPLETED', 'NOT_STARTED'];
    const inputs = Array.from({ length: CLIENTS }, (_, i) => ({
      ...slot,
      version,
      implementationStatus: statuses[i % statuses.length],
      percentComplete: (i * 7 + round) % 101,
      narrativeEn: `round ${round}: client ${i} wrote this`,
      narrativeAz: `raund ${round}: müştəri ${i}`,
      challenges: `challenge of client ${i}`,
      nextSteps: i % 2 === 0 ? `next steps of client ${i}` : null,
    }));
    // Every request is on the wire before any answer is read.
    const started = Date.now();
    const results: GqlResult<Saved>[] = await Promise.all(inputs.map((input) => gql<Saved>(app.url, SAVE, { input }, focal)));
    const ms = Date.now() - started;

    const winners = results.map((r, i) => ({ r, i })).filter(({ r }) => r.data?.saveProgressReport && !r.errors);
    const codes = results.filter((r) => r.errors).map((r) => codeOf(r));
    console.log(`[concurrency ${kind}] round ${round}: ${winners.length} saved, ${codes.filter((c) => c === 'CONFLICT').length} CONFLICT, other: ${JSON.stringify(codes.filter((c) => c !== 'CONFLICT'))} in ${ms} ms`);
    expect(results.filter((r) => r.status !== 200 || r.transportError).map((r) => `${r.status} ${r.transportError ?? ''}`)).toEqual([]);
    expect(winners).toHaveLength(1);
    expect(codes).toEqual(Array(CLIENTS - 1).fill('CONFLICT'));

    const winner = inputs[winners[0].i];
    expect(winners[0].r.data!.saveProgressReport).toMatchObject({ id: reportId, version: version + 1, narrativeEn: winner.narrativeEn });
    const stored = await app.gql<{ progressReport: Record<string, unknown> }>(
      'query($id: ID!) { progressReport(id: $id) { version implementationStatus percentComplete narrativeEn narrativeAz challenges nextSteps } }',
      { id: reportId },
      focal,
    );
    expect(stored.data!.progressReport).toEqual({
      version: version + 1,
      implementationStatus: winner.implementationStatus,
      percentComplete: winner.percentComplete,
      narrativeEn: winner.narrativeEn,
      narrativeAz: winner.narrativeAz,
      challenges: winner.challenges,
      nextSteps: winner.nextSteps,
    });
    // One audit event: the losers wrote nothing.
    expect(await auditCount('UPDATE')).toBe(updatesBefore + 1);
  });

  it('50 concurrent first saves of a new report create it once; the others are told to reload (CONFLICT)', async () => {
    const results = await Promise.all(
      Array.from({ length: CLIENTS }, (_, i) =>
        gql<Saved>(app.url, SAVE, { input: { ...spare, implementationStatus: 'IN_PROGRESS', percentComplete: i, narrativeEn: `creator ${i}` } }, focal),
      ),
    );
    const winners = results.map((r, i) => ({ r, i })).filter(({ r }) => r.data?.saveProgressReport && !r.errors);
    const codes = results.filter((r) => r.errors).map((r) => `${codeOf(r)}${codeOf(r) === 'BAD_USER_INPUT' ? ` (${JSON.stringify(r.errors?.[0]?.extensions?.['fields'])})` : ''}`);
    console.log(`[concurrency ${kind}] first saves: ${winners.length} created, codes of the others: ${JSON.stringify(countBy(codes))}`);
    expect(winners).toHaveLength(1);
    expect(codes.filter((c) => c.startsWith('INTERNAL_SERVER_ERROR') || c === 'undefined')).toEqual([]);
    // A second creator must learn that someone else created it meanwhile: CONFLICT, or "send the version" (BAD_USER_INPUT on version).
    expect(codes.filter((c) => c !== 'CONFLICT' && !c.includes('"field":"version"'))).toEqual([]);
    const rows = await app.sql<{ narrative_en: string }>('SELECT narrative_en FROM progress_report WHERE measure_id = $1 AND period_id = $2 AND organization_id = $3', [spare.measureId, spare.periodId, spare.organizationId]);
    expect(rows).toEqual([{ narrative_en: `creator ${winners[0].i}` }]);
  });
});

function countBy(values: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const v of values) out[v] = (out[v] ?? 0) + 1;
  return out;
}
