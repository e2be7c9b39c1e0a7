import { GraphQLError, Kind, type ASTVisitor, type FragmentDefinitionNode, type SelectionSetNode, type ValidationContext } from 'graphql';

/**
 * Abuse limits (OWASP GraphQL cheat sheet), checked before anything executes:
 * depth, aliases, size (a cost measure: every selected field counts, list fields weigh more
 * because each item repeats their selection) and root fields per operation.
 */
export const GRAPHQL_LIMITS = {
  maxDepth: 12,
  maxAliases: 30,
  maxCost: 5000,
  maxRootFields: 20,
  maxDirectives: 20,
};

function reject(ctx: ValidationContext, message: string): void {
  ctx.reportError(new GraphQLError(message, { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }));
}

interface Measured {
  depth: number;
  aliases: number;
  cost: number;
  directives: number;
}

function measure(set: SelectionSetNode | undefined, fragments: Record<string, FragmentDefinitionNode>, seen: Set<string>): Measured {
  const total: Measured = { depth: 0, aliases: 0, cost: 0, directives: 0 };
  if (!set) return total;
  for (const sel of set.selections) {
    total.directives += sel.directives?.length ?? 0;
    let inner: Measured;
    if (sel.kind === Kind.FIELD) {
      inner = measure(sel.selectionSet, fragments, seen);
      if (sel.alias) total.aliases += 1;
      total.aliases += inner.aliases;
      total.directives += inner.directives;
      // A field with a sub-selection returns objects, possibly a list: weigh its children more.
      total.cost += 1 + (sel.selectionSet ? inner.cost * 2 : 0);
      total.depth = Math.max(total.depth, 1 + inner.depth);
      continue;
    }
    if (sel.kind === Kind.INLINE_FRAGMENT) {
      inner = measure(sel.selectionSet, fragments, seen);
    } else {
      const name = sel.name.value;
      if (seen.has(name)) continue; // cycles are reported by graphql's own rule
      const fragment = fragments[name];
      inner = measure(fragment?.selectionSet, fragments, new Set([...seen, name]));
    }
    total.aliases += inner.aliases;
    total.directives += inner.directives;
    total.cost += inner.cost;
    total.depth = Math.max(total.depth, inner.depth);
  }
  return total;
}

export function queryLimitsRule(ctx: ValidationContext): ASTVisitor {
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const def of ctx.getDocument().definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments[def.name.value] = def;
  return {
    OperationDefinition(node) {
      const m = measure(node.selectionSet, fragments, new Set());
      const roots = node.selectionSet.selections.length;
      if (m.depth > GRAPHQL_LIMITS.maxDepth) reject(ctx, `The query is nested ${m.depth} levels deep; at most ${GRAPHQL_LIMITS.maxDepth} are allowed.`);
      if (m.aliases > GRAPHQL_LIMITS.maxAliases) reject(ctx, `The query uses ${m.aliases} aliases; at most ${GRAPHQL_LIMITS.maxAliases} are allowed.`);
      if (m.cost > GRAPHQL_LIMITS.maxCost) reject(ctx, `The query is too large (cost ${m.cost}; at most ${GRAPHQL_LIMITS.maxCost}). Ask for fewer fields or split it.`);
      if (roots > GRAPHQL_LIMITS.maxRootFields) reject(ctx, `The operation asks for ${roots} root fields; at most ${GRAPHQL_LIMITS.maxRootFields} are allowed.`);
      if (m.directives > GRAPHQL_LIMITS.maxDirectives) reject(ctx, `The query uses ${m.directives} directives; at most ${GRAPHQL_LIMITS.maxDirectives} are allowed.`);
    },
  };
}
