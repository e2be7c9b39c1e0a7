import { canReadReport } from '@nap/domain';
import type { GraphQLResolveInfo } from 'graphql';
import type { GraphQLContext } from '../common/graphql-context';
import { byKey, groupByKey } from '../common/loaders';
import { ORGANIZATION_LOADER } from '../organizations/organizations.resolver';
import type { AssignmentEntity } from './entities/assignment.entity';
import type { MeasureEntity } from './entities/measure.entity';
import type { PlanSectionEntity } from './entities/plan-section.entity';
import type { Indicator, Measure, ReportingPeriod, Section } from './models/plan.models';
import { reportFieldsAsked, type ReportsAsked } from './plan-tree.lookahead';
import { covers, reportFields, type TreeAssignment, type TreeReport } from './plan-tree.reads';
import type { PlansService } from './plans.service';

/**
 * The plan tree's loaders: one statement per tick of the tree, whatever the list lengths.
 * `planPart` and `measurePart` take `part:id` keys, so relations resolved side by side (a plan's
 * sections, periods and measures; a measure's assignments and indicators) share one statement.
 */
export function plansLoaders(ctx: GraphQLContext, plans: PlansService) {
  return ctx.loaders.memo('plans', () => createPlansLoaders(ctx, plans));
}

function createPlansLoaders(ctx: GraphQLContext, plans: PlansService) {
  const planPart = ctx.loaders.get<string, unknown[]>('planPart', (keys) => plans.planParts(keys));
  // Periods whose reports the query asks for under the assignments it loads (see
  // MeasureResolver.assignments): read in the assignments' statement when its batch runs.
  const reportPeriods = new Set<string>();
  const reportFieldNames = new Set<string>();
  const measurePart = ctx.loaders.get<string, unknown[]>('measurePart', (keys) =>
    plans.measureParts(keys, {
      reportPeriods: [...reportPeriods],
      reportFields: reportFields(reportFieldNames),
      // The organisations (and parents) come with the assignments: Assignment.organization and
      // Organization.parent find them without another statement.
      prime: (organizations) =>
        ctx.loaders.prime(
          ORGANIZATION_LOADER,
          organizations.map((o) => [o.id, o] as const),
        ),
    }),
  );
  return {
    sectionsOfPlan: (planId: string) => planPart.load(`sections:${planId}`) as Promise<Section[]>,
    periodsOfPlan: (planId: string) => planPart.load(`periods:${planId}`) as Promise<ReportingPeriod[]>,
    /** `fields` from measureFields. */
    measuresOfPlan: (planId: string, fields: string) =>
      planPart.load(`measures~${fields}:${planId}`) as Promise<Measure[]>,
    /** Its assignments, with their reports of the periods asked for (`reportsByPeriod`). */
    assignmentsOfMeasure: (measureId: string, reports: ReportsAsked = { periods: [], fields: '' }) => {
      for (const p of reports.periods) reportPeriods.add(p);
      if (reports.periods.length) for (const f of reports.fields.split(',')) reportFieldNames.add(f);
      return measurePart.load(`assignments:${measureId}`) as Promise<TreeAssignment[]>;
    },
    indicatorsOfMeasure: (measureId: string) => measurePart.load(`indicators:${measureId}`) as Promise<Indicator[]>,
    /** `assignmentId|periodId` → the report, or null. */
    reportOfAssignment: ctx.loaders.get<string, TreeReport | null>('reportOfAssignmentInPeriod', (keys) =>
      plans.reportsOfAssignments(keys),
    ),
    measuresOfSection: ctx.loaders.get<string, MeasureEntity[]>('measuresOfSection', async (ids) =>
      groupByKey(ids, await plans.measuresOfSections(ids), (m) => m.sectionId),
    ),
    measureById: ctx.loaders.get<string, MeasureEntity | null>('measureById', async (ids) =>
      byKey(ids, await plans.measuresByIds(ids), (m) => m.id),
    ),
    sectionById: ctx.loaders.get<string, PlanSectionEntity | null>('sectionById', async (ids) =>
      byKey(ids, await plans.sectionsByIds(ids), (s) => s.id),
    ),
  };
}

/**
 * Assignment.report: the assignment's report of the period if the user may read it
 * (canReadReport: auditors accepted ones, focal points their organisation's). Synchronous when
 * the report was read with the assignment (the plan tree), else one batched statement.
 */
export function assignmentReport(
  a: AssignmentEntity | TreeAssignment,
  periodId: string,
  ctx: GraphQLContext,
  plans: PlansService,
  info: GraphQLResolveInfo,
): TreeReport | null | Promise<TreeReport | null> {
  const user = ctx.user;
  if (!user) return null;
  const readable = (r: TreeReport | null) =>
    r && canReadReport({ role: user.role, organizationId: user.organizationId }, r.organizationId, r.status) ? r : null;
  const tree = a as TreeAssignment;
  const preloaded = tree.reportsByPeriod?.get(periodId);
  if (preloaded !== undefined && tree.reportFields && covers(tree.reportFields, reportFieldsAsked(info))) {
    return readable(preloaded);
  }
  return plansLoaders(ctx, plans).reportOfAssignment.load(`${a.id}|${periodId}`).then(readable);
}
