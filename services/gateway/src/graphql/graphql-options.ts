import { MercuriusDriver, type MercuriusDriverConfig } from '@nestjs/mercurius';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { GatewayConfig } from '../config/gateway.config';
import { depthLimitRule } from './depth-limit.rule';
import { formatGraphqlErrors } from './error-formatter';
import type { GatewayContext } from './gateway-context';

export const GRAPHQL_PATH = '/graphql';

/** Mercurius on the Fastify app: schema from the code, built in memory (generate-schema prints it). */
export function graphqlOptions(config: GatewayConfig): MercuriusDriverConfig {
  return {
    driver: MercuriusDriver,
    autoSchemaFile: true,
    sortSchema: true,
    path: GRAPHQL_PATH,
    graphiql: config.graphiql,
    // Not mercurius' `queryDepth`: it counts introspection against the limit and breaks GraphiQL.
    validationRules: [depthLimitRule(config.GRAPHQL_QUERY_DEPTH)],
    errorFormatter: formatGraphqlErrors,
    context: (req: FastifyRequest, reply: FastifyReply): GatewayContext => ({ req, reply }),
  };
}
