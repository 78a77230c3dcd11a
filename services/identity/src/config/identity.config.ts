import { baseEnvSchema, databaseEnvSchema, env, loadConfig } from '@motcua/platform';
import { z } from 'zod';
import { issuersEnvSchema } from './issuers.schema';

export const identityEnvSchema = baseEnvSchema.extend(databaseEnvSchema.shape).extend({
  HTTP_PORT: env.port(3104),
  /** JSON array of the issuers whose access tokens are accepted (see issuers.schema.ts). */
  IDENTITY_ISSUERS: issuersEnvSchema,
  /** Seconds a resolved principal stays cached (never past the token's expiry). */
  IDENTITY_PRINCIPAL_CACHE_TTL_S: env.int(60, 0),
  /** Most principals kept in memory; the oldest go first. */
  IDENTITY_PRINCIPAL_CACHE_SIZE: env.int(10_000, 1),
  /** Leeway for exp/nbf against clocks of the issuers that run slightly ahead or behind. */
  IDENTITY_CLOCK_TOLERANCE_S: env.int(30, 0),
  /** Timeout of discovery and JWKS requests to an issuer. */
  IDENTITY_ISSUER_TIMEOUT_MS: env.int(5000, 100),
});
export type IdentityConfig = z.output<typeof identityEnvSchema>;

/** Injection token of the validated config. */
export const IDENTITY_CONFIG = Symbol('IDENTITY_CONFIG');

export function loadIdentityConfig(
  source: Record<string, string | undefined> = process.env,
): IdentityConfig {
  return loadConfig('identity', identityEnvSchema, source);
}
