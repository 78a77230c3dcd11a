import type { DossierFacts, RuleMatch, UnitMatch } from '../rules/rule-matcher';

export interface RoutedExplanation {
  match: RuleMatch;
  facts: DossierFacts;
  /** The jurisdiction unit the dossier recorded (it may have merged into the one in force). */
  recordedUnitCode: string;
  agency: { code: string; name: string };
}

function unitPart(u: UnitMatch): string {
  const notes = [
    ...(u.named !== u.inForce ? [`now ${u.inForce}`] : []),
    ...(u.depth > 0 ? [`ancestor of ${u.dossierUnit}`] : []),
  ];
  return notes.length ? `unit ${u.named} (${notes.join(', ')})` : `unit ${u.named}`;
}

/** The criteria the rule set, with the dossier's values that satisfied them. */
function criteriaParts({ match, facts }: Pick<RoutedExplanation, 'match' | 'facts'>): string[] {
  const { rule, unit } = match;
  const parts: string[] = [];
  if (rule.procedureCodes !== null) parts.push(`procedure ${facts.procedureCode}`);
  if (rule.fieldCodes !== null) parts.push(`field ${facts.fieldCode}`);
  if (rule.level !== null) parts.push(`${facts.level.toLowerCase()} level`);
  if (rule.channels !== null) parts.push(`channel ${facts.channel}`);
  if (unit) parts.push(unitPart(unit));
  return parts;
}

/**
 * Why a dossier went where it went, for people: the rule and version, what of the dossier it
 * matched, and the agency it named. E.g. `rule hanoi-100 v1 matched field G09-TP01, commune level,
 * unit 01 (ancestor of 00070) → committee of 00070: Ủy ban nhân dân phường Hoàn Kiếm (000.A0.02.H26)`.
 */
export function routedReason(e: RoutedExplanation): string {
  const { rule } = e.match;
  const parts = criteriaParts(e);
  const matched = parts.length ? parts.join(', ') : 'every dossier';
  const current = e.facts.jurisdictionUnits[0];
  const merged =
    e.recordedUnitCode !== current
      ? `; jurisdiction unit ${e.recordedUnitCode} is now ${current}`
      : '';
  const agency = `${e.agency.name} (${e.agency.code})`;
  const target =
    rule.target.kind === 'JURISDICTION_COMMITTEE' ? `committee of ${current}: ${agency}` : agency;
  return `rule ${rule.id} v${rule.version} matched ${matched}${merged} → ${target}`;
}
