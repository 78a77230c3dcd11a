import { inForceOn, type EffectiveDated } from '../validity/in-force';

/** Longer chains mean a loop or broken data; successors past this depth are not followed. */
export const MAX_SUCCESSOR_DEPTH = 10;

export interface SuccessorNode extends EffectiveDated {
  code: string;
  /** Main successor first. */
  successorCodes: readonly string[];
}

/** Loads the units with these codes (in any order; unknown codes are left out). */
export type UnitBatchLookup<U extends SuccessorNode> = (codes: string[]) => Promise<U[]>;

/**
 * The units in force on `day` that hold the territory of `start`: `start` itself while in force,
 * else its successors followed transitively, one hop per lookup, the main line first (several
 * after a split, each once). Nothing when `start` did not exist yet on `day`; a successor that
 * starts after `day` (a gap in the data) leads nowhere.
 */
export async function unitsInForceOn<U extends SuccessorNode>(
  start: U,
  day: string,
  lookup: UnitBatchLookup<U>,
): Promise<U[]> {
  if (inForceOn(start, day)) return [start];
  if (start.validFrom > day) return [];
  const found: U[] = [];
  const seen = new Set([start.code]);
  let frontier: U[] = [start];
  for (let depth = 0; depth < MAX_SUCCESSOR_DEPTH && frontier.length; depth++) {
    const wanted = frontier.flatMap((u) => u.successorCodes).filter((c) => !seen.has(c));
    const codes = [...new Set(wanted)];
    if (!codes.length) break;
    codes.forEach((c) => seen.add(c));
    const byCode = new Map((await lookup(codes)).map((u) => [u.code, u]));
    const next: U[] = [];
    for (const code of codes) {
      const unit = byCode.get(code);
      if (!unit) continue;
      if (inForceOn(unit, day)) found.push(unit);
      // Ended before the day: follow it further. Not started yet: a gap, nothing to follow.
      else if (unit.validTo !== null && unit.validTo < day) next.push(unit);
    }
    frontier = next;
  }
  return found;
}
