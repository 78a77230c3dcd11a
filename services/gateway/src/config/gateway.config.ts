import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { baseEnvSchema, env, loadConfig } from '@motcua/platform';
import {
  attachmentStoreConfig,
  attachmentStoreEnvShape,
  requireS3Settings,
  type AttachmentStoreConfig,
} from './attachment-store.config';

/** The gateway owns no database: only NATS and its HTTP side are configured. */
export const gatewayEnvSchema = baseEnvSchema
  .extend({
    HTTP_PORT: env.port(3000),
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    /** GraphiQL at /graphiql; defaults to on outside production. */
    GRAPHIQL: z.enum(['true', 'false']).optional(),
    /** Deepest selection a query may nest (mercurius `queryDepth`). */
    GRAPHQL_QUERY_DEPTH: env.int(10, 1),
    /** Resolved principals kept in memory (per token hash). */
    GATEWAY_PRINCIPAL_CACHE_SIZE: env.int(10_000, 1),
    /** Public lookups by code and phone (tracking, rating) per client address and minute. */
    PUBLIC_LOOKUPS_PER_MINUTE: env.int(30, 1),
    /** HMAC key of the attachment upload/download URLs; required in production. */
    ATTACHMENT_SIGNING_KEY: z.string().min(32).optional(),
    ...attachmentStoreEnvShape,
  })
  .refine((c) => c.NODE_ENV !== 'production' || c.ATTACHMENT_SIGNING_KEY !== undefined, {
    path: ['ATTACHMENT_SIGNING_KEY'],
    message: 'is required in production (at least 32 characters)',
  })
  .check(requireS3Settings);

export type GatewayConfig = z.output<typeof gatewayEnvSchema> & {
  graphiql: boolean;
  attachmentSigningKey: string;
  attachmentStore: AttachmentStoreConfig;
};

/** Injection token of the validated config. */
export const GATEWAY_CONFIG = Symbol('GATEWAY_CONFIG');

export function loadGatewayConfig(
  source: Record<string, string | undefined> = process.env,
): GatewayConfig {
  const config = loadConfig('gateway', gatewayEnvSchema, source);
  return {
    ...config,
    graphiql: config.GRAPHIQL ? config.GRAPHIQL === 'true' : config.NODE_ENV !== 'production',
    // Outside production a per-process random key will do: its URLs die with the process.
    attachmentSigningKey: config.ATTACHMENT_SIGNING_KEY ?? randomBytes(32).toString('hex'),
    attachmentStore: attachmentStoreConfig(config),
  };
}
