import { registerEnumType } from '@nestjs/graphql';

/**
 * Registers a contracts enum (`{ Counter: 'COUNTER' }`) under its values, so the GraphQL
 * names are the wire values (`COUNTER`) rather than the TypeScript keys.
 */
export function registerValuesEnum<V extends string>(
  values: Readonly<Record<string, V>>,
  name: string,
  description: string,
): Record<V, V> {
  const byValue = Object.fromEntries(Object.values(values).map((v) => [v, v])) as Record<V, V>;
  registerEnumType(byValue, { name, description });
  return byValue;
}
