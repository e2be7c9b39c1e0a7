import type { TestApp } from '../test-app';
import { introspect, namedType, type Schema, type TypeRef } from './fuzz-gen';
import { databaseKinds, startOn } from './in-process';

/**
 * SQL injection and stored XSS: every free-text field of every mutation (names, titles,
 * descriptions, narratives, challenges, next steps, comments, reasons, labels, sources) stores
 * `'; DROP TABLE measure; --` and `<img src=x onerror=alert(1)>` verbatim, and GraphQL and the
 * database give them back identically. (Rendering them inert is the portal's part: Angular
 * interpolation escapes them; its e2e tests cover that.)
 */
const PAYLOADS = ["'; DROP TABLE measure; --", '<img src=x onerror=alert(1)>'];

/** String fields that carry identifiers or formats, not free text. */
const FORMATTED = /^(code|email|password|currency|budgetCurrency|url|options|startDate|endDate|dueDate|approvedOn|refreshToken|idempotencyKey|id|.*Id)$/;

/** The free-text fields this suite writes and reads back, as `InputType.field` or `mutation(arg)`. */
const EXERCISED = new Set([
  'CreateOrganizationInput.nameAz',
  'CreateOrganizationInput.nameEn',
  'CreateOrganizationInput.nameRu',
  'CreateOrganizationInput.acronym',
  'CreateUserInput.fullName',
  'CreatePlanInput.titleAz',
  'CreatePlanInput.titleEn',
  'CreatePlanInput.titleRu',
  'CreatePlanInput.approvingAct',
  'CreateSectionInput.titleAz',
  'CreateSectionInput.titleEn',
  'CreateMeasureInput.titleAz',
  'CreateMeasureInput.titleEn',
  'CreateMeasureInput.descriptionAz',
  'CreateMeasureInput.descriptionEn',
  'CreateMeasureInput.expectedResultAz',
  'CreateMeasureInput.expectedResultEn',
  'CreateMeasureInput.fundingSource',
  'CreateMeasureInput.tags',
  'UpdateMeasureInput.titleAz',
  'UpdateMeasureInput.titleEn',
  'UpdateMeasureInput.descriptionAz',
  'UpdateMeasureInput.descriptionEn',
  'UpdateMeasureInput.expectedResultAz',
  'UpdateMeasureInput.expectedResultEn',
  'UpdateMeasureInput.fundingSource',
  'UpdateMeasureInput.tags',
  'CreateIndicatorInput.nameAz',
  'CreateIndicatorInput.nameEn',
  'OpenReportingPeriodInput.label',
  'SaveProgressReportInput.narrativeAz',
  'SaveProgressReportInput.narrativeEn',
  'SaveProgressReportInput.narrativeRu',
  'SaveProgressReportInput.challenges',
  'SaveProgressReportInput.nextSteps',
  'ExpenditureInput.source',
  'EvidenceLinkInput.title',
  'returnProgressReport(comment)',
  'acceptProgressReport(comment)',
  'reopenProgressReport(reason)',
]);

/** Every String input of every mutation, as `InputType.field` / `mutation(arg)`, reached from the mutation's arguments. */
function stringInputs(schema: Schema): string[] {
  const out = new Set<string>();
  const seen = new Set<string>();
  const visitType = (t: TypeRef) => {
    const named = namedType(t);
    if (named.kind !== 'INPUT_OBJECT' || seen.has(named.name as string)) return;
    seen.add(named.name as string);
    for (const f of schema.types.get(named.name as string)?.inputFields ?? []) {
      if (namedType(f.type).name === 'String') out.add(`${named.name}.${f.name}`);
      visitType(f.type);
    }
  };
  for (const m of schema.mutations) {
    if (m.name === 'login') continue; // credentials, not stored text
    for (const a of m.args) {
      if (namedType(a.type).name === 'String') out.add(`${m.name}(${a.name})`);
      visitType(a.type);
    }
  }
  return [...out].filter((k) => !FORMATTED.test(k.replace(/^.*[.(]|\)$/g, '')));
}

