import { errorCode, startTestApp, type TestApp } from './test-app';

/**
 * Every mutation × every role × own/other organisation: each cell asserts either success
 * with exactly one new audit event, or the exact denial code with nothing written.
 */
type Who = 'ADMIN' | 'COORDINATOR' | 'FOCAL_OWN' | 'FOCAL_OTHER' | 'AUDITOR' | 'ANONYMOUS';
const WHO: Who[] = ['ADMIN', 'COORDINATOR', 'FOCAL_OWN', 'FOCAL_OTHER', 'AUDITOR', 'ANONYMOUS'];
type Expect = 'ALLOW' | 'FORBIDDEN' | 'UNAUTHENTICATED';

interface Case {
  mutation: string;
  /** Told apart in the test names when a mutation has several cases. */
  variant?: string;
  document: string;
  setup: (f: Fixtures) => Promise<Record<string, unknown>>;
  expect: Record<Who, Expect>;
}

interface Fixtures {
  app: TestApp;
  tokens: Record<Exclude<Who, 'ANONYMOUS'>, string>;
  planId: string;
  sectionId: string;
  periodId: string;
  ownOrgId: string;
  otherOrgId: string;
  seq: () => number;
}

const ADMIN_ONLY: Record<Who, Expect> = { ADMIN: 'ALLOW', COORDINATOR: 'FORBIDDEN', FOCAL_OWN: 'FORBIDDEN', FOCAL_OTHER: 'FORBIDDEN', AUDITOR: 'FORBIDDEN', ANONYMOUS: 'UNAUTHENTICATED' };
const PLANNERS: Record<Who, Expect> = { ...ADMIN_ONLY, COORDINATOR: 'ALLOW' };
const OWN_FOCAL: Record<Who, Expect> = { ADMIN: 'FORBIDDEN', COORDINATOR: 'FORBIDDEN', FOCAL_OWN: 'ALLOW', FOCAL_OTHER: 'FORBIDDEN', AUDITOR: 'FORBIDDEN', ANONYMOUS: 'UNAUTHENTICATED' };
/** Staff read every figure; a focal point none but its own organisation's scorecard. */
const STAFF_REPORTS: Record<Who, Expect> = { ADMIN: 'ALLOW', COORDINATOR: 'ALLOW', FOCAL_OWN: 'FORBIDDEN', FOCAL_OTHER: 'FORBIDDEN', AUDITOR: 'ALLOW', ANONYMOUS: 'UNAUTHENTICATED' };
const GENERATE = `mutation($i: GenerateReportInput!) { generateReport(input: $i) { id } }`;

async function must<T>(f: Fixtures, who: Exclude<Who, 'ANONYMOUS'>, document: string, variables: Record<string, unknown>): Promise<T> {
  const res = await f.app.gql<T>(document, variables, f.tokens[who]);
  if (res.errors || !res.data) throw new Error(`fixture failed: ${JSON.stringify(res.errors)}`);
  return res.data;
}

async function newMeasure(f: Fixtures): Promise<string> {
  const n = f.seq();
  const data = await must<{ createMeasure: { id: string } }>(f, 'COORDINATOR', `mutation($i: CreateMeasureInput!) { createMeasure(input: $i) { id } }`, {
    i: { sectionId: f.sectionId, code: `9.${n}`, titleAz: `Tədbir ${n}`, titleEn: `Measure ${n}`, startDate: '2016-01-01', dueDate: '2016-12-31' },
  });
  return data.createMeasure.id;
}

async function newAssignedMeasure(f: Fixtures): Promise<string> {
  const measureId = await newMeasure(f);
  await must(f, 'COORDINATOR', `mutation($m: ID!, $o: ID!) { assignMeasure(measureId: $m, organizationId: $o, role: LEAD) { id } }`, { m: measureId, o: f.ownOrgId });
  return measureId;
}

