import { Client } from 'pg';

/**
 * What the scenarios need from a generated (or demo) database, read straight from it:
 * the largest plan, a period with accepted data, the sign-ins, the assignments to report on.
 */
export interface Fixtures {
  planId: string;
  planCode: string;
  measureCount: number;
  assignmentCount: number;
  /** Latest period of the plan in which at least half of the reports are accepted. */
  periodId: string;
  periodLabel: string;
  auditorEmail: string;
  coordinatorEmail: string;
  /** organisation id → focal point e-mail */
  focalByOrganization: Map<string, string>;
  /** organisation id → code */
  organizationCodes: Map<string, string>;
  assignments: { id: string; measureId: string; organizationId: string }[];
  indicatorsByMeasure: Map<string, { id: string; unit: string; dimensions: { code: string; options: string[] }[] }[]>;
  /** Latest end date of the plan's periods (new periods for the rush start after it). */
  lastPeriodEnd: string;
  counts: Record<string, number>;
}

async function one<T>(client: Client, sql: string, params: unknown[] = []): Promise<T> {
  const r = await client.query(sql, params);
  if (r.rows.length === 0) throw new Error(`no row for: ${sql.slice(0, 120)}`);
  return r.rows[0] as T;
}

export async function readFixtures(databaseUrl: string): Promise<Fixtures> {
  const client = new Client({ connectionString: databaseUrl, application_name: 'nap-bench' });
  await client.connect();
  try {
    const plan = await one<{ id: string; code: string; n: string }>(
      client,
      `SELECT p.id, p.code, count(m.id) AS n FROM action_plan p LEFT JOIN measure m ON m.plan_id = p.id GROUP BY p.id, p.code ORDER BY count(m.id) DESC, p.code LIMIT 1`,
    );
    const period = await one<{ id: string; label: string }>(
      client,
      `SELECT rp.id, rp.label FROM reporting_period rp
        WHERE rp.plan_id = $1
          AND (SELECT count(*) FILTER (WHERE r.status = 'ACCEPTED') * 2 >= count(*) AND count(*) > 0 FROM progress_report r WHERE r.period_id = rp.id)
        ORDER BY rp.end_date DESC LIMIT 1`,
      [plan.id],
    );
    const emailOf = async (role: string, preferred: string) =>
      (
        await one<{ email: string }>(client, `SELECT email FROM app_user WHERE role = $1 AND active ORDER BY (email = $2) DESC, email LIMIT 1`, [role, preferred])
      ).email;
    const auditorEmail = await emailOf('AUDITOR', 'auditor@demo.local');
    const coordinatorEmail = await emailOf('COORDINATOR', 'coordinator@demo.local');

    const focal = await client.query<{ organization_id: string; email: string }>(
      `SELECT DISTINCT ON (organization_id) organization_id, email FROM app_user WHERE role = 'FOCAL_POINT' AND active ORDER BY organization_id, email`,
    );
    const orgs = await client.query<{ id: string; code: string }>('SELECT id, code FROM organization');
    const assignments = await client.query<{ id: string; measure_id: string; organization_id: string }>(
      `SELECT a.id, a.measure_id, a.organization_id FROM assignment a JOIN measure m ON m.id = a.measure_id WHERE m.plan_id = $1 ORDER BY a.id`,
      [plan.id],
    );
    const indicators = await client.query<{ id: string; measure_id: string; unit: string; dimensions: { code: string; options: string[] }[] }>(
      `SELECT i.id, i.measure_id, i.unit, i.dimensions FROM indicator i JOIN measure m ON m.id = i.measure_id WHERE m.plan_id = $1 ORDER BY i.measure_id, i.sort_order`,
      [plan.id],
    );
    const indicatorsByMeasure = new Map<string, { id: string; unit: string; dimensions: { code: string; options: string[] }[] }[]>();
    for (const i of indicators.rows) {
      const list = indicatorsByMeasure.get(i.measure_id) ?? [];
      list.push({ id: i.id, unit: i.unit, dimensions: i.dimensions });
      indicatorsByMeasure.set(i.measure_id, list);
    }
    const lastEnd = await one<{ d: string }>(client, `SELECT to_char(max(end_date), 'YYYY-MM-DD') AS d FROM reporting_period WHERE plan_id = $1`, [plan.id]);
    const counts: Record<string, number> = {};
    for (const table of ['organization', 'action_plan', 'measure', 'assignment', 'indicator', 'reporting_period', 'progress_report', 'indicator_value', 'audit_event']) {
      counts[table] = Number((await one<{ n: string }>(client, `SELECT count(*) AS n FROM "${table}"`)).n);
    }
    return {
      planId: plan.id,
      planCode: plan.code,
      measureCount: Number(plan.n),
      assignmentCount: assignments.rows.length,
      periodId: period.id,
      periodLabel: period.label,
      auditorEmail,
      coordinatorEmail,
      focalByOrganization: new Map(focal.rows.map((r) => [r.organization_id, r.email])),
      organizationCodes: new Map(orgs.rows.map((r) => [r.id, r.code])),
      assignments: assignments.rows.map((r) => ({ id: r.id, measureId: r.measure_id, organizationId: r.organization_id })),
      indicatorsByMeasure,
      lastPeriodEnd: lastEnd.d,
      counts,
    };
  } finally {
    await client.end();
  }
}

/** A valid report input for an assignment: every indicator of the measure, breakdowns adding up. */
export function saveInput(
  f: Pick<Fixtures, 'indicatorsByMeasure'>,
  a: { measureId: string; organizationId: string },
  periodId: string,
  n: number,
): Record<string, unknown> {
  const indicatorValues = (f.indicatorsByMeasure.get(a.measureId) ?? []).map((ind, k) => {
    const seed = (n * 31 + k * 7) % 97;
    if (ind.unit === 'PERCENT') return { indicatorId: ind.id, value: 40 + (seed % 50), breakdown: [] };
    if (ind.unit === 'BOOLEAN') return { indicatorId: ind.id, value: seed % 2, breakdown: [] };
    if (ind.unit === 'AMOUNT') return { indicatorId: ind.id, value: 1000 + seed * 100, breakdown: [] };
    const value = 10 + seed;
    // one table per dimension, each adding up to the total
    const breakdown = ind.dimensions.flatMap((d) => {
      const share = Math.floor(value / d.options.length);
      return d.options.map((o, i) => ({ options: [`${d.code}:${o}`], value: i === d.options.length - 1 ? value - share * (d.options.length - 1) : share }));
    });
    return { indicatorId: ind.id, value, breakdown };
  });
  return {
    measureId: a.measureId,
    organizationId: a.organizationId,
    periodId,
    implementationStatus: 'IN_PROGRESS',
    percentComplete: 10 + (n % 80),
    narrativeAz: 'Hesabat dövründə tədbirin icrası davam etdirilmişdir.',
    narrativeEn: 'Implementation continued in the reporting period.',
    indicatorValues,
  };
}
