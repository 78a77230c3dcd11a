import {
  GraphQLError,
  Kind,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';

export interface SelectionLimits {
  /** Most fields an operation may select at its root (each alias of a root field counts). */
  maxRootFields: number;
  /** Most field selections in all, fragments expanded where they are spread. */
  maxFields: number;
}

/**
 * Refuses alias and repetition bombs: an operation that selects more root fields or more fields
 * in all than the limits is refused before any resolver runs, whatever depth it keeps to (a
 * thousand aliases of one public lookup are as costly as a thousand requests).
 */
export function selectionLimitRule(limits: SelectionLimits): ValidationRule {
  return (context: ValidationContext) => ({
    OperationDefinition(operation) {
      const counter = new SelectionCounter(context);
      const root = counter.count(operation.selectionSet, 'root');
      const all = counter.count(operation.selectionSet, 'all');
      const name = operation.name?.value ?? 'anonymous operation';
      if (root > limits.maxRootFields) {
        context.reportError(
          new GraphQLError(
            `${name}: ${root} root fields exceed the limit of ${limits.maxRootFields} (send separate requests)`,
            { nodes: operation },
          ),
        );
      } else if (all > limits.maxFields) {
        context.reportError(
          new GraphQLError(
            `${name}: ${all} field selections exceed the limit of ${limits.maxFields}`,
            { nodes: operation },
          ),
        );
      }
    },
  });
}

class SelectionCounter {
  private readonly fragments = new Map<string, number>();
  private readonly visiting = new Set<string>();

  constructor(private readonly context: ValidationContext) {}

  /** Fields of `selectionSet`: only its own level (`root`), or all levels below it too. */
  count(selectionSet: SelectionSetNode | undefined, scope: 'root' | 'all'): number {
    if (!selectionSet) return 0;
    let total = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        total += 1 + (scope === 'all' ? this.count(selection.selectionSet, 'all') : 0);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        total += this.count(selection.selectionSet, scope);
      } else {
        total += this.fragment(selection.name.value, scope);
      }
    }
    return total;
  }

  private fragment(name: string, scope: 'root' | 'all'): number {
    const key = `${scope}:${name}`;
    const known = this.fragments.get(key);
    if (known !== undefined) return known;
    const fragment = this.context.getFragment(name);
    // Unknown and cyclic fragments are reported by graphql's own rules.
    if (!fragment || this.visiting.has(key)) return 0;
    this.visiting.add(key);
    const total = this.count(fragment.selectionSet, scope);
    this.visiting.delete(key);
    this.fragments.set(key, total);
    return total;
  }
}