async function reportIn(f: Fixtures, state: 'DRAFT' | 'SUBMITTED' | 'ACCEPTED'): Promise<string> {
  const measureId = await newAssignedMeasure(f);
  const saved = await must<{ saveProgressReport: { id: string } }>(f, 'FOCAL_OWN', `mutation($i: SaveProgressReportInput!) { saveProgressReport(input: $i) { id } }`, {
    i: { measureId, periodId: f.periodId, organizationId: f.ownOrgId, implementationStatus: 'IN_PROGRESS', percentComplete: 50 },
  });
  const id = saved.saveProgressReport.id;
  if (state !== 'DRAFT') await must(f, 'FOCAL_OWN', `mutation($id: ID!) { submitProgressReport(id: $id) { id } }`, { id });
  if (state === 'ACCEPTED') await must(f, 'COORDINATOR', `mutation($id: ID!) { acceptProgressReport(id: $id) { id } }`, { id });
  return id;
}

const CASES: Case[] = [
  {
    mutation: 'createOrganization',
    document: `mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { id } }`,
    setup: async (f) => ({ i: { code: `ORG-${f.seq()}`, nameAz: 'Bakı Dövlət Universiteti', nameEn: 'Baku State University', type: 'OTHER' } }),
    expect: ADMIN_ONLY,
  },
  {
    mutation: 'createUser',
    document: `mutation($i: CreateUserInput!) { createUser(input: $i) { id } }`,
    setup: async (f) => ({ i: { email: `user${f.seq()}@example.az`, fullName: 'Əli Həsənov', role: 'AUDITOR', password: 'Uzun-Və-Güclü-Parol-2016' } }),
    expect: ADMIN_ONLY,
  },
  {
    mutation: 'deactivateUser',
    document: `mutation($id: ID!) { deactivateUser(id: $id) { id } }`,
    setup: async (f) => {
      const data = await must<{ createUser: { id: string } }>(f, 'ADMIN', `mutation($i: CreateUserInput!) { createUser(input: $i) { id } }`, {
        i: { email: `off${f.seq()}@example.az`, fullName: 'Rəşad Əliyev', role: 'AUDITOR', password: 'Uzun-Və-Güclü-Parol-2016' },
      });
      return { id: data.createUser.id };
    },
    expect: ADMIN_ONLY,
  },
  {
    mutation: 'activateUser',
    document: `mutation($id: ID!) { activateUser(id: $id) { id } }`,
    setup: async (f) => {
      const data = await must<{ createUser: { id: string } }>(f, 'ADMIN', `mutation($i: CreateUserInput!) { createUser(input: $i) { id } }`, {
        i: { email: `on${f.seq()}@example.az`, fullName: 'Günel Məmmədova', role: 'AUDITOR', password: 'Uzun-Və-Güclü-Parol-2016' },
      });
      await must(f, 'ADMIN', `mutation($id: ID!) { deactivateUser(id: $id) { id } }`, { id: data.createUser.id });
      return { id: data.createUser.id };
    },
    expect: ADMIN_ONLY,
  },
  {
    mutation: 'createPlan',
    document: `mutation($i: CreatePlanInput!) { createPlan(input: $i) { id } }`,
    setup: async (f) => ({ i: { code: `NAP-${f.seq()}`, titleAz: 'Dördüncü Milli Fəaliyyət Planı', titleEn: 'Fourth NAP', startDate: '2018-01-01', endDate: '2020-12-31' } }),
    expect: PLANNERS,
  },
  {
    mutation: 'createSection',
    document: `mutation($i: CreateSectionInput!) { createSection(input: $i) { id } }`,
    setup: async (f) => ({ i: { planId: f.planId, code: `S${f.seq()}`, titleAz: 'Yeni istiqamət', titleEn: 'New direction' } }),
    expect: PLANNERS,
  },
  {
    mutation: 'createMeasure',
    document: `mutation($i: CreateMeasureInput!) { createMeasure(input: $i) { id } }`,
    setup: async (f) => ({ i: { sectionId: f.sectionId, code: `8.${f.seq()}`, titleAz: 'Tədbir', titleEn: 'Measure', startDate: '2016-01-01', dueDate: '2016-06-30' } }),
    expect: PLANNERS,
  },
  {
    mutation: 'updateMeasure',
    document: `mutation($i: UpdateMeasureInput!) { updateMeasure(input: $i) { id } }`,
    setup: async (f) => ({ i: { id: await newMeasure(f), version: 1, titleEn: 'Renamed measure' } }),
    expect: PLANNERS,
  },
  {
    mutation: 'assignMeasure',
    document: `mutation($m: ID!, $o: ID!) { assignMeasure(measureId: $m, organizationId: $o, role: LEAD) { id } }`,
    setup: async (f) => ({ m: await newMeasure(f), o: f.ownOrgId }),
    expect: PLANNERS,
  },
  {
    mutation: 'unassignMeasure',
    document: `mutation($m: ID!, $o: ID!) { unassignMeasure(measureId: $m, organizationId: $o) { id } }`,
    setup: async (f) => ({ m: await newAssignedMeasure(f), o: f.ownOrgId }),
    expect: PLANNERS,
  },
  {
    mutation: 'createIndicator',
    document: `mutation($i: CreateIndicatorInput!) { createIndicator(input: $i) { id } }`,
    setup: async (f) => ({ i: { measureId: await newMeasure(f), nameAz: 'Say', nameEn: 'Count', unit: 'COUNT', combineRule: 'SUM' } }),
    expect: PLANNERS,
  },
  {
    mutation: 'openReportingPeriod',
    document: `mutation($i: OpenReportingPeriodInput!) { openReportingPeriod(input: $i) { id } }`,
    setup: async (f) => {
      const n = f.seq();
      const day = String((n % 28) + 1).padStart(2, '0');
      return { i: { planId: f.planId, label: `P${n}`, startDate: `2030-${String((n % 12) + 1).padStart(2, '0')}-${day}`, endDate: `2030-${String((n % 12) + 1).padStart(2, '0')}-${day}`, dueDate: '2031-01-31' } };
    },
    expect: PLANNERS,
  },
  {
    mutation: 'closeReportingPeriod',
    document: `mutation($id: ID!) { closeReportingPeriod(id: $id) { id } }`,
    setup: async (f) => {
      const n = f.seq();
      const data = await must<{ openReportingPeriod: { id: string } }>(f, 'COORDINATOR', `mutation($i: OpenReportingPeriodInput!) { openReportingPeriod(input: $i) { id } }`, {
        i: { planId: f.planId, label: `C${n}`, startDate: `${2040 + n}-01-01`, endDate: `${2040 + n}-01-31`, dueDate: `${2040 + n}-02-15` },
      });
      return { id: data.openReportingPeriod.id };
    },
    expect: PLANNERS,
  },
  {
    mutation: 'saveProgressReport',
    document: `mutation($i: SaveProgressReportInput!) { saveProgressReport(input: $i) { id } }`,
    setup: async (f) => ({ i: { measureId: await newAssignedMeasure(f), periodId: f.periodId, organizationId: f.ownOrgId, implementationStatus: 'IN_PROGRESS', percentComplete: 30 } }),
    expect: OWN_FOCAL,
  },
  {
    mutation: 'submitProgressReport',
    document: `mutation($id: ID!) { submitProgressReport(id: $id) { id } }`,
    setup: async (f) => ({ id: await reportIn(f, 'DRAFT') }),
    expect: OWN_FOCAL,
  },
  {
    mutation: 'returnProgressReport',
    document: `mutation($id: ID!) { returnProgressReport(id: $id, comment: "Düzəliş edin") { id } }`,
    setup: async (f) => ({ id: await reportIn(f, 'SUBMITTED') }),
    expect: PLANNERS,
  },
  {
    mutation: 'acceptProgressReport',
    document: `mutation($id: ID!) { acceptProgressReport(id: $id) { id } }`,
    setup: async (f) => ({ id: await reportIn(f, 'SUBMITTED') }),
    expect: PLANNERS,
  },
  {
    mutation: 'reopenProgressReport',
    document: `mutation($id: ID!) { reopenProgressReport(id: $id, reason: "Yeni faktlar") { id } }`,
    setup: async (f) => ({ id: await reportIn(f, 'ACCEPTED') }),
    expect: PLANNERS,
  },
  {
    mutation: 'addEvidenceLink',
    document: `mutation($i: EvidenceLinkInput!) { addEvidenceLink(input: $i) { id } }`,
    setup: async (f) => ({ i: { reportId: await reportIn(f, 'DRAFT'), title: 'Xəbər', url: 'https://example.az/xeber' } }),
    expect: OWN_FOCAL,
  },
  {
    mutation: 'removeEvidence',
    document: `mutation($id: ID!) { removeEvidence(id: $id) { id } }`,
    setup: async (f) => {
      const reportId = await reportIn(f, 'DRAFT');
      const data = await must<{ addEvidenceLink: { id: string } }>(f, 'FOCAL_OWN', `mutation($i: EvidenceLinkInput!) { addEvidenceLink(input: $i) { id } }`, {
        i: { reportId, title: 'Sənəd', url: 'https://example.az/sened' },
      });
      return { id: data.addEvidenceLink.id };
    },
    expect: OWN_FOCAL,
  },
  {
    mutation: 'generateReport',
    variant: 'PLAN_COMPLETION',
    document: GENERATE,
    setup: async (f) => ({ i: { kind: 'PLAN_COMPLETION', planId: f.planId, periodId: f.periodId, format: 'CSV', language: 'AZ' } }),
    expect: STAFF_REPORTS,
  },
  {
    mutation: 'generateReport',
    variant: 'AGENCY_SCORECARD of the focal point’s organisation',
    document: GENERATE,
    setup: async (f) => ({ i: { kind: 'AGENCY_SCORECARD', planId: f.planId, periodId: f.periodId, organizationId: f.ownOrgId, format: 'CSV', language: 'AZ' } }),
    expect: { ...STAFF_REPORTS, FOCAL_OWN: 'ALLOW' },
  },
];

