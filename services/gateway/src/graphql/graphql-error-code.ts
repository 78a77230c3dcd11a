/**
 * Codes of errors the GraphQL layer itself raises, next to the domain's `ErrorCode`s in
 * `extensions.code`. Never rename one.
 */
export const GraphqlErrorCode = {
  /** The document is not GraphQL. */
  ParseFailed: 'GRAPHQL_PARSE_FAILED',
  /** The document does not validate against the schema (or is too deep). */
  ValidationFailed: 'GRAPHQL_VALIDATION_FAILED',
  /** A variable does not fit its declared type. */
  BadUserInput: 'BAD_USER_INPUT',
} as const;
export type GraphqlErrorCode = (typeof GraphqlErrorCode)[keyof typeof GraphqlErrorCode];
