import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

// RFC 3339 date-time with an offset, as the contracts carry instants.
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

function toIsoString(value: unknown): string {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString();
  if (typeof value === 'string' && ISO_DATE_TIME.test(value) && !Number.isNaN(Date.parse(value))) {
    return new Date(value).toISOString();
  }
  throw new GraphQLError(
    `DateTime must be an ISO 8601 date-time with offset, like 2026-03-02T01:30:00Z`,
  );
}

/**
 * An instant as an ISO 8601 string in UTC (`2026-03-02T01:30:00.000Z`). Resolvers hand over the
 * contracts' ISO strings as they are; Nest's own DateTime scalar only serializes `Date` objects.
 */
export const DateTimeScalar = new GraphQLScalarType<string, string>({
  name: 'DateTime',
  description: 'An instant as an ISO 8601 string in UTC, such as 2026-03-02T01:30:00.000Z.',
  serialize: toIsoString,
  parseValue: toIsoString,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING)
      throw new GraphQLError('DateTime must be a string', { nodes: ast });
    return toIsoString(ast.value);
  },
});
