import { createHmac } from 'node:crypto';

/**
 * The key of a person: HMAC-SHA256 of the personal ID under a secret pepper, so the person table
 * alone does not let anyone test guesses (there are few enough IDs to try them all).
 */
export function personalIdHash(pepper: string, personalId: string): string {
  return createHmac('sha256', pepper).update(personalId, 'utf8').digest('hex');
}
