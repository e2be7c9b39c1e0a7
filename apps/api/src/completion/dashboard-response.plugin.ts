import { HeaderMap, type ApolloServerPlugin, type GraphQLRequestContext } from '@apollo/server';
import type { FormattedExecutionResult } from 'graphql';
import { Kind, type ValueNode } from 'graphql';
import type { GraphQLContext } from '../common/graphql-context';
import { READERS } from './completion.resolver';
import { DashboardCache } from './dashboard-cache';

/** Root fields whose answers depend only on their arguments, the data version and the caller's role and organisation. */
const DASHBOARD_FIELDS = new Set(['planCompletion', 'reportingCompliance', 'indicatorSummary', 'indicatorSummaryPage']);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Whole responses of queries made only of dashboard fields of one plan (the dashboard page, the
 * bench), kept per data version like DashboardCache's answers: a kept response skips GraphQL
 * execution (for 520 measures most of a kept request's time). Only for a signed-in user of a
 * role the fields' guard admits (READERS); a focal point's compliance
 * is narrowed to its organisation, so the key holds the caller's role and organisation besides
 * the document, the variables and the version. Anything else (another root field, a fragment at
 * the root, a directive, no user, an error in the response) takes the ordinary path.
 */
export function dashboardResponsePlugin(cache: DashboardCache): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      let keep: string | null = null;
      return {
        async responseForOperation(requestContext: GraphQLRequestContext<GraphQLContext>) {
          const { operation, request, contextValue } = requestContext;
          const user = contextValue.user;
          if (!operation || operation.operation !== 'query' || !user || !READERS.includes(user.role) || typeof request.query !== 'string') return null;
          const variables = request.variables ?? {};
          const valueOf = (node: ValueNode): unknown =>
            node.kind === Kind.STRING ? node.value : node.kind === Kind.VARIABLE ? variables[node.name.value] : undefined;
          let planId: unknown = undefined;
          for (const selection of operation.selectionSet.selections) {
            if (selection.kind !== Kind.FIELD || !DASHBOARD_FIELDS.has(selection.name.value) || selection.directives?.length) return null;
            const argument = selection.arguments?.find((a) => a.name.value === 'planId');
            const value = argument ? valueOf(argument.value) : undefined;
            if (typeof value !== 'string' || !UUID.test(value) || (planId !== undefined && planId !== value)) return null;
            planId = value;
          }
          if (typeof planId !== 'string') return null;
          const version = await cache.version(contextValue.loaders, planId);
          const key = DashboardCache.key(planId, version, ['response', user.role, user.organizationId, request.operationName ?? null, request.query, variables]);
          const data = cache.keptResponse(key);
          if (data) return { http: { status: undefined, headers: new HeaderMap() }, body: { kind: 'single', singleResult: { data } } };
          keep = key;
          return null;
        },
        async willSendResponse({ response }) {
          if (keep === null || response.body.kind !== 'single') return;
          const { data, errors } = response.body.singleResult;
          if (data && !errors) cache.keepResponse(keep, data);
        },
      };
    },
  };
}

/**
 * Apollo's `stringifyResult`: the same text as its default (`JSON.stringify(result) + '\n'`),
 * but a response answered with a kept response's data (and nothing else: no errors, no
 * extensions) is written from that data's JSON, kept with it, instead of serializing it again.
 */
export function keptResultStringifier(cache: DashboardCache): (result: FormattedExecutionResult) => string {
  return (result) => {
    const json = result.errors === undefined && result.extensions === undefined ? cache.keptJson(result.data) : undefined;
    return json === undefined ? `${JSON.stringify(result)}\n` : `{"data":${json}}\n`;
  };
}
