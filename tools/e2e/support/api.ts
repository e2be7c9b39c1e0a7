import { BASE_URL, DEMO_PASSWORD } from './browser';

/**
 * A few direct GraphQL calls for test setup (what a person would otherwise click through for
 * minutes): sign in, and submit reports on behalf of focal points.
 */
export async function gql<T>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const response = await fetch(`${BASE_URL}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(`GraphQL: ${body.errors.map((e) => e.message).join('; ')}`);
  return body.data as T;
}

export async function apiToken(email: string): Promise<string> {
  const data = await gql<{ login: { accessToken: string } }>(
    'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }',
    { email, password: DEMO_PASSWORD },
  );
  return data.login.accessToken;
}

/** The coordinator opens a reporting period of the active plan (unless one with the label exists). */
export async function openPeriod(label: string, startDate: string, endDate: string, dueDate: string): Promise<void> {
  const token = await apiToken('coordinator@demo.local');
  const plans = await gql<{ plans: { id: string; status: string; reportingPeriods: { label: string }[] }[] }>(
    '{ plans { id status reportingPeriods { label } } }',
    {},
    token,
  );
  const plan = plans.plans.find((p) => p.status === 'ACTIVE') ?? plans.plans[0];
  if (plan.reportingPeriods.some((p) => p.label === label)) return;
  await gql(
    'mutation ($input: OpenReportingPeriodInput!) { openReportingPeriod(input: $input) { id } }',
    { input: { planId: plan.id, label, startDate, endDate, dueDate } },
    token,
  );
}

interface Assignment {
  assignment: { role: string; organization: { id: string }; measure: { id: string; code: string } };
  period: { id: string; status: string };
  report: { id: string; status: string } | null;
}

/**
 * The focal point of `organizationCode` saves and submits a report for the first of their
 * measures in the latest open period that has no report yet. Returns the measure code.
 */
export async function submitFirstUnreported(organizationCode: string, narrativeAz: string): Promise<string | null> {
  const token = await apiToken(`focal.${organizationCode.toLowerCase()}@demo.local`);
  const plans = await gql<{
    plans: { status: string; reportingPeriods: { id: string; status: string; startDate: string }[] }[];
  }>('{ plans { status reportingPeriods { id status startDate } } }', {}, token);
  const plan = plans.plans.find((p) => p.status === 'ACTIVE') ?? plans.plans[0];
  const open = plan.reportingPeriods
    .filter((p) => p.status === 'OPEN')
    .sort((a, b) => a.startDate.localeCompare(b.startDate));
  const period = open[open.length - 1];
  if (!period) return null;
  const mine = await gql<{ myAssignments: Assignment[] }>(
    `query ($periodId: ID!) { myAssignments(periodId: $periodId) {
       period { id status }
       assignment { role organization { id } measure { id code } }
       report { id status } } }`,
    { periodId: period.id },
    token,
  );
  const candidate =
    mine.myAssignments.find((a) => a.report === null && a.assignment.role === 'PARTNER') ??
    mine.myAssignments.find((a) => a.report === null);
  if (!candidate) return null;
  const saved = await gql<{ saveProgressReport: { id: string } }>(
    'mutation ($input: SaveProgressReportInput!) { saveProgressReport(input: $input) { id } }',
    {
      input: {
        measureId: candidate.assignment.measure.id,
        organizationId: candidate.assignment.organization.id,
        periodId: period.id,
        implementationStatus: 'IN_PROGRESS',
        percentComplete: 40,
        narrativeAz,
        narrativeEn: 'Work is under way.',
      },
    },
    token,
  );
  await gql('mutation ($id: ID!) { submitProgressReport(id: $id) { id } }', { id: saved.saveProgressReport.id }, token);
  return candidate.assignment.measure.code;
}
