import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function toIsoDate(value: unknown): string {
  if (typeof value === 'string' && ISO_DATE.test(value)) {
    const parsed = new Date(`${value}T00:00:00Z`);
    // Rejects 2026-02-30: the round trip changes the day.
    if (!Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value)) return value;
  }
  throw new GraphQLError('Date must be a calendar day like 2026-03-02');
}

/** A calendar day (Vietnam days in reports), ISO 8601 `YYYY-MM-DD`. */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar day as ISO 8601 YYYY-MM-DD, such as 2026-03-02 (Vietnam days).',
  serialize: toIsoDate,
  parseValue: toIsoDate,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('Date must be a string', { nodes: ast });
    return toIsoDate(ast.value);
  },
});
