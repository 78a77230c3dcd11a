import { baseEnvSchema, databaseEnvSchema, env, loadConfig } from '@motcua/platform';
import { z } from 'zod';
import { appRedirectUrisEnvSchema } from './app-redirect-uris.schema';
import { issuersEnvSchema } from './issuers.schema';

/**
 * Pepper of the personal ID hashes outside production. Demo only: anyone who reads this file can
 * test a guessed personal ID against a stolen person table.
 */
export const DEMO_PERSON_ID_PEPPER = 'motcua-demo-person-id-pepper-not-for-production';

const HOUR = 3600;

export const identityEnvSchema = baseEnvSchema
  .extend(databaseEnvSchema.shape)
  .extend({
    HTTP_PORT: env.port(3104),
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    /** JSON array of the upstream issuers whose tokens are accepted (see issuers.schema.ts). */
    IDENTITY_ISSUERS: issuersEnvSchema,
    /** Leeway for exp/nbf against clocks that run slightly ahead or behind (upstream and ours). */
    IDENTITY_CLOCK_TOLERANCE_S: env.int(30, 0),
    /** Timeout of discovery and JWKS requests to an upstream issuer. */
    IDENTITY_ISSUER_TIMEOUT_MS: env.int(5000, 100),
    /** Exact app URLs a sign-in may redirect to with its one-time code (comma-separated). */
    IDENTITY_APP_REDIRECT_URIS: appRedirectUrisEnvSchema,
    /** `iss` of the platform access tokens; the gateway accepts this issuer only. */
    PLATFORM_TOKEN_ISSUER: z
      .string()
      .regex(/^(https?:\/\/\S+|urn:[a-z0-9][a-z0-9-]*:\S+)$/i, 'must be an https URL or a URN')
      .default('urn:motcua:platform'),
    /** Lifetime of a platform access token. */
    IDENTITY_ACCESS_TOKEN_TTL_S: env.int(600, 60),
    /** Lifetime of a staff refresh token (each use answers a new one with a fresh lifetime). */
    IDENTITY_REFRESH_TOKEN_TTL_S: env.int(8 * HOUR, 60),
    /** Lifetime of a citizen refresh token. Integrators get none: they hold their credentials. */
    IDENTITY_CITIZEN_REFRESH_TOKEN_TTL_S: env.int(8 * HOUR, 60),
    /** Days a signing key signs before the next one takes over. */
    IDENTITY_KEY_ROTATION_DAYS: env.int(30, 1),
    /**
     * Least time a new key is published before it signs, when it cannot be the full rotation
     * period (identity was down past a planned rotation): verifiers cache the JWKS meanwhile.
     */
    IDENTITY_KEY_PUBLISH_LEAD_S: env.int(HOUR, 0),
    /** How often the signing keys are checked (rotation, dropping retired keys); 0 = boot only. */
    IDENTITY_KEY_CHECK_SECONDS: env.int(HOUR, 0),
    /**
     * HMAC key of the personal ID hashes that key the person table. Required in production;
     * changing it orphans every person (the IDs are not kept to re-hash them).
     */
    IDENTITY_PERSON_ID_PEPPER: z
      .string()
      .min(32, 'must be at least 32 characters (a random secret)')
      .optional(),
  })
  .refine((c) => c.NODE_ENV !== 'production' || c.IDENTITY_PERSON_ID_PEPPER !== undefined, {
    path: ['IDENTITY_PERSON_ID_PEPPER'],
    message: 'is required in production (a random secret of at least 32 characters)',
  })
  .refine((c) => c.IDENTITY_KEY_PUBLISH_LEAD_S < c.IDENTITY_KEY_ROTATION_DAYS * 24 * HOUR, {
    path: ['IDENTITY_KEY_PUBLISH_LEAD_S'],
    message: 'must be shorter than the rotation period (IDENTITY_KEY_ROTATION_DAYS)',
  });

export type IdentityConfig = Omit<
  z.output<typeof identityEnvSchema>,
  'IDENTITY_PERSON_ID_PEPPER'
> & {
  /** The configured pepper, or the demo one outside production. */
  IDENTITY_PERSON_ID_PEPPER: string;
};

/** Injection token of the validated config. */
export const IDENTITY_CONFIG = Symbol('IDENTITY_CONFIG');

export function loadIdentityConfig(
  source: Record<string, string | undefined> = process.env,
): IdentityConfig {
  const config = loadConfig('identity', identityEnvSchema, source);
  return {
    ...config,
    IDENTITY_PERSON_ID_PEPPER: config.IDENTITY_PERSON_ID_PEPPER ?? DEMO_PERSON_ID_PEPPER,
  };
}
