import type { Actor, EscalationAudience } from '@motcua/contracts';

export interface AlertAddress {
  audience: EscalationAudience;
  handlerSubject: string | null;
  agencyCode: string | null;
  branchId: string | null;
}

/**
 * Whether a staff member of the alert's tenant is among those it addresses: the handler it names,
 * the head (APPROVER) of its agency, the receivers and supervisors of its branch (a supervisor
 * without a branch: every branch), the supervisors for held dossiers; tenant administrators see
 * every alert.
 */
export function isAddressedTo(alert: AlertAddress, actor: Actor): boolean {
  const has = (role: string) => actor.roles.includes(role);
  if (has('TENANT_ADMIN')) return true;
  switch (alert.audience) {
    case 'HANDLER':
      return alert.handlerSubject === actor.subject;
    case 'AGENCY_HEAD':
      return (
        has('APPROVER') && alert.agencyCode !== null && actor.agencyCodes.includes(alert.agencyCode)
      );
    case 'SUPERVISOR':
      return has('SUPERVISOR');
    case 'ONE_STOP':
      if (has('SUPERVISOR') && actor.branchIds.length === 0) return true;
      return (
        (has('RECEIVER') || has('SUPERVISOR')) &&
        alert.branchId !== null &&
        actor.branchIds.includes(alert.branchId)
      );
  }
}
