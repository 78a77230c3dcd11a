import type { EscalationAudience, EscalationLevel } from '@motcua/contracts';

/** What routing knows of a late dossier's holders. */
export interface DossierHolders {
  /** The handler holding it, if one does. */
  handlerSubject: string | null;
  /** The agency holding it, once routed. */
  agencyCode: string | null;
  /** The branch that received it. */
  receivingBranchId: string | null;
}

export interface AlertTarget {
  audience: EscalationAudience;
  handlerSubject: string | null;
  agencyCode: string | null;
  branchId: string | null;
}

/**
 * Who is told (DOMAIN §5–6, issue 5 "Escalation"): nearing due → the handler (the agency's head
 * while nobody holds it); overdue → the head of the agency and the one-stop unit, which starts
 * the apology and extension. A dossier not routed yet alerts its one-stop unit only.
 */
export function alertTargets(
  level: Exclude<EscalationLevel, 'HELD'>,
  holders: DossierHolders,
): AlertTarget[] {
  const { handlerSubject, agencyCode, receivingBranchId } = holders;
  const head: AlertTarget = { audience: 'AGENCY_HEAD', handlerSubject, agencyCode, branchId: null };
  const oneStop: AlertTarget = {
    audience: 'ONE_STOP',
    handlerSubject,
    agencyCode,
    branchId: receivingBranchId,
  };
  if (level === 'NEARING_DUE') {
    if (handlerSubject)
      return [{ audience: 'HANDLER', handlerSubject, agencyCode, branchId: null }];
    return agencyCode ? [head] : receivingBranchId ? [oneStop] : [];
  }
  return [...(agencyCode ? [head] : []), ...(receivingBranchId ? [oneStop] : [])];
}
