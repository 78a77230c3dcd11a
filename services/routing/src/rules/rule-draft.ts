import { RoutingRuleEntity } from './routing-rule.entity';
import type { RuleContent } from './rule-view';

/** A version to write: what it says and from when. */
export interface RuleDraft extends RuleContent {
  id: string;
  validFrom: string;
  validTo: string | null;
}

/** The row of a draft written as `version` by `author`. */
export function toRuleEntity(
  tenant: string,
  draft: RuleDraft,
  version: number,
  author: string,
  createdAt: Date,
): RoutingRuleEntity {
  const { match, target } = draft;
  return Object.assign(new RoutingRuleEntity(), {
    tenantId: tenant,
    id: draft.id,
    version,
    priority: draft.priority,
    procedureCodes: match.procedureCodes,
    fieldCodes: match.fieldCodes,
    level: match.level,
    channels: match.channels,
    jurisdictionUnitCodes: match.jurisdictionUnitCodes,
    targetKind: target.kind,
    targetAgencyCode: target.kind === 'AGENCY' ? target.agencyCode : null,
    validFrom: draft.validFrom,
    validTo: draft.validTo,
    createdBy: author,
    createdAt,
  });
}
