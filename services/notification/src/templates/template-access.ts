import { DomainError, ErrorCode, StaffRole, type Actor } from '@motcua/contracts';

/** Templates are the tenant's voice: its administrators read and change them. */
export function requireTenantAdmin(tenant: string, actor: Actor | undefined, what: string): Actor {
  if (!actor) throw new DomainError(ErrorCode.Unauthenticated, `${what} needs a signed-in caller`);
  if (
    actor.kind !== 'STAFF' ||
    actor.tenant !== tenant ||
    !actor.roles.includes(StaffRole.TenantAdmin)
  )
    throw new DomainError(
      ErrorCode.Forbidden,
      `only a tenant administrator of ${tenant} may ${what}`,
    );
  return actor;
}
