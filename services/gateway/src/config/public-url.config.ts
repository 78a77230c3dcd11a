import { z } from 'zod';

/**
 * `GATEWAY_PUBLIC_URL`: the gateway's address as browsers reach it (behind the load balancer,
 * with a path prefix if any). Sign-in callbacks are built from it, never from a request's Host
 * header, and the providers have `<it>/auth/callback` registered as redirect URI.
 */
export const publicUrlEnvSchema = z
  .string()
  .optional()
  .refine((value) => value === undefined || isPublicUrl(value), {
    message:
      'must be an absolute http(s) URL without query or fragment, e.g. https://motcua.gov.vn',
  });

/** The configured public URL without a trailing slash, or the loopback address of the port. */
export function publicUrlOf(config: { GATEWAY_PUBLIC_URL?: string; HTTP_PORT: number }): string {
  return (config.GATEWAY_PUBLIC_URL ?? `http://127.0.0.1:${config.HTTP_PORT}`).replace(/\/+$/, '');
}

function isPublicUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (
      (url.protocol === 'https:' || url.protocol === 'http:') &&
      url.search === '' &&
      url.hash === '' &&
      url.username === '' &&
      url.password === ''
    );
  } catch {
    return false;
  }
}
