import { DomainError, ErrorCode, StaffRole, type Actor } from '@motcua/contracts';

function staffOf(tenant: string, actor: Actor | undefined): Actor {
  if (!actor) throw new DomainError(ErrorCode.Unauthenticated, 'this step needs a signed-in clerk');
  if (actor.kind !== 'STAFF' || actor.tenant !== tenant)
    throw new DomainError(ErrorCode.Forbidden, `only staff of ${tenant} work the queues`);
  return actor;
}

/** Receivers of the branch and the tenant's supervisors call and serve its tickets. */
export function assertMayServe(tenant: string, actor: Actor | undefined, branchId: string): Actor {
  const staff = staffOf(tenant, actor);
  if (staff.roles.includes(StaffRole.Supervisor)) return staff;
  if (staff.roles.includes(StaffRole.Receiver) && staff.branchIds.includes(branchId)) return staff;
  throw new DomainError(
    ErrorCode.Forbidden,
    `only receivers of branch ${branchId} and supervisors serve its queue`,
  );
}

/**
 * The branches a waiting report may cover: null for all (supervisors, auditors, tenant
 * administrators), else the receiver's own (FORBIDDEN for another branch).
 */
export function reportBranches(
  tenant: string,
  actor: Actor | undefined,
  branchId: string | undefined,
): string[] | null {
  const staff = staffOf(tenant, actor);
  const overseer = [StaffRole.Supervisor, StaffRole.Auditor, StaffRole.TenantAdmin].some((r) =>
    staff.roles.includes(r),
  );
  if (overseer) return branchId ? [branchId] : null;
  if (!staff.roles.includes(StaffRole.Receiver))
    throw new DomainError(ErrorCode.Forbidden, 'waiting reports are for supervisors and receivers');
  if (branchId === undefined) return staff.branchIds;
  if (staff.branchIds.includes(branchId)) return [branchId];
  throw new DomainError(ErrorCode.Forbidden, `not a receiver of branch ${branchId}`);
}
