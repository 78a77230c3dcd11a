import type { ProcedureLevel } from '@motcua/contracts';

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
 * One routing rule (DOMAIN §6). A null criterion matches anything; a list criterion holds when
 * the dossier's value is in the list (so an empty list matches nothing).
 */
export interface RoutingRule {
  id: string;
  /** Lower is checked first. */
  priority: number;
  procedureCodes: string[] | null;
  fieldCodes: string[] | null;
  level: ProcedureLevel | null;
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
  /** The jurisdiction unit in force on the receipt date (after following successors). */
  jurisdictionUnitCode: string;
  /** Receipt date in Vietnam time, `YYYY-MM-DD`. */
  receiptDate: string;
}

function inList(list: readonly string[] | null, value: string): boolean {
  return list === null || list.includes(value);
}

/** True when the rule is in force on the receipt date and every criterion it sets holds. */
export function ruleMatches(rule: RoutingRule, facts: DossierFacts): boolean {
  // ISO dates compare correctly as strings.
  const inForce =
    rule.validFrom <= facts.receiptDate &&
    (rule.validTo === null || facts.receiptDate <= rule.validTo);
  return (
    inForce &&
    inList(rule.procedureCodes, facts.procedureCode) &&
    inList(rule.fieldCodes, facts.fieldCode) &&
    (rule.level === null || rule.level === facts.level) &&
    inList(rule.jurisdictionUnitCodes, facts.jurisdictionUnitCode)
  );
}

/** Orders rules as they are checked: priority ascending, then id, so ties are deterministic. */
export function compareRules(a: RoutingRule, b: RoutingRule): number {
  return a.priority - b.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The first rule, in priority order, that matches the dossier; undefined when none does. */
export function firstMatchingRule(
  rules: readonly RoutingRule[],
  facts: DossierFacts,
): RoutingRule | undefined {
  return [...rules].sort(compareRules).find((rule) => ruleMatches(rule, facts));
}
