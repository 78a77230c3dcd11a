import { Injectable } from '@nestjs/common';
import { DomainError, ErrorCode, type Actor, type StaffRole } from '@motcua/contracts';
import type { RpcCallContext } from '@motcua/platform';
import type { StaffEntity } from './staff.entity';
import { StaffRepository } from './staff.repository';

/** The caller of an administration request, checked against identity's own staff table. */
export interface StaffCaller {
  tenant: string;
  actor: Actor;
  member: StaffEntity;
}

/**
 * Identity is the authority on staff and API clients: the gateway checks roles too, but here the
 * caller must be staff of the request's tenant holding one of the roles both in the actor it
 * forwarded and in the staff table now (a role taken away counts at once, not when the caller's
 * token expires).
 */
@Injectable()
export class StaffAccess {
  constructor(private readonly staff: StaffRepository) {}

  async require(
    ctx: RpcCallContext,
    roles: readonly StaffRole[],
    what: string,
  ): Promise<StaffCaller> {
    const { actor, tenant } = ctx;
    if (!actor)
      throw new DomainError(ErrorCode.Unauthenticated, `${what} needs a signed-in caller`);
    if (!tenant) throw new DomainError(ErrorCode.BadRequest, `${what} needs a tenant`);
    if (actor.kind !== 'STAFF')
      throw new DomainError(ErrorCode.Forbidden, `only staff of ${tenant} may ${what}`);
    if (actor.tenant !== tenant)
      throw new DomainError(
        ErrorCode.Forbidden,
        `staff of ${actor.tenant ?? 'no tenant'} may not ${what} of ${tenant}`,
      );
    const holds = (held: readonly string[]) => roles.some((r) => held.includes(r));
    if (!holds(actor.roles))
      throw new DomainError(ErrorCode.Forbidden, `only ${roles.join(' or ')} may ${what}`);
    const member = await this.staff.findBySubject(tenant, actor.subject);
    if (!member?.active || !holds(member.roles))
      throw new DomainError(
        ErrorCode.Forbidden,
        `${actor.subject} is no active ${roles.join(' or ')} of ${tenant} (any more)`,
      );
    return { tenant, actor, member };
  }
}
