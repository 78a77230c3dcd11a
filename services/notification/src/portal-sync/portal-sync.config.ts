import { z } from 'zod';
import { env } from '@motcua/platform';

/** Where and how one tenant's dossiers go: a bearer token or basic credentials, exactly one. */
export const portalEndpointSchema = z
  .strictObject({
    url: z.url({ protocol: /^https?$/ }),
    bearerToken: z.string().min(1).optional(),
    basicAuth: z
      .string()
      .regex(/^[^:]+:.+$/, 'must be user:password')
      .optional(),
  })
  .refine((e) => (e.bearerToken ? 1 : 0) + (e.basicAuth ? 1 : 0) === 1, {
    message: 'needs exactly one of bearerToken, basicAuth',
  });
export type PortalEndpoint = z.infer<typeof portalEndpointSchema>;

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

/**
 * National portal sync settings (DOMAIN §8). Unset PORTAL_SYNC_URL and PORTAL_SYNC_ENDPOINTS:
 * sync disabled. PORTAL_SYNC_ENDPOINTS (JSON `{ "<tenant>": { url, bearerToken | basicAuth } }`)
 * overrides the global endpoint per tenant.
 */
export const portalSyncEnvShape = {
  PORTAL_SYNC_URL: z.preprocess(blankToUndefined, z.url({ protocol: /^https?$/ }).optional()),
  PORTAL_SYNC_BEARER_TOKEN: z.preprocess(blankToUndefined, z.string().optional()),
  /** `user:password` for HTTP basic authentication. */
  PORTAL_SYNC_BASIC_AUTH: z.preprocess(blankToUndefined, z.string().optional()),
  PORTAL_SYNC_ENDPOINTS: z.preprocess((v) => {
    const s = blankToUndefined(v);
    if (typeof s !== 'string') return s;
    try {
      return JSON.parse(s) as unknown;
    } catch {
      return s;
    }
  }, z.record(z.string(), portalEndpointSchema).optional()),
  PORTAL_SYNC_RETRY_BASE_MS: env.int(5000, 1),
  PORTAL_SYNC_MAX_ATTEMPTS: env.int(8, 1),
  PORTAL_SYNC_TIMEOUT_MS: env.int(10_000, 100),
  PORTAL_SYNC_POLL_MS: env.int(10_000, 10),
};

export interface PortalSyncSettings {
  PORTAL_SYNC_URL?: string;
  PORTAL_SYNC_BEARER_TOKEN?: string;
  PORTAL_SYNC_BASIC_AUTH?: string;
  PORTAL_SYNC_ENDPOINTS?: Record<string, PortalEndpoint>;
}

/** The global endpoint, validated like a per-tenant one (throws at boot when half configured). */
export function globalPortalEndpoint(config: PortalSyncSettings): PortalEndpoint | null {
  if (!config.PORTAL_SYNC_URL) {
    if (config.PORTAL_SYNC_BEARER_TOKEN || config.PORTAL_SYNC_BASIC_AUTH)
      throw new Error('PORTAL_SYNC_BEARER_TOKEN/BASIC_AUTH set without PORTAL_SYNC_URL');
    return null;
  }
  const parsed = portalEndpointSchema.safeParse({
    url: config.PORTAL_SYNC_URL,
    bearerToken: config.PORTAL_SYNC_BEARER_TOKEN,
    basicAuth: config.PORTAL_SYNC_BASIC_AUTH,
  });
  if (!parsed.success)
    throw new Error(`PORTAL_SYNC_*: ${parsed.error.issues.map((i) => i.message).join('; ')}`);
  return parsed.data;
}
