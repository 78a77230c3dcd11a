import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { baseEnvSchema, env, loadConfig } from '@motcua/platform';
import {
  attachmentStoreConfig,
  attachmentStoreEnvShape,
  requireS3Settings,
  type AttachmentStoreConfig,
} from './attachment-store.config';
import { publicUrlEnvSchema, publicUrlOf } from './public-url.config';

/** The gateway owns no database: only NATS and its HTTP side are configured. */
export const gatewayEnvSchema = baseEnvSchema
  .extend({
    HTTP_PORT: env.port(3000),
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    /** GraphiQL at /graphiql; defaults to on outside production. */
    GRAPHIQL: z.enum(['true', 'false']).optional(),
    /** Deepest selection a query may nest (mercurius `queryDepth`). */
    GRAPHQL_QUERY_DEPTH: env.int(10, 1),
    /** Most root fields (aliases included) and most field selections in all per operation. */
    GRAPHQL_MAX_ROOT_FIELDS: env.int(25, 1),
    GRAPHQL_MAX_FIELDS: env.int(1000, 1),
    /** The `iss` of platform access tokens (identity signs them with the same value). */
    PLATFORM_TOKEN_ISSUER: z.string().min(1).default('urn:motcua:platform'),
    /** Leeway for `exp`/`nbf` of platform tokens against a clock slightly off identity's. */
    PLATFORM_TOKEN_CLOCK_TOLERANCE_S: env.int(5, 0),
    /** Verified platform tokens kept in memory (per token hash, until they expire; 0: none). */
    GATEWAY_TOKEN_CACHE_SIZE: env.int(10_000, 0),
    /** Age after which identity's public keys are fetched again (in the background). */
    GATEWAY_JWKS_REFRESH_S: env.int(300, 1),
    /** A token naming an unknown key refetches the keys at most once per this many seconds. */
    GATEWAY_JWKS_UNKNOWN_KID_COOLDOWN_S: env.int(30, 0),
    /** Requests to /auth/token and /auth/revoke per client address and minute. */
    TOKEN_REQUESTS_PER_MINUTE: env.int(60, 1),
    /** Public lookups by code and phone (tracking, rating) per client address and minute. */
    PUBLIC_LOOKUPS_PER_MINUTE: env.int(30, 1),
    /** Queue tickets a kiosk (one client address) may take per minute (takeQueueTicket). */
    QUEUE_TICKETS_PER_MINUTE: env.int(60, 1),
    /** Address of the gateway as browsers reach it (sign-in callbacks); http://127.0.0.1:<port> by default. */
    GATEWAY_PUBLIC_URL: publicUrlEnvSchema,
    /** Sign-ins started (GET /auth/login) per client address and minute. */
    SIGN_IN_REQUESTS_PER_MINUTE: env.int(30, 1),
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
  /** GATEWAY_PUBLIC_URL without a trailing slash, or the loopback address of HTTP_PORT. */
  publicUrl: string;
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
    publicUrl: publicUrlOf(config),
  };
}
