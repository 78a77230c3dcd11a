import { StaffRole, type RpcErrorBody } from '@motcua/contracts';

type Details = NonNullable<RpcErrorBody['details']>;

/** What a save asks for, once parsed. */
export interface StaffChangeRequest {
  subject: string;
  roles: readonly StaffRole[];
  branchIds: readonly string[];
  agencyCodes: readonly string[];
  active: boolean;
}

/** Each value once, in the order first given. */
export function distinct<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

/**
 * Why an administrator may not make this change to their own account, or null. Removing one's
 * own TENANT_ADMIN role or deactivating oneself could leave the tenant with nobody to undo it:
 * another administrator must do it.
 */
export function selfLockOut(actorSubject: string, change: StaffChangeRequest): string | null {
  if (change.subject !== actorSubject) return null;
  if (!change.active) return 'an administrator cannot deactivate themselves';
  if (!change.roles.includes(StaffRole.TenantAdmin))
    return 'an administrator cannot remove their own TENANT_ADMIN role';
  return null;
}

/** Units a role cannot work without: receivers receive at a branch, handlers and approvers act for an agency. */
export function missingUnits(change: StaffChangeRequest): Details {
  const details: Details = [];
  if (change.roles.includes(StaffRole.Receiver) && !change.branchIds.length)
    details.push({ path: 'branchIds', message: 'a RECEIVER needs at least one branch' });
  const agencyRoles = change.roles.filter(
    (r) => r === StaffRole.Handler || r === StaffRole.Approver,
  );
  if (agencyRoles.length && !change.agencyCodes.length)
    details.push({
      path: 'agencyCodes',
      message: `a ${agencyRoles.join(' or ')} needs at least one agency`,
    });
  return details;
}

/** Details naming every branch and agency the catalog does not know in the tenant. */
export function unknownUnitDetails(
  tenant: string,
  unknownBranches: readonly string[],
  unknownAgencies: readonly string[],
): Details {
  const details: Details = [];
  if (unknownBranches.length)
    details.push({
      path: 'branchIds',
      message: `no branch of ${tenant}: ${unknownBranches.join(', ')}`,
    });
  if (unknownAgencies.length)
    details.push({
      path: 'agencyCodes',
      message: `no agency of ${tenant}: ${unknownAgencies.join(', ')}`,
    });
  return details;
}
