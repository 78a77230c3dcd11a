/** A string field of a parsed query or form; anything else (repeated, missing) reads as absent. */
export function queryField(source: unknown, name: string): string | undefined {
  if (typeof source !== 'object' || source === null) return undefined;
  const value = (source as Record<string, unknown>)[name];
  return typeof value === 'string' ? value : undefined;
}
