import { MercuriusDriver, type MercuriusDriverConfig } from '@nestjs/mercurius';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { GatewayConfig } from '../config/gateway.config';
import type { LiveConnections } from '../live/live-connections';
import { validateSubscriptions } from '../live/subscription-validation';
import { traceErrors, traceOperation } from '../telemetry/graphql-tracing';
import { depthLimitRule } from './depth-limit.rule';
import { formatGraphqlErrors } from './error-formatter';
import { selectionLimitRule } from './selection-limit.rule';
import { rejectUnsafeText } from './unsafe-text';
import type { GatewayContext } from './gateway-context';

export const GRAPHQL_PATH = '/graphql';

/**
 * Mercurius on the Fastify app: schema from the code, built in memory (generate-schema prints it);
 * subscriptions over WebSocket on the same path (see live/).
 */
export function graphqlOptions(
  config: GatewayConfig,
  live: LiveConnections,
): MercuriusDriverConfig {
  const depthLimit = depthLimitRule(config.GRAPHQL_QUERY_DEPTH);
  const selectionLimit = selectionLimitRule({
    maxRootFields: config.GRAPHQL_MAX_ROOT_FIELDS,
    maxFields: config.GRAPHQL_MAX_FIELDS,
  });
  return {
    driver: MercuriusDriver,
    autoSchemaFile: true,
    sortSchema: true,
    path: GRAPHQL_PATH,
    graphiql: config.graphiql,
    // Not mercurius' `queryDepth`: it counts introspection against the limit and breaks GraphiQL.
    validationRules: [depthLimit, selectionLimit],
    errorFormatter: formatGraphqlErrors,
    context: (req: FastifyRequest, reply: FastifyReply): GatewayContext => ({ req, reply }),
    subscription: live.options(),
    hooks: {
      // Named first, so that a refused operation's span is named too.
      preExecution: [traceOperation, rejectUnsafeText],
      onResolution: traceErrors,
      preSubscriptionExecution: validateSubscriptions([depthLimit, selectionLimit]),
    },
  };
}
