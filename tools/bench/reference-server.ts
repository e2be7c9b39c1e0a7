/**
 * Scenario 5, the reference: the plan-tree query served by a bare @apollo/server (standalone)
 * with `pg` and hand-written batched SQL — no Nest, no TypeORM, no guards or pipes — against
 * the same database, so the API's framework overhead can be read as a ratio.
 * Same contract for the PLAN_TREE document (tools/bench/queries.ts), same token check
 * (HS256, issuer nap-tracker) and the same read rule for reports (auditors: accepted only;
 * focal points: their organisation's).
 *
 *   DATABASE_URL=… JWT_SECRET=… PORT=4100 node -r ./tools/ts-run.cjs tools/bench/reference-server.ts
 */
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import DataLoader from 'dataloader';
import jwt from 'jsonwebtoken';
import { Pool } from 'pg';

const typeDefs = `#graphql
  type Query { plan(id: ID!): ActionPlan! }
  type ActionPlan { id: ID! code: String! titleAz: String! sections: [Section!]! reportingPeriods: [ReportingPeriod!]! measures: [Measure!]! }
  type Section { id: ID! code: String! titleAz: String! parentId: ID }
  type ReportingPeriod { id: ID! label: String! status: String! }
  type Measure { id: ID! code: String! titleAz: String! titleEn: String! dueDate: String! weight: Float! indicators: [Indicator!]! assignments: [Assignment!]! }
  type Indicator { id: ID! code: String! nameAz: String! target: Float dimensions: [Dimension!]! }
  type Dimension { code: String! options: [String!]! }
  type Assignment { id: ID! role: String! organization: Organization! report(periodId: ID!): ProgressReport }
  type Organization { id: ID! code: String! nameAz: String! parent: Organization }
  type ProgressReport { id: ID! status: String! implementationStatus: String! percentComplete: Float! indicatorValues: [IndicatorValue!]! }
  type IndicatorValue { indicatorId: ID! value: Float breakdown: [Cell!]! }
  type Cell { options: [String!]! value: Float! }
`;

type Row = Record<string, unknown>;
interface User {
  role: string;
  org: string | null;
}
interface Ctx {
  user: User | null;
  loaders: ReturnType<typeof makeLoaders>;
  /** SQL statements of this request (sent back as x-sql-statements, like the API). */
  sql: { statements: number };
}

const databaseUrl = process.env['DATABASE_URL'];
const secret = process.env['JWT_SECRET'];
if (!databaseUrl || !secret) throw new Error('DATABASE_URL and JWT_SECRET are required');
const pool = new Pool({ connectionString: databaseUrl, max: 20, application_name: 'nap-bench-reference' });

async function query(counter: { statements: number }, sql: string, params: unknown[]): Promise<Row[]> {
  counter.statements += 1;
  return (await pool.query(sql, params)).rows as Row[];
}

function group(keys: readonly string[], list: Row[], key: string): Row[][] {
  const map = new Map<string, Row[]>();
  for (const r of list) {
    const k = r[key] as string;
    const arr = map.get(k);
    if (arr) arr.push(r);
    else map.set(k, [r]);
  }
  return keys.map((k) => map.get(k) ?? []);
}

/** One statement per field per request, whatever the number of parents (no batch limit). */
function makeLoaders(counter: { statements: number }) {
  const opts = { maxBatchSize: Infinity };
  const rows = (sql: string, params: unknown[]) => query(counter, sql, params);
  return {
    sections: new DataLoader<string, Row[]>(
      async (ids) => group(ids, await rows('SELECT id, plan_id, parent_id, code, title_az FROM plan_section WHERE plan_id = ANY($1::uuid[]) ORDER BY sort_order, code', [ids]), 'plan_id'),
      opts,
    ),
    periods: new DataLoader<string, Row[]>(
      async (ids) => group(ids, await rows('SELECT id, plan_id, label, status FROM reporting_period WHERE plan_id = ANY($1::uuid[]) ORDER BY start_date', [ids]), 'plan_id'),
      opts,
    ),
    measures: new DataLoader<string, Row[]>(
      async (ids) =>
        group(ids, await rows(`SELECT id, plan_id, code, title_az, title_en, to_char(due_date, 'YYYY-MM-DD') AS due_date, weight::float8 AS weight FROM measure WHERE plan_id = ANY($1::uuid[]) ORDER BY code`, [ids]), 'plan_id'),
      opts,
    ),
    indicators: new DataLoader<string, Row[]>(
      async (ids) =>
        group(ids, await rows('SELECT id, measure_id, code, name_az, target::float8 AS target, dimensions FROM indicator WHERE measure_id = ANY($1::uuid[]) ORDER BY sort_order', [ids]), 'measure_id'),
      opts,
    ),
    assignments: new DataLoader<string, Row[]>(
      async (ids) => group(ids, await rows('SELECT id, measure_id, organization_id, role FROM assignment WHERE measure_id = ANY($1::uuid[])', [ids]), 'measure_id'),
      opts,
    ),
    organizations: new DataLoader<string, Row | null>(async (ids) => {
      const list = await rows('SELECT id, code, name_az, parent_id FROM organization WHERE id = ANY($1::uuid[])', [ids]);
      const map = new Map(list.map((r) => [r['id'] as string, r]));
      return ids.map((id) => map.get(id) ?? null);
    }, opts),
    reports: new DataLoader<string, Row | null>(async (keys) => {
      const a = keys.map((k) => k.split('|')[0]);
      const p = keys.map((k) => k.split('|')[1]);
      const list = await rows(
        `SELECT r.id, r.assignment_id, r.period_id, r.organization_id, r.status, r.implementation_status, r.percent_complete::float8 AS percent_complete
           FROM progress_report r JOIN unnest($1::uuid[], $2::uuid[]) AS k(a, p) ON r.assignment_id = k.a AND r.period_id = k.p`,
        [a, p],
      );
      const map = new Map(list.map((r) => [`${r['assignment_id']}|${r['period_id']}`, r]));
      return keys.map((k) => map.get(k) ?? null);
    }, opts),
    values: new DataLoader<string, Row[]>(
      async (ids) => group(ids, await rows('SELECT report_id, indicator_id, value::float8 AS value, breakdown FROM indicator_value WHERE report_id = ANY($1::uuid[])', [ids]), 'report_id'),
      opts,
    ),
  };
}

