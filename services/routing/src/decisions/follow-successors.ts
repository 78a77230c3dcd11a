import { successorCodesOf, type AdministrativeUnit } from '@motcua/contracts';

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

/**
 * The units in force on `date` that hold the territory of the unit `code` names: the unit itself
 * while in force (or not yet dissolved), else every successor, followed transitively (a split
 * leaves several). Empty when the unit is unknown or ended without a successor.
 */
export async function territoryInForceOn(
  code: string,
  date: string,
  lookup: UnitLookup,
): Promise<string[]> {
  const result: string[] = [];
  const seen = new Set<string>();
  let frontier = [code];
  for (let hop = 0; frontier.length && hop <= MAX_SUCCESSOR_HOPS; hop += 1) {
    const next: string[] = [];
    for (const c of frontier) {
      if (seen.has(c)) continue;
      seen.add(c);
      const unit = await lookup(c);
      if (!unit) continue;
      if (unit.validTo === null || unit.validTo >= date) result.push(unit.code);
      else next.push(...successorCodesOf(unit));
    }
    frontier = next;
  }
  return result;
}

/** Guards against a parent loop in broken data; real hierarchies have at most three levels. */
export const MAX_ANCESTORS = 6;

/** The codes of the units above `unit`, nearest first (commune → province). */
export async function ancestorsOf(unit: AdministrativeUnit, lookup: UnitLookup): Promise<string[]> {
  const ancestors: string[] = [];
  let parentCode = unit.parentCode;
  while (parentCode && ancestors.length < MAX_ANCESTORS && !ancestors.includes(parentCode)) {
    ancestors.push(parentCode);
    const parent = await lookup(parentCode);
    parentCode = parent?.parentCode ?? null;
  }
  return ancestors;
}
