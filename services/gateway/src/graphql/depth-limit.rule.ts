import {
  GraphQLError,
  Kind,
  type FieldNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';

/**
 * Depth of the standard introspection query (GraphiQL, codegen) is 15: introspection gets a cap
 * of its own, so tools keep working under a tight limit for data while deep `ofType` chains
 * are still refused.
 */
export const INTROSPECTION_MAX_DEPTH = 20;

/**
 * Refuses operations nested deeper than `maxDepth` (a root leaf field is depth 1; fragments add
 * no level), counting introspection fields (`__schema`, `__type`) against
 * {@link INTROSPECTION_MAX_DEPTH} instead. Used in place of mercurius' `queryDepth`, which
 * counts introspection against the data limit and so breaks GraphiQL.
 */
export function depthLimitRule(
  maxDepth: number,
  maxIntrospectionDepth = INTROSPECTION_MAX_DEPTH,
): ValidationRule {
  return (context: ValidationContext) => ({
    OperationDefinition(operation) {
      const depths = new DepthCounter(context);
      for (const field of depths.rootFields(operation.selectionSet)) {
        const limit = field.name.value.startsWith('__') ? maxIntrospectionDepth : maxDepth;
        const depth = 1 + depths.of(field.selectionSet);
        if (depth > limit) {
          const name = operation.name?.value ?? 'anonymous operation';
          context.reportError(
            new GraphQLError(
              `${name}: query depth ${depth} at ${field.name.value} exceeds the limit of ${limit}`,
              { nodes: field },
            ),
          );
          return;
        }
      }
    },
  });
}

class DepthCounter {
  private readonly fragmentDepths = new Map<string, number>();
  private readonly visiting = new Set<string>();

  constructor(private readonly context: ValidationContext) {}

  /** Fields at the root of the operation, through fragments. */
  rootFields(selectionSet: SelectionSetNode, seen = new Set<string>()): FieldNode[] {
    return selectionSet.selections.flatMap((selection): FieldNode[] => {
      if (selection.kind === Kind.FIELD) return [selection];
      if (selection.kind === Kind.INLINE_FRAGMENT)
        return this.rootFields(selection.selectionSet, seen);
      const fragment = this.context.getFragment(selection.name.value);
      if (!fragment || seen.has(fragment.name.value)) return [];
      seen.add(fragment.name.value);
      return this.rootFields(fragment.selectionSet, seen);
    });
  }

  /** Deepest chain of fields below a selection set; fragment depths are memoized. */
  of(selectionSet: SelectionSetNode | undefined): number {
    if (!selectionSet) return 0;
    let max = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) max = Math.max(max, 1 + this.of(selection.selectionSet));
      else if (selection.kind === Kind.INLINE_FRAGMENT)
        max = Math.max(max, this.of(selection.selectionSet));
      else max = Math.max(max, this.fragment(selection.name.value));
    }
    return max;
  }

  private fragment(name: string): number {
    const known = this.fragmentDepths.get(name);
    if (known !== undefined) return known;
    const fragment = this.context.getFragment(name);
    // Unknown and cyclic fragments are reported by graphql's own rules.
    if (!fragment || this.visiting.has(name)) return 0;
    this.visiting.add(name);
    const depth = this.of(fragment.selectionSet);
    this.visiting.delete(name);
    this.fragmentDepths.set(name, depth);
    return depth;
  }
}
