import type { AdministrativeUnit } from '@motcua/contracts';

/** Merges chain rarely; a longer chain means a loop or broken data, which a supervisor must see. */
export const MAX_SUCCESSOR_HOPS = 5;

export type UnitLookup = (code: string) => Promise<AdministrativeUnit | null>;

export type UnitOnDate =
  { found: true; unit: AdministrativeUnit } | { found: false; reason: string };

/**
 * The unit that holds a dossier's jurisdiction on its receipt date: the recorded unit, or, when it
 * was dissolved before that date, its successor (followed transitively, at most
 * {@link MAX_SUCCESSOR_HOPS} links).
 */
export async function unitInForceOn(
  code: string,
  receiptDate: string,
  lookup: UnitLookup,
): Promise<UnitOnDate> {
  let unit = await lookup(code);
  if (!unit) return { found: false, reason: `jurisdiction unit ${code} is not in the catalog` };
  const seen = new Set([unit.code]);
  // validTo is the last day the unit existed; ISO dates compare as strings.
  while (unit.validTo !== null && unit.validTo < receiptDate) {
    const dissolved: AdministrativeUnit = unit;
    const successor = dissolved.successorCode;
    if (!successor) {
      return {
        found: false,
        reason: `jurisdiction unit ${dissolved.code} was dissolved after ${dissolved.validTo} and has no successor`,
      };
    }
    if (seen.has(successor) || seen.size > MAX_SUCCESSOR_HOPS) {
      return {
        found: false,
        reason: `successor links from jurisdiction unit ${code} loop or exceed ${MAX_SUCCESSOR_HOPS} hops`,
      };
    }
    const next = await lookup(successor);
    if (!next)
      return {
        found: false,
        reason: `successor ${successor} of jurisdiction unit ${dissolved.code} is not in the catalog`,
      };
    seen.add(next.code);
    unit = next;
  }
  return { found: true, unit };
}
