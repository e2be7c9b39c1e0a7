import type { GraphQLContext } from '../common/graphql-context';
import { byKey, groupByKey } from '../common/loaders';
import type { AssignmentEntity } from './entities/assignment.entity';
import type { IndicatorEntity } from './entities/indicator.entity';
import type { MeasureEntity } from './entities/measure.entity';
import type { PlanSectionEntity } from './entities/plan-section.entity';
import type { ReportingPeriodEntity } from './entities/reporting-period.entity';
import type { PlansService } from './plans.service';

/** The plan tree's loaders: one query per field per request, whatever the list length. */
export function plansLoaders(ctx: GraphQLContext, plans: PlansService) {
  return {
    sectionsOfPlan: ctx.loaders.get<string, PlanSectionEntity[]>('sectionsOfPlan', async (ids) =>
      groupByKey(ids, await plans.sectionsOfPlans(ids), (s) => s.planId),
    ),
    measuresOfPlan: ctx.loaders.get<string, MeasureEntity[]>('measuresOfPlan', async (ids) =>
      groupByKey(ids, await plans.measuresOfPlans(ids), (m) => m.planId),
    ),
    measuresOfSection: ctx.loaders.get<string, MeasureEntity[]>('measuresOfSection', async (ids) =>
      groupByKey(ids, await plans.measuresOfSections(ids), (m) => m.sectionId),
    ),
    periodsOfPlan: ctx.loaders.get<string, ReportingPeriodEntity[]>('periodsOfPlan', async (ids) =>
      groupByKey(ids, await plans.periodsOfPlans(ids), (p) => p.planId),
    ),
    assignmentsOfMeasure: ctx.loaders.get<string, AssignmentEntity[]>('assignmentsOfMeasure', async (ids) =>
      groupByKey(ids, await plans.assignmentsOfMeasures(ids), (a) => a.measureId),
    ),
    indicatorsOfMeasure: ctx.loaders.get<string, IndicatorEntity[]>('indicatorsOfMeasure', async (ids) =>
      groupByKey(ids, await plans.indicatorsOfMeasures(ids), (i) => i.measureId),
    ),
    measureById: ctx.loaders.get<string, MeasureEntity | null>('measureById', async (ids) =>
      byKey(ids, await plans.measuresByIds(ids), (m) => m.id),
    ),
    sectionById: ctx.loaders.get<string, PlanSectionEntity | null>('sectionById', async (ids) =>
      byKey(ids, await plans.sectionsByIds(ids), (s) => s.id),
    ),
  };
}