function canRead(user: User, report: Row): boolean {
  if (user.role === 'AUDITOR') return report['status'] === 'ACCEPTED';
  if (user.role === 'FOCAL_POINT') return report['organization_id'] === user.org;
  return true;
}

function unauthenticated(): Error {
  return Object.assign(new Error('Sign in first.'), { extensions: { code: 'UNAUTHENTICATED' } });
}

const resolvers = {
  Query: {
    plan: async (_: unknown, { id }: { id: string }, ctx: Ctx) => {
      if (!ctx.user) throw unauthenticated();
      const [plan] = await query(ctx.sql, 'SELECT id, code, title_az FROM action_plan WHERE id = $1', [id]);
      if (!plan) throw Object.assign(new Error('ActionPlan not found'), { extensions: { code: 'NOT_FOUND' } });
      return plan;
    },
  },
  ActionPlan: {
    titleAz: (p: Row) => p['title_az'],
    sections: (p: Row, _: unknown, ctx: Ctx) => ctx.loaders.sections.load(p['id'] as string),
    reportingPeriods: (p: Row, _: unknown, ctx: Ctx) => ctx.loaders.periods.load(p['id'] as string),
    measures: (p: Row, _: unknown, ctx: Ctx) => ctx.loaders.measures.load(p['id'] as string),
  },
  Section: { titleAz: (s: Row) => s['title_az'], parentId: (s: Row) => s['parent_id'] },
  Measure: {
    titleAz: (m: Row) => m['title_az'],
    titleEn: (m: Row) => m['title_en'],
    dueDate: (m: Row) => m['due_date'],
    indicators: (m: Row, _: unknown, ctx: Ctx) => ctx.loaders.indicators.load(m['id'] as string),
    assignments: (m: Row, _: unknown, ctx: Ctx) => ctx.loaders.assignments.load(m['id'] as string),
  },
  Indicator: { nameAz: (i: Row) => i['name_az'] },
  Assignment: {
    organization: (a: Row, _: unknown, ctx: Ctx) => ctx.loaders.organizations.load(a['organization_id'] as string),
    report: async (a: Row, { periodId }: { periodId: string }, ctx: Ctx) => {
      const report = await ctx.loaders.reports.load(`${a['id']}|${periodId}`);
      return report && ctx.user && canRead(ctx.user, report) ? report : null;
    },
  },
  Organization: {
    nameAz: (o: Row) => o['name_az'],
    parent: (o: Row, _: unknown, ctx: Ctx) => (o['parent_id'] ? ctx.loaders.organizations.load(o['parent_id'] as string) : null),
  },
  ProgressReport: {
    implementationStatus: (r: Row) => r['implementation_status'],
    percentComplete: (r: Row) => r['percent_complete'],
    indicatorValues: (r: Row, _: unknown, ctx: Ctx) => ctx.loaders.values.load(r['id'] as string),
  },
  IndicatorValue: { indicatorId: (v: Row) => v['indicator_id'] },
};

async function main(): Promise<void> {
  const server = new ApolloServer<Ctx>({
    typeDefs,
    resolvers,
    csrfPrevention: false,
    introspection: false,
    plugins: [
      {
        async requestDidStart() {
          return {
            async willSendResponse({ response, contextValue }) {
              response.http.headers.set('x-sql-statements', String(contextValue.sql.statements));
            },
          };
        },
      },
    ],
  });
  const port = Number(process.env['PORT'] ?? 4100);
  const { url } = await startStandaloneServer(server, {
    listen: { port, host: '127.0.0.1' },
    context: async ({ req }) => {
      let user: User | null = null;
      const match = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
      if (match) {
        try {
          const claims = jwt.verify(match[1], secret as string, { algorithms: ['HS256'], issuer: 'nap-tracker' }) as { role: string; org: string | null };
          user = { role: claims.role, org: claims.org ?? null };
        } catch {
          user = null;
        }
      }
      const sql = { statements: 0 };
      return { user, sql, loaders: makeLoaders(sql) };
    },
  });
  console.log(`reference server at ${url}`);
  const stop = () => {
    void server
      .stop()
      .then(() => pool.end())
      .finally(() => process.exit(0));
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

void main();