describe.each(databaseKinds())('SQL-injection and script payloads in every free-text field (%s database)', (kind) => {
  let app: TestApp;
  let admin: string;
  let coordinator: string;
  let schema: Schema;
  let measureCount: number;

  beforeAll(async () => {
    app = await startOn(kind);
    [admin, coordinator] = await Promise.all([app.login('admin@demo.local'), app.login('coordinator@demo.local')]);
    schema = await introspect((query) => app.gql(query, {}, admin));
    measureCount = Number((await app.sql<{ n: string }>('SELECT count(*) AS n FROM measure'))[0].n);
  });
  afterAll(() => app?.close());

  /** Runs a mutation that must succeed and returns its data. */
  async function ok<T>(query: string, variables: Record<string, unknown>, token: string): Promise<T> {
    const res = await app.gql<T>(query, variables, token);
    if (res.errors || !res.data) throw new Error(`${query.slice(0, 60)}… failed: ${JSON.stringify(res.errors)}`);
    return res.data;
  }

  it('covers every free-text input of the schema', () => {
    expect(stringInputs(schema).filter((k) => !EXERCISED.has(k))).toEqual([]);
  });

  it.each(PAYLOADS.map((p, i) => [p, i + 1] as const))('stores %s verbatim everywhere and reads it back identically', async (P, n) => {
    // Organisation and a focal point for it.
    const org = await ok<{ createOrganization: { id: string } }>(
      'mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { id } }',
      { i: { code: `INJ-${n}`, nameAz: P, nameEn: P, nameRu: P, acronym: P, type: 'NGO' } },
      admin,
    );
    const orgId = org.createOrganization.id;
    const password = 'Correct-Horse-Battery-Staple-9';
    await ok('mutation($i: CreateUserInput!) { createUser(input: $i) { id } }', { i: { email: `inj${n}@example.org`, fullName: P, role: 'FOCAL_POINT', organizationId: orgId, password } }, admin);

    // A plan with a section, a measure (created, then updated), an indicator, an assignment and a period.
    const plan = await ok<{ createPlan: { id: string } }>(
      'mutation($i: CreatePlanInput!) { createPlan(input: $i) { id } }',
      { i: { code: `INJ-PLAN-${n}`, titleAz: P, titleEn: P, titleRu: P, approvingAct: P, startDate: '2030-01-01', endDate: '2032-12-31' } },
      coordinator,
    );
    const planId = plan.createPlan.id;
    const section = await ok<{ createSection: { id: string } }>('mutation($i: CreateSectionInput!) { createSection(input: $i) { id } }', { i: { planId, code: '1', titleAz: P, titleEn: P } }, coordinator);
    const texts = { titleAz: P, titleEn: P, descriptionAz: P, descriptionEn: P, expectedResultAz: P, expectedResultEn: P, fundingSource: P, tags: [P] };
    const measure = await ok<{ createMeasure: { id: string; version: number } }>(
      'mutation($i: CreateMeasureInput!) { createMeasure(input: $i) { id version } }',
      { i: { sectionId: section.createSection.id, code: '1.1', startDate: '2030-01-01', dueDate: '2030-12-31', ...Object.fromEntries(Object.entries(texts).map(([k, v]) => [k, typeof v === 'string' ? `${v} (draft)` : v])) } },
      coordinator,
    );
    const measureId = measure.createMeasure.id;
    await ok('mutation($i: UpdateMeasureInput!) { updateMeasure(input: $i) { id } }', { i: { id: measureId, version: measure.createMeasure.version, ...texts } }, coordinator);
    await ok('mutation($i: CreateIndicatorInput!) { createIndicator(input: $i) { id } }', { i: { measureId, nameAz: P, nameEn: P, unit: 'COUNT', combineRule: 'SUM' } }, coordinator);
    await ok('mutation($m: ID!, $o: ID!) { assignMeasure(measureId: $m, organizationId: $o, role: LEAD) { id } }', { m: measureId, o: orgId }, coordinator);
    const period = await ok<{ openReportingPeriod: { id: string } }>(
      'mutation($i: OpenReportingPeriodInput!) { openReportingPeriod(input: $i) { id } }',
      { i: { planId, label: P, startDate: '2030-01-01', endDate: '2030-12-31', dueDate: '2031-01-20' } },
      coordinator,
    );
    const periodId = period.openReportingPeriod.id;

    // The focal point reports; the coordinator returns, accepts and reopens, each with the payload as comment.
    const focal = await app.login(`inj${n}@example.org`, password);
    const reportText = { narrativeAz: P, narrativeEn: P, narrativeRu: P, challenges: P, nextSteps: P, expenditure: { amount: 1500, currency: 'AZN', source: P } };
    const saved = await ok<{ saveProgressReport: { id: string; version: number } }>(
      'mutation($i: SaveProgressReportInput!) { saveProgressReport(input: $i) { id version } }',
      { i: { measureId, periodId, organizationId: orgId, implementationStatus: 'IN_PROGRESS', percentComplete: 40, ...reportText } },
      focal,
    );
    const reportId = saved.saveProgressReport.id;
    await ok('mutation($i: EvidenceLinkInput!) { addEvidenceLink(input: $i) { id } }', { i: { reportId, title: P, url: 'https://example.org/evidence.pdf' } }, focal);
    await ok('mutation($id: ID!) { submitProgressReport(id: $id) { id } }', { id: reportId }, focal);
    await ok('mutation($id: ID!, $c: String!) { returnProgressReport(id: $id, comment: $c) { id } }', { id: reportId, c: P }, coordinator);
    const returned = await ok<{ progressReport: { lastComment: string; version: number } }>('query($id: ID!) { progressReport(id: $id) { lastComment version } }', { id: reportId }, focal);
    expect(returned.progressReport.lastComment).toBe(P);
    await ok('mutation($i: SaveProgressReportInput!) { saveProgressReport(input: $i) { id } }', { i: { measureId, periodId, organizationId: orgId, implementationStatus: 'COMPLETED', percentComplete: 100, version: returned.progressReport.version, ...reportText } }, focal);
    await ok('mutation($id: ID!) { submitProgressReport(id: $id) { id } }', { id: reportId }, focal);
    await ok('mutation($id: ID!, $c: String) { acceptProgressReport(id: $id, comment: $c) { id } }', { id: reportId, c: P }, coordinator);
    await ok('mutation($id: ID!, $r: String!) { reopenProgressReport(id: $id, reason: $r) { id } }', { id: reportId, r: P }, coordinator);

    // Read everything back through GraphQL.
    const orgs = await ok<{ organizations: Record<string, unknown>[] }>('{ organizations { id nameAz nameEn nameRu acronym } }', {}, admin);
    expect(orgs.organizations.find((o) => o['id'] === orgId)).toEqual({ id: orgId, nameAz: P, nameEn: P, nameRu: P, acronym: P });
    const users = await ok<{ users: { email: string; fullName: string }[] }>('{ users { email fullName } }', {}, admin);
    expect(users.users.find((u) => u.email === `inj${n}@example.org`)?.fullName).toBe(P);
    const read = await ok<{ plan: Record<string, unknown> & { sections: unknown[]; measures: (Record<string, unknown> & { indicators: unknown[] })[]; reportingPeriods: unknown[] } }>(
      `query($id: ID!) { plan(id: $id) { titleAz titleEn titleRu approvingAct sections { titleAz titleEn }
         measures { titleAz titleEn descriptionAz descriptionEn expectedResultAz expectedResultEn fundingSource tags indicators { nameAz nameEn } }
         reportingPeriods { label } } }`,
      { id: planId },
      coordinator,
    );
    expect(read.plan).toEqual({
      titleAz: P,
      titleEn: P,
      titleRu: P,
      approvingAct: P,
      sections: [{ titleAz: P, titleEn: P }],
      measures: [{ ...texts, indicators: [{ nameAz: P, nameEn: P }] }],
      reportingPeriods: [{ label: P }],
    });
    const report = await ok<{ progressReport: Record<string, unknown> & { history: { action: string; comment: string | null }[] } }>(
      `query($id: ID!) { progressReport(id: $id) { narrativeAz narrativeEn narrativeRu challenges nextSteps expenditureSource lastComment evidence { title } history { action comment } } }`,
      { id: reportId },
      coordinator,
    );
    const { history, ...fields } = report.progressReport;
    expect(fields).toEqual({ narrativeAz: P, narrativeEn: P, narrativeRu: P, challenges: P, nextSteps: P, expenditureSource: P, lastComment: P, evidence: [{ title: P }] });
    expect(history.filter((h) => ['RETURN', 'ACCEPT', 'REOPEN'].includes(h.action)).map((h) => h.comment)).toEqual([P, P, P]);

    // And straight from the database: the bytes as sent.
    const rows = await app.sql<Record<string, unknown>>(
      `SELECT o.name_az, o.acronym, u.full_name, p.title_ru, p.approving_act, s.title_en AS section_title, m.description_az, m.funding_source, m.tags,
              i.name_en AS indicator, rp.label, r.narrative_en, r.challenges, r.next_steps, r.expenditure_source, e.title AS evidence
         FROM organization o JOIN app_user u ON u.organization_id = o.id
         JOIN action_plan p ON p.id = $2 JOIN plan_section s ON s.plan_id = p.id JOIN measure m ON m.plan_id = p.id
         JOIN indicator i ON i.measure_id = m.id JOIN reporting_period rp ON rp.plan_id = p.id
         JOIN progress_report r ON r.id = $3 JOIN evidence e ON e.report_id = r.id
        WHERE o.id = $1`,
      [orgId, planId, reportId],
    );
    expect(rows).toHaveLength(1);
    const { tags, ...columns } = rows[0];
    expect(new Set(Object.values(columns))).toEqual(new Set([P]));
    expect(tags).toEqual([P]);
    const comments = await app.sql<{ comment: string }>(`SELECT comment FROM report_event WHERE report_id = $1 AND action IN ('RETURN', 'ACCEPT', 'REOPEN')`, [reportId]);
    expect(comments.map((c) => c.comment)).toEqual([P, P, P]);
    // The audit trail keeps them verbatim too.
    const audited = await app.sql<{ n: string }>(`SELECT count(*) AS n FROM audit_event WHERE entity_id = $1 AND after->>'narrativeEn' = $2`, [reportId, P]);
    expect(Number(audited[0].n)).toBeGreaterThan(0);
  });

  it('still has every table, and the demo measures, afterwards', async () => {
    const tables = await app.sql<{ t: string | null }>(`SELECT to_regclass('public.measure')::text AS t`);
    expect(tables[0].t).toBe('measure');
    const n = Number((await app.sql<{ n: string }>('SELECT count(*) AS n FROM measure'))[0].n);
    expect(n).toBe(measureCount + PAYLOADS.length);
  });
});
