import { z } from 'zod';

/** Where the demo app receives its sign-in code (read from the redirect, nothing serves it). */
export const DEMO_APP_REDIRECT_URI = 'http://127.0.0.1/callback';

const SHAPE = 'a comma-separated list of absolute http(s) URLs without a fragment';

/**
 * `IDENTITY_APP_REDIRECT_URIS`: the exact app URLs a sign-in may hand its one-time code to
 * (compared as strings, RFC 9700 §2.1: no prefixes, no wildcards). The demo app's by default.
 */
export const appRedirectUrisEnvSchema = z
  .string()
  .default(DEMO_APP_REDIRECT_URI)
  .transform((value, ctx): string[] => {
    const entries = value
      .split(',')
      .map((entry) => entry.trim())
      .filter((entry) => entry !== '');
    if (entries.length === 0) {
      ctx.addIssue({ code: 'custom', message: `must list at least one URL: ${SHAPE}` });
      return z.NEVER;
    }
    for (const entry of entries) {
      if (!isRedirectUri(entry)) {
        ctx.addIssue({ code: 'custom', message: `${entry} is not valid: ${SHAPE}` });
        return z.NEVER;
      }
    }
    return [...new Set(entries)];
  });

function isRedirectUri(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hash === '';
  } catch {
    return false;
  }
}
