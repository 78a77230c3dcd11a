import { DomainError, ErrorCode, type Actor, type StaffRole } from '@motcua/contracts';

/** Routing data names dossiers and staff: staff of the tenant only. */
export function authorizeStaff(tenant: string, actor: Actor | undefined): Actor {
  if (!actor) throw new DomainError(ErrorCode.Unauthenticated, 'routing needs a signed-in caller');
  if (actor.kind !== 'STAFF' || actor.tenant !== tenant)
    throw new DomainError(ErrorCode.Forbidden, `only staff of ${tenant} may see its routing`);
  return actor;
}

/** Staff of the tenant holding one of `roles`. */
export function requireRole(
  tenant: string,
  actor: Actor | undefined,
  roles: readonly StaffRole[],
  what: string,
): Actor {
  const staff = authorizeStaff(tenant, actor);
  if (!staff.roles.some((r) => (roles as readonly string[]).includes(r)))
    throw new DomainError(ErrorCode.Forbidden, `only ${roles.join(' or ')} may ${what}`);
  return staff;
}

/** The agency a staff member means when they name none: their only one. */
export function soleAgency(actor: Actor): string | undefined {
  return actor.agencyCodes.length === 1 ? actor.agencyCodes[0] : undefined;
}

export function isTenantAdmin(actor: Actor): boolean {
  return actor.roles.includes('TENANT_ADMIN');
}

/** The head of an agency: an APPROVER who belongs to it. */
export function isHeadOf(actor: Actor, agencyCode: string): boolean {
  return actor.roles.includes('APPROVER') && actor.agencyCodes.includes(agencyCode);
}

/**
 * Managing an agency's handlers and work: the tenant's administrators, or the agency's head
 * (an APPROVER of that agency).
 */
export function requireAgencyManager(
  tenant: string,
  actor: Actor | undefined,
  agencyCode: string,
  what: string,
): Actor {
  const staff = authorizeStaff(tenant, actor);
  if (!isTenantAdmin(staff) && !isHeadOf(staff, agencyCode))
    throw new DomainError(
      ErrorCode.Forbidden,
      `only a tenant administrator or the head (APPROVER) of ${agencyCode} may ${what}`,
    );
  return staff;
}
