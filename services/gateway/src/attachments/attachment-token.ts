import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { attachmentContentTypeSchema } from '@motcua/contracts';

/** How long a signed upload or download URL stays valid. */
export const ATTACHMENT_TOKEN_TTL_MS = 10 * 60 * 1000;

const claimsSchema = z.object({
  attachmentId: z.uuid(),
  tenant: z.string().min(1),
  action: z.enum(['upload', 'download']),
  contentType: attachmentContentTypeSchema,
  /** Largest body an upload may send (bytes); 0 for downloads. */
  maxSize: z.number().int().nonnegative(),
  /** Expiry, epoch milliseconds. */
  exp: z.number().int(),
});
export type AttachmentClaims = z.infer<typeof claimsSchema>;

/** `<base64url claims>.<base64url HMAC-SHA256>`: the URL is the authorization. */
export function signAttachmentToken(claims: AttachmentClaims, key: string): string {
  const body = Buffer.from(JSON.stringify(claims)).toString('base64url');
  return `${body}.${mac(body, key)}`;
}

/** The claims of a genuine, unexpired token of the given action; undefined otherwise. */
export function verifyAttachmentToken(
  token: string,
  key: string,
  action: AttachmentClaims['action'],
  now: Date,
): AttachmentClaims | undefined {
  const [body, signature, ...rest] = token.split('.');
  if (!body || !signature || rest.length > 0) return undefined;
  const expected = Buffer.from(mac(body, key));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
  const parsed = claimsSchema.safeParse(json);
  if (!parsed.success || parsed.data.action !== action || parsed.data.exp <= now.getTime())
    return undefined;
  return parsed.data;
}

function mac(body: string, key: string): string {
  return createHmac('sha256', key).update(body).digest('base64url');
}
