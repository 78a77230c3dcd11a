import { DomainError, ErrorCode, type Actor, type StaffRole } from '@motcua/contracts';

/** Staff of `tenant` holding one of `roles`; anyone else is refused. */
export function requireTenantRole(
  tenant: string,
  actor: Actor | undefined,
  roles: readonly StaffRole[],
  what: string,
): Actor {
  if (!actor) throw new DomainError(ErrorCode.Unauthenticated, `${what} needs a signed-in caller`);
  if (actor.kind !== 'STAFF' || actor.tenant !== tenant)
    throw new DomainError(ErrorCode.Forbidden, `only staff of ${tenant} may ${what}`);
  if (!actor.roles.some((r) => (roles as readonly string[]).includes(r)))
    throw new DomainError(ErrorCode.Forbidden, `only ${roles.join(' or ')} may ${what}`);
  return actor;
}
