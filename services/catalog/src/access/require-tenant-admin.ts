import { DomainError, ErrorCode, StaffRole } from '@motcua/contracts';
import type { RpcCallContext } from '@motcua/platform';

/**
 * Reference data is changed by the tenant's administrators: staff of the tenant the request
 * names, with TENANT_ADMIN (or a trusted system job acting as one, such as the import command).
 * Anyone else is refused, whatever the gateway let through: citizens and API clients never
 * change reference data, even with a role they should not hold.
 */
export function requireTenantAdmin(ctx: RpcCallContext): void {
  const actor = ctx.actor;
  if (!actor)
    throw new DomainError(
      ErrorCode.Unauthenticated,
      'changing reference data needs an authenticated caller',
    );
  if (actor.kind !== 'STAFF' && actor.kind !== 'SYSTEM')
    throw new DomainError(
      ErrorCode.Forbidden,
      `a ${actor.kind.toLowerCase()} cannot change reference data`,
    );
  if (!actor.roles.includes(StaffRole.TenantAdmin))
    throw new DomainError(ErrorCode.Forbidden, 'only tenant administrators change reference data');
  if (actor.kind === 'STAFF' && actor.tenant !== ctx.tenant) {
    throw new DomainError(
      ErrorCode.Forbidden,
      `an administrator of ${actor.tenant ?? 'no tenant'} cannot change ${ctx.tenant}`,
    );
  }
}

/**
 * Administrative reads (drafts included): the tenant's administrators, or a platform service
 * asking on its own account (reception and routing read a dossier's procedure version with no
 * actor, or as SYSTEM). A person the gateway forwards must be a tenant administrator.
 */
export function requireServiceOrTenantAdmin(ctx: RpcCallContext): void {
  if (!ctx.actor || ctx.actor.kind === 'SYSTEM') return;
  requireTenantAdmin(ctx);
}
