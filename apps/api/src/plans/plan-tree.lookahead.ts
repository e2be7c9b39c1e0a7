import { isUUID } from 'class-validator';
import {
  getArgumentValues,
  getNamedType,
  Kind,
  type FieldNode,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';
import { measureFields, reportFields } from './plan-tree.reads';

/**
 * Looking ahead in the query, so the plan tree reads what is asked in as few statements as
 * possible: the measure columns selected, and the reports (periods and columns) selected under
 * assignments. graphql-js hands every item of a list the same `fieldNodes` array (built per
 * execution), so each answer is worked out once per query and list, not once per item.
 */

interface Cached<T> {
  variables: GraphQLResolveInfo['variableValues'];
  value: T;
}

function memoByFieldNodes<T>(compute: (info: GraphQLResolveInfo) => T): (info: GraphQLResolveInfo) => T {
  const cache = new WeakMap<readonly FieldNode[], Cached<T>>();
  return (info) => {
    const hit = cache.get(info.fieldNodes);
    if (hit && hit.variables === info.variableValues) return hit.value;
    const value = compute(info);
    cache.set(info.fieldNodes, { variables: info.variableValues, value });
    return value;
  };
}

/** Every field node directly in the selection sets, through inline fragments and fragment spreads. */
function eachField(
  info: GraphQLResolveInfo,
  sets: readonly (SelectionSetNode | undefined)[],
  visit: (node: FieldNode) => void,
): void {
  const seenFragments = new Set<string>();
  const walk = (set: SelectionSetNode | undefined) => {
    if (!set) return;
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) visit(s);
      else if (s.kind === Kind.INLINE_FRAGMENT) walk(s.selectionSet);
      else if (!seenFragments.has(s.name.value)) {
        seenFragments.add(s.name.value);
        walk(info.fragments[s.name.value]?.selectionSet);
      }
    }
  };
  for (const set of sets) walk(set);
}

/** Names of the fields selected under the current field. */
function selectedNames(info: GraphQLResolveInfo): string[] {
  const names = new Set<string>();
  eachField(
    info,
    info.fieldNodes.map((n) => n.selectionSet),
    (node) => names.add(node.name.value),
  );
  return [...names];
}

/** The measure fields to read for `ActionPlan.measures` (see measureFields). */
export const measureFieldsAsked = memoByFieldNodes((info) => measureFields(selectedNames(info)));

/** The report fields one `report(periodId)` field selects (see reportFields). */
export const reportFieldsAsked = memoByFieldNodes((info) => reportFields(selectedNames(info)));

export interface ReportsAsked {
  /** The `periodId`s of the `report` fields under an assignments field (UUIDs only: the report resolver refuses others). */
  periods: string[];
  /** The fields they select, together. */
  fields: string;
}

/** Under `Measure.assignments`: the reports the query asks for. */
export const reportsAsked = memoByFieldNodes((info): ReportsAsked => {
  const assignmentType = getNamedType(info.returnType) as GraphQLObjectType;
  const reportField = assignmentType.getFields()['report'];
  const periods = new Set<string>();
  const reportSets: (SelectionSetNode | undefined)[] = [];
  eachField(
    info,
    info.fieldNodes.map((n) => n.selectionSet),
    (node) => {
      if (node.name.value !== 'report' || !reportField) return;
      const { periodId } = getArgumentValues(reportField, node, info.variableValues);
      if (typeof periodId === 'string' && isUUID(periodId)) periods.add(periodId);
      reportSets.push(node.selectionSet);
    },
  );
  const names = new Set<string>();
  eachField(info, reportSets, (node) => names.add(node.name.value));
  return { periods: [...periods], fields: reportFields(names) };
});
