import { GraphQLError, specifiedRules, validate, type ValidationRule } from 'graphql';
import type { preSubscriptionExecutionHookHandler } from 'mercurius';
import { GraphqlErrorCode } from '../graphql/graphql-error-code';

/**
 * Mercurius executes a subscription document without validating it: this hook validates it like
 * a query (the specified rules and the gateway's own, depth included) before it runs.
 */
export function validateSubscriptions(
  rules: readonly ValidationRule[],
): preSubscriptionExecutionHookHandler {
  const all = [...specifiedRules, ...rules];
  return (schema, document) => {
    const [first] = validate(schema, document, all);
    if (first)
      throw new GraphQLError(first.message, {
        nodes: first.nodes,
        extensions: { code: GraphqlErrorCode.ValidationFailed },
      });
    return Promise.resolve();
  };
}
