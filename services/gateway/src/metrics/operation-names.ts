/** Operations without a name share one series. */
export const ANONYMOUS_OPERATION = 'anonymous';
/** Names past the cap (or too long) share one series: clients choose names, not the schema. */
export const OTHER_OPERATION = 'other';

const MAX_NAME_LENGTH = 64;

/**
 * Keeps the `operation` label bounded: the first `cap` distinct operation names get their own
 * series, later ones are grouped as `other` (the web apps use far fewer named operations).
 */
export class OperationNames {
  private readonly seen = new Set<string>();

  constructor(private readonly cap = 100) {}

  label(name: string | undefined): string {
    if (!name) return ANONYMOUS_OPERATION;
    if (name.length > MAX_NAME_LENGTH) return OTHER_OPERATION;
    if (this.seen.has(name)) return name;
    if (this.seen.size >= this.cap) return OTHER_OPERATION;
    this.seen.add(name);
    return name;
  }
}
