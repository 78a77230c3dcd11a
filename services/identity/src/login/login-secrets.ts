import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A fresh one-time code: 32 random bytes, base64url (256 bits, RFC 6749 §10.10). */
export function newOneTimeCode(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * How random values (state, one-time codes) are stored: their SHA-256, base64url. They carry
 * 128+ bits of entropy, so a plain hash is enough to make a stolen row useless.
 */
export function secretHash(value: string): string {
  return createHash('sha256').update(value, 'utf8').digest('base64url');
}

/** RFC 7636 §4.2: the S256 challenge of a code verifier. */
export function s256Challenge(codeVerifier: string): string {
  return createHash('sha256').update(codeVerifier, 'ascii').digest('base64url');
}

/** Whether the verifier matches the challenge, compared in constant time. */
export function verifierMatches(codeVerifier: string, codeChallenge: string): boolean {
  const actual = Buffer.from(s256Challenge(codeVerifier));
  const expected = Buffer.from(codeChallenge);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
