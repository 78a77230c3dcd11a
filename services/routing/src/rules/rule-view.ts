import type { RoutingRuleMatch, RoutingRuleTarget, RoutingRuleVersion } from '@motcua/contracts';
import type { RoutingRuleEntity } from './routing-rule.entity';

/** The contract's view of a stored rule version. */
export function toRuleView(e: RoutingRuleEntity): RoutingRuleVersion {
  return {
    id: e.id,
    version: e.version,
    priority: e.priority,
    match: {
      procedureCodes: e.procedureCodes,
      fieldCodes: e.fieldCodes,
      level: e.level,
      channels: e.channels,
      jurisdictionUnitCodes: e.jurisdictionUnitCodes,
    },
    // The check constraint guarantees an agency code on AGENCY rules.
    target:
      e.targetKind === 'AGENCY'
        ? { kind: 'AGENCY', agencyCode: e.targetAgencyCode ?? '' }
        : { kind: 'JURISDICTION_COMMITTEE' },
    validFrom: e.validFrom,
    validTo: e.validTo,
    createdBy: e.createdBy,
    createdAt: e.createdAt.toISOString(),
  };
}

/** What a version says, apart from its validity and author. */
export interface RuleContent {
  priority: number;
  match: RoutingRuleMatch;
  target: RoutingRuleTarget;
}

function sameList(a: readonly string[] | null, b: readonly string[] | null): boolean {
  return a === null || b === null ? a === b : a.join('\u0000') === b.join('\u0000');
}

/** True when a stored version says exactly what `content` says. */
export function sameContent(e: RoutingRuleEntity, content: RuleContent): boolean {
  const m = content.match;
  return (
    e.priority === content.priority &&
    sameList(e.procedureCodes, m.procedureCodes) &&
    sameList(e.fieldCodes, m.fieldCodes) &&
    e.level === m.level &&
    sameList(e.channels, m.channels) &&
    sameList(e.jurisdictionUnitCodes, m.jurisdictionUnitCodes) &&
    e.targetKind === content.target.kind &&
    e.targetAgencyCode === (content.target.kind === 'AGENCY' ? content.target.agencyCode : null)
  );
}
