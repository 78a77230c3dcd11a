import { DomainError, ErrorCode, StaffRole, type Actor } from '@motcua/contracts';

/** What a caller may report on: every agency of the tenant, or only these. */
export type ReportScope = { agencies: 'ALL' } | { agencies: readonly string[] };

const TENANT_WIDE: readonly string[] = [
  StaffRole.Supervisor,
  StaffRole.Auditor,
  StaffRole.TenantAdmin,
];

function staffOf(tenant: string, actor: Actor | undefined): Actor {
  if (!actor) throw new DomainError(ErrorCode.Unauthenticated, 'reports need a signed-in caller');
  if (actor.kind !== 'STAFF' || actor.tenant !== tenant)
    throw new DomainError(ErrorCode.Forbidden, `only staff of ${tenant} see its reports`);
  return actor;
}

/**
 * Supervisors, auditors and tenant administrators report on the whole tenant; an agency head
 * (APPROVER) on their own agencies; nobody else (receivers, handlers, citizens, API clients).
 */
export function reportScope(
  tenant: string,
  actor: Actor | undefined,
  agencyCode?: string,
): ReportScope {
  const staff = staffOf(tenant, actor);
  if (staff.roles.some((r) => TENANT_WIDE.includes(r))) return { agencies: 'ALL' };
  if (!staff.roles.includes(StaffRole.Approver) || staff.agencyCodes.length === 0)
    throw new DomainError(
      ErrorCode.Forbidden,
      'reports are for supervisors, auditors, tenant administrators and agency heads',
    );
  if (agencyCode !== undefined && !staff.agencyCodes.includes(agencyCode))
    throw new DomainError(ErrorCode.Forbidden, `${agencyCode} is not an agency you head`);
  return { agencies: [...staff.agencyCodes] };
}

/** The service index is the tenant's as a whole: tenant-wide roles only. */
export function requireTenantWide(tenant: string, actor: Actor | undefined): void {
  const staff = staffOf(tenant, actor);
  if (!staff.roles.some((r) => TENANT_WIDE.includes(r)))
    throw new DomainError(
      ErrorCode.Forbidden,
      'the service index is for supervisors, auditors and tenant administrators',
    );
}