describe('authorisation matrix (every mutation × role × organisation)', () => {
  let f: Fixtures;
  beforeAll(async () => {
    const app = await startTestApp();
    const [ADMIN, COORDINATOR, FOCAL_OWN, FOCAL_OTHER, AUDITOR] = await Promise.all(
      ['admin@demo.local', 'coordinator@demo.local', 'focal.moe@demo.local', 'focal.moh@demo.local', 'auditor@demo.local'].map((e) => app.login(e)),
    );
    const planId = (await app.sql<{ id: string }>('SELECT id FROM action_plan LIMIT 1'))[0].id;
    let n = 0;
    f = {
      app,
      tokens: { ADMIN, COORDINATOR, FOCAL_OWN, FOCAL_OTHER, AUDITOR },
      planId,
      sectionId: (await app.sql<{ id: string }>(`SELECT id FROM plan_section WHERE plan_id = $1 AND code = '2'`, [planId]))[0].id,
      periodId: (await app.sql<{ id: string }>(`SELECT id FROM reporting_period WHERE plan_id = $1 AND label = '2016'`, [planId]))[0].id,
      ownOrgId: (await app.sql<{ id: string }>(`SELECT id FROM organization WHERE code = 'MOE'`))[0].id,
      otherOrgId: (await app.sql<{ id: string }>(`SELECT id FROM organization WHERE code = 'MOH'`))[0].id,
      seq: () => ++n,
    };
  });
  afterAll(() => f?.app.close());

  const cells = CASES.flatMap((c) => WHO.map((who) => [c.variant ? `${c.mutation} (${c.variant})` : c.mutation, who, c.expect[who], c] as const));
  it('covers every mutation of the schema', async () => {
    const res = await f.app.gql<{ __schema: { mutationType: { fields: { name: string }[] } } }>('{ __schema { mutationType { fields { name } } } }');
    // Sign-in, refresh and sign-out are public by design (tested in security.int-spec.ts).
    const covered = new Set([...CASES.map((c) => c.mutation), 'login', 'refreshSession', 'logout']);
    const missing = res.data!.__schema.mutationType.fields.map((x) => x.name).filter((name) => !covered.has(name));
    expect(missing).toEqual([]);
  });

  it.each(cells)('%s as %s → %s', async (_name, who, expected, c) => {
    const variables = await c.setup(f);
    const auditBefore = Number((await f.app.sql<{ n: string }>('SELECT count(*) AS n FROM audit_event'))[0].n);
    const token = who === 'ANONYMOUS' ? null : f.tokens[who];
    const res = await f.app.gql(c.document, variables, token);
    const auditAfter = Number((await f.app.sql<{ n: string }>('SELECT count(*) AS n FROM audit_event'))[0].n);
    if (expected === 'ALLOW') {
      expect(res.errors).toBeUndefined();
      expect(auditAfter - auditBefore).toBe(1);
    } else {
      expect(errorCode(res)).toBe(expected);
      expect(res.data).toBeNull();
      expect(auditAfter).toBe(auditBefore);
    }
  });
});
