/** e-ID assurance level (Decree 69/2024): 1 = basic account, 2 = verified in person or by chip. */
export type AssuranceLevel = 1 | 2;

/**
 * Reads the level from an issuer's assurance claim, tolerantly: 1 or 2 as a number or a string,
 * or an identifier ending in the level ('urn:vneid:loa:2', 'urn:motcua:vneid:level-2', 'loa2').
 * Anything else counts as level 1: an unreadable claim must never grant more.
 */
export function assuranceLevel(value: unknown): AssuranceLevel {
  if (value === 2 || value === '2') return 2;
  if (typeof value !== 'string') return 1;
  // The level is the last digit, standing alone (…:2, …-2, …level2), not the end of a number (…12).
  const match = /(?:^|\D)([12])\s*$/.exec(value.trim());
  return match?.[1] === '2' ? 2 : 1;
}
