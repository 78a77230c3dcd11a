/**
 * Webhook signatures (Standard Webhooks scheme), shared by the platform that signs and by
 * integrators that verify; WebCrypto only, so it runs in Node 20+ and browsers alike.
 *
 * Headers: `webhook-id` (the delivery id, the same on every retry), `webhook-timestamp` (Unix
 * seconds of this attempt) and `webhook-signature: v1,<base64 HMAC-SHA256>` over
 * `${id}.${timestamp}.${body}` keyed with the base64 part of the `whsec_...` secret.
 */
export const WEBHOOK_SECRET_PREFIX = 'whsec_';
/** Receivers reject a timestamp further than this from their clock (either way). */
export const WEBHOOK_TOLERANCE_SECONDS = 5 * 60;

export interface WebhookHeaders {
  'webhook-id': string;
  'webhook-timestamp': string;
  'webhook-signature': string;
}

function secretBytes(secret: string): Uint8Array<ArrayBuffer> {
  const encoded = secret.startsWith(WEBHOOK_SECRET_PREFIX)
    ? secret.slice(WEBHOOK_SECRET_PREFIX.length)
    : secret;
  return Uint8Array.from(atob(encoded), (c) => c.charCodeAt(0));
}

function toBase64(bytes: ArrayBuffer): string {
  return btoa(String.fromCharCode(...new Uint8Array(bytes)));
}

async function hmac(secret: string, content: string): Promise<string> {
  const key = await crypto.subtle.importKey(
    'raw',
    secretBytes(secret),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  return toBase64(await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(content)));
}

/** The headers of one delivery attempt of `body` (the exact bytes sent). */
export async function signWebhook(
  secret: string,
  id: string,
  body: string,
  at: Date,
): Promise<WebhookHeaders> {
  const timestamp = String(Math.floor(at.getTime() / 1000));
  return {
    'webhook-id': id,
    'webhook-timestamp': timestamp,
    'webhook-signature': `v1,${await hmac(secret, `${id}.${timestamp}.${body}`)}`,
  };
}

export type WebhookVerification =
  { ok: true } | { ok: false; reason: 'MISSING_HEADERS' | 'STALE_TIMESTAMP' | 'BAD_SIGNATURE' };

/** Constant-time comparison of two strings (signatures). */
function sameText(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

/**
 * What a receiver runs on the RAW body (before parsing JSON): rejects a timestamp outside the
 * tolerance (replays) and any signature that is not ours. `webhook-signature` may hold several
 * space-separated `v1,...` values (during a secret rotation); one match is enough.
 */
export async function verifyWebhook(
  secret: string,
  headers: Partial<Record<keyof WebhookHeaders, string | undefined>>,
  body: string,
  now: Date = new Date(),
): Promise<WebhookVerification> {
  const id = headers['webhook-id'];
  const timestamp = headers['webhook-timestamp'];
  const signatures = headers['webhook-signature'];
  if (!id || !timestamp || !signatures) return { ok: false, reason: 'MISSING_HEADERS' };
  const seconds = Number(timestamp);
  if (
    !/^\d+$/.test(timestamp) ||
    Math.abs(now.getTime() / 1000 - seconds) > WEBHOOK_TOLERANCE_SECONDS
  )
    return { ok: false, reason: 'STALE_TIMESTAMP' };
  const expected = await hmac(secret, `${id}.${timestamp}.${body}`);
  const match = signatures
    .split(' ')
    .some((s) => s.startsWith('v1,') && sameText(s.slice(3), expected));
  return match ? { ok: true } : { ok: false, reason: 'BAD_SIGNATURE' };
}
