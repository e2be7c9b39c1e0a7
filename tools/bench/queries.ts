/**
 * The GraphQL documents of the bench scenarios: one source for the bench, the reference
 * server's contract and the SQL-count check.
 */

/**
 * Scenario 1 (and 5): the plan screen — the plan with its sections and periods, every measure,
 * every assignment with its organisation (and parent), and each assignment's report for the
 * period (issue 7: "a plan with sections, 500+ measures, assignments, organisations, latest
 * accepted report"). Indicator values are left out: at M they are ~15,000 per period and would
 * make this a payload benchmark (see PLAN_TREE_WITH_VALUES).
 */
export const PLAN_TREE = `query PlanTree($id: ID!, $period: ID!) {
  plan(id: $id) {
    id code titleAz
    sections { id code titleAz parentId }
    reportingPeriods { id label status }
    measures {
      id code titleAz titleEn dueDate weight
      assignments {
        id role
        organization { id code nameAz parent { code } }
        report(periodId: $period) { id status implementationStatus percentComplete }
      }
    }
  }
}`;

/** The plan tree with indicators and every report's indicator values (plan-query.int-spec's shape). */
export const PLAN_TREE_WITH_VALUES = `query PlanTreeWithValues($id: ID!, $period: ID!) {
  plan(id: $id) {
    id code titleAz
    sections { id code titleAz parentId }
    reportingPeriods { id label status }
    measures {
      id code titleAz titleEn dueDate weight
      indicators { id code nameAz target dimensions { code options } }
      assignments {
        id role
        organization { id code nameAz parent { code } }
        report(periodId: $period) { id status implementationStatus percentComplete indicatorValues { indicatorId value breakdown { options value } } }
      }
    }
  }
}`;

/** Scenario 2: the three dashboard figures in one request, as the dashboard page loads them (indicators: the first page, 50). */
export const DASHBOARD = `query Dashboard($plan: ID!, $period: ID!) {
  planCompletion(planId: $plan, periodId: $period) {
    percent measureCount cancelledCount unassignedCount
    bySection { id code percent measureCount children { id code percent measureCount children { id code percent measureCount } } }
    byOrganization { id code percent assignmentCount }
    byStatus { status count }
    byRag { rag count }
    measures { measureId code completion expectedProgress rag implementationStatus overdue }
  }
  reportingCompliance(planId: $plan, periodId: $period) {
    byOrganization { organizationId code expected onTime late missing submitted accepted awaitingReview timelinessPercent }
    total { expected onTime late missing submitted accepted awaitingReview timelinessPercent }
  }
  indicatorSummary(planId: $plan, periodId: $period, page: { offset: 0, limit: 50 }) {
    indicator { id code nameAz unit combineRule }
    measureCode value target percentOfTarget previousPeriodLabel previousValue change changePercent suppressed
    breakdown { options value suppressed }
  }
}`;

/** Scenario 3: a focal point saves a report, then submits it. */
export const SAVE_REPORT = `mutation Save($input: SaveProgressReportInput!) { saveProgressReport(input: $input) { id status version } }`;
export const SUBMIT_REPORT = `mutation Submit($id: ID!) { submitProgressReport(id: $id) { id status version late } }`;

/** Scenario 4: a completion report, generated off the request thread and polled. */
export const GENERATE_REPORT = `mutation Generate($input: GenerateReportInput!) { generateReport(input: $input) { id status } }`;
export const GENERATED_REPORT = `query Generated($id: ID!) { generatedReport(id: $id) { id status progress sha256 url } }`;

export const LOGIN = `mutation Login($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }`;
export const OPEN_PERIOD = `mutation Open($input: OpenReportingPeriodInput!) { openReportingPeriod(input: $input) { id label } }`;

/** A cheap request, to see whether the API answers while it generates a report. */
export const PING = `query Ping { systemInfo { name } }`;
