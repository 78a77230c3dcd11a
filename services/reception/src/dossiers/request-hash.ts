import { createHash } from 'node:crypto';
import { canonicalJson } from '@motcua/contracts';

/** Fingerprint of a submission, to tell an honest retry from a reused idempotency key. */
export function requestHash(request: object): string {
  return createHash('sha256').update(canonicalJson(request)).digest('hex');
}
