import { Injectable, Logger } from '@nestjs/common';
import {
  DomainError,
  ErrorCode,
  StaffRole,
  staffRoleSchema,
  type RpcParsedRequest,
  type StaffMember,
} from '@motcua/contracts';
import { Clock, type RpcCallContext } from '@motcua/platform';
import { StaffAccess } from './staff-access';
import type { StaffEntity } from './staff.entity';
import { StaffRepository } from './staff.repository';
import { distinct, missingUnits, selfLockOut, unknownUnitDetails } from './staff-rules';
import { UnitDirectory } from './unit-directory.service';

/** Who may see the tenant's staff: its administrators, supervisors and auditors. */
const READERS = [StaffRole.TenantAdmin, StaffRole.Supervisor, StaffRole.Auditor] as const;
/** Who may change them (and so grant roles): the tenant's administrators only. */
const WRITERS = [StaffRole.TenantAdmin] as const;

/** The tenant's staff: who they are, their roles and the units they belong to. */
@Injectable()
export class StaffAdminService {
  private readonly logger = new Logger(StaffAdminService.name);

  constructor(
    private readonly staff: StaffRepository,
    private readonly access: StaffAccess,
    private readonly units: UnitDirectory,
    private readonly clock: Clock,
  ) {}

  async list(
    ctx: RpcCallContext,
    request: RpcParsedRequest<'identity.staff.list.v1'>,
  ): Promise<StaffMember[]> {
    const { tenant } = await this.access.require(ctx, READERS, 'see the staff');
    const rows = await this.staff.list(tenant, request.includeInactive);
    return rows.map((row) => this.toStaffMember(row));
  }

  /**
   * Creates or changes a member. Only the tenant's administrators grant roles; they cannot lock
   * themselves out; units must be the tenant's in the catalog, and roles need their units.
   */
  async save(
    ctx: RpcCallContext,
    request: RpcParsedRequest<'identity.staff.save.v1'>,
  ): Promise<StaffMember> {
    const { tenant, actor } = await this.access.require(ctx, WRITERS, 'change staff');
    const change = {
      subject: request.subject,
      roles: distinct(request.roles),
      branchIds: distinct(request.branchIds),
      agencyCodes: distinct(request.agencyCodes),
      active: request.active,
    };
    const lockOut = selfLockOut(actor.subject, change);
    if (lockOut)
      throw new DomainError(ErrorCode.Forbidden, `${lockOut}; ask another administrator`);
    const missing = missingUnits(change);
    if (missing.length)
      throw new DomainError(
        ErrorCode.ValidationFailed,
        missing.map((d) => d.message).join('; '),
        missing,
      );
    const [unknownBranches, unknownAgencies] = await Promise.all([
      this.units.unknownBranches(tenant, change.branchIds),
      this.units.unknownAgencies(tenant, change.agencyCodes),
    ]);
    const unknown = unknownUnitDetails(tenant, unknownBranches, unknownAgencies);
    if (unknown.length)
      throw new DomainError(
        ErrorCode.ValidationFailed,
        unknown.map((d) => d.message).join('; '),
        unknown,
      );

    const { member, changed } = await this.staff.saveAudited(
      { tenantId: tenant, displayName: request.displayName, ...change },
      { changedBy: actor.subject, at: this.clock.now() },
    );
    if (changed)
      this.logger.log(
        `staff ${change.subject} of ${tenant} saved by ${actor.subject}: roles ${change.roles.join(',') || '-'}, active ${change.active}`,
      );
    return this.toStaffMember(member);
  }

  private toStaffMember(row: StaffEntity): StaffMember {
    return {
      id: row.id,
      tenant: row.tenantId,
      subject: row.subject,
      displayName: row.displayName,
      // A stray value in the table must not break the whole list.
      roles: row.roles.flatMap((r) => {
        const role = staffRoleSchema.safeParse(r);
        return role.success ? [role.data] : [];
      }),
      branchIds: row.branchIds,
      agencyCodes: row.agencyCodes,
      active: row.active,
      updatedAt: row.updatedAt.toISOString(),
    };
  }
}
