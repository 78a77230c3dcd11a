import type { Channel, ProcedureLevel } from '@motcua/contracts';

export const RoutingTargetKind = {
  /** A fixed agency, by its electronic agency code. */
  Agency: 'AGENCY',
  /** The commune People's Committee of the dossier's jurisdiction unit. */
  JurisdictionCommittee: 'JURISDICTION_COMMITTEE',
} as const;
export type RoutingTargetKind = (typeof RoutingTargetKind)[keyof typeof RoutingTargetKind];

export type RoutingTarget =
  { kind: 'AGENCY'; agencyCode: string } | { kind: 'JURISDICTION_COMMITTEE' };

/**
 * One version of a routing rule (DOMAIN §6). A null criterion matches anything; a list criterion
 * holds when the dossier's value is in the list (so an empty list matches nothing).
 */
export interface RoutingRule {
  id: string;
  /** Versions of one rule follow each other in time; a decision names the version it used. */
  version: number;
  /** Lower is checked first. */
  priority: number;
  procedureCodes: string[] | null;
  fieldCodes: string[] | null;
  level: ProcedureLevel | null;
  channels: Channel[] | null;
  /**
   * Units whose territory the rule covers: the dossier's jurisdiction unit or any unit above it.
   * A unit that ended stands for the units that took over its territory (see RuleUnitsInForce).
   */
  jurisdictionUnitCodes: string[] | null;
  target: RoutingTarget;
  /** First day the rule applies, `YYYY-MM-DD` (Vietnam date). */
  validFrom: string;
  /** Last day the rule applies (inclusive), or null while in force. */
  validTo: string | null;
}

/** What a rule is matched against. */
export interface DossierFacts {
  procedureCode: string;
  fieldCode: string;
  level: ProcedureLevel;
  channel: Channel;
  /**
   * The jurisdiction unit in force on the receipt date (after following successors), then the
   * units above it, nearest first: `['00073', '00070', '01']`.
   */
  jurisdictionUnits: readonly string[];
  /** Receipt date in Vietnam time, `YYYY-MM-DD`. */
  receiptDate: string;
}

/**
 * For a unit code a rule names, the codes holding its territory on the receipt date: the unit
 * itself while in force, else its successors. A code missing from the map stands for itself.
 */
export type RuleUnitsInForce = ReadonlyMap<string, readonly string[]>;

/** How a rule's unit criterion held. */
export interface UnitMatch {
  /** The code the rule names. */
  named: string;
  /** The unit in force the named code stands for (itself, or a successor). */
  inForce: string;
  /** The dossier's jurisdiction unit. */
  dossierUnit: string;
  /** 0: the dossier's unit itself; 1: its parent; 2: the parent's parent… */
  depth: number;
}

export interface RuleMatch {
  rule: RoutingRule;
  /** Null when the rule sets no unit criterion. */
  unit: UnitMatch | null;
}

function inList<T extends string>(list: readonly T[] | null, value: T): boolean {
  return list === null || list.includes(value);
}

/** True when the rule is in force on the day: from validFrom through validTo, inclusive. */
export function ruleInForce(rule: RoutingRule, date: string): boolean {
  // ISO dates compare correctly as strings.
  return rule.validFrom <= date && (rule.validTo === null || date <= rule.validTo);
}

/** True when the rule is in force and every criterion except the unit one holds. */
export function criteriaHold(rule: RoutingRule, facts: DossierFacts): boolean {
  return (
    ruleInForce(rule, facts.receiptDate) &&
    inList(rule.procedureCodes, facts.procedureCode) &&
    inList(rule.fieldCodes, facts.fieldCode) &&
    (rule.level === null || rule.level === facts.level) &&
    inList(rule.channels, facts.channel)
  );
}

/**
 * How the rule's unit criterion holds: the nearest of the dossier's units (itself first, then its
 * ancestors) that one of the rule's units stands for on the receipt date. Undefined when none.
 */
export function unitCriterionMatch(
  rule: RoutingRule,
  facts: DossierFacts,
  unitsInForce: RuleUnitsInForce,
): UnitMatch | null | undefined {
  if (rule.jurisdictionUnitCodes === null) return null;
  let best: UnitMatch | undefined;
  for (const named of rule.jurisdictionUnitCodes) {
    for (const inForce of unitsInForce.get(named) ?? [named]) {
      const depth = facts.jurisdictionUnits.indexOf(inForce);
      if (depth >= 0 && (best === undefined || depth < best.depth))
        best = { named, inForce, dossierUnit: facts.jurisdictionUnits[0], depth };
    }
  }
  return best;
}

/** The match when the rule is in force and every criterion it sets holds; undefined otherwise. */
export function matchRule(
  rule: RoutingRule,
  facts: DossierFacts,
  unitsInForce: RuleUnitsInForce = new Map(),
): RuleMatch | undefined {
  if (!criteriaHold(rule, facts)) return undefined;
  const unit = unitCriterionMatch(rule, facts, unitsInForce);
  return unit === undefined ? undefined : { rule, unit };
}

/** Orders rules as they are checked: priority ascending, then id, so ties are deterministic. */
export function compareRules(a: RoutingRule, b: RoutingRule): number {
  return a.priority - b.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : a.version - b.version);
}

/** The first rule, in priority order, that matches the dossier; undefined when none does. */
export function firstMatchingRule(
  rules: readonly RoutingRule[],
  facts: DossierFacts,
  unitsInForce: RuleUnitsInForce = new Map(),
): RuleMatch | undefined {
  for (const rule of [...rules].sort(compareRules)) {
    const match = matchRule(rule, facts, unitsInForce);
    if (match) return match;
  }
  return undefined;
}
