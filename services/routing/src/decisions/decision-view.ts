import type { RoutedDossierFacts, RoutingDecision, RoutingDecisionEntry } from '@motcua/contracts';
import type { RoutingDecisionHistoryEntity } from './routing-decision-history.entity';
import type { RoutingDecisionEntity } from './routing-decision.entity';

export function toDecisionEntry(
  d: RoutingDecisionEntity | RoutingDecisionHistoryEntity,
): RoutingDecisionEntry {
  return {
    status: d.status,
    agencyCode: d.agencyCode,
    agencyName: d.agencyName,
    ruleId: d.ruleId,
    ruleVersion: d.ruleVersion,
    reason: d.reason,
    decidedAt: d.decidedAt.toISOString(),
    decidedBy: d.decidedBy,
  };
}

/** The dossier facts of a decision; null on decisions taken before routing recorded them. */
export function toDossierFacts(d: RoutingDecisionEntity): RoutedDossierFacts | null {
  const { procedureCode, procedureName, fieldCode, level, channel, jurisdictionUnitCode } = d;
  if (
    procedureCode === null ||
    procedureName === null ||
    fieldCode === null ||
    level === null ||
    channel === null ||
    jurisdictionUnitCode === null ||
    d.receivedAt === null
  )
    return null;
  return {
    procedureCode,
    procedureName,
    fieldCode,
    level,
    channel,
    jurisdictionUnitCode,
    receivedAt: d.receivedAt.toISOString(),
  };
}

/** The contract's view of a decision with its history. */
export function toDecisionView(
  d: RoutingDecisionEntity,
  history: RoutingDecisionHistoryEntity[],
): RoutingDecision {
  return {
    dossierId: d.dossierId,
    dossierCode: d.dossierCode,
    dossier: toDossierFacts(d),
    ...toDecisionEntry(d),
    history: history.map(toDecisionEntry),
  };
}
