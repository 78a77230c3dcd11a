import { DomainError, ErrorCode } from '@motcua/contracts';
import type { RpcCallContext } from '@motcua/platform';

/**
 * Reference data is changed by the tenant's administrators (or a trusted system job acting as
 * one, such as the import command): anyone else is refused.
 */
export function requireTenantAdmin(ctx: RpcCallContext): void {
  const actor = ctx.actor;
  if (!actor)
    throw new DomainError(
      ErrorCode.Unauthenticated,
      'changing reference data needs an authenticated caller',
    );
  if (!actor.roles.includes('TENANT_ADMIN'))
    throw new DomainError(ErrorCode.Forbidden, 'only tenant administrators change reference data');
  if (actor.kind !== 'SYSTEM' && actor.tenant !== ctx.tenant) {
    throw new DomainError(
      ErrorCode.Forbidden,
      `an administrator of ${actor.tenant ?? 'no tenant'} cannot change ${ctx.tenant}`,
    );
  }
}
