import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { StaffRole } from '@motcua/contracts';
import { RpcClient } from '@motcua/platform';
import { SignedInAccess, TenantAdminAccess } from '../auth/access.decorator';
import { callOptions, type Caller } from '../auth/caller';
import { CurrentCaller } from '../auth/current-caller.decorator';
import { SaveStaffMemberInput } from './save-staff-member.input';
import { StaffMemberModel, toStaffMemberModel } from './staff-member.model';

/** Who may see the tenant's staff; identity checks it again against its own staff table. */
const STAFF_READERS = {
  staff: { roles: [StaffRole.TenantAdmin, StaffRole.Supervisor, StaffRole.Auditor] },
};

/** The tenant's staff, their roles and units (identity holds them; the staff IdP only signs in). */
@Resolver(() => StaffMemberModel)
export class StaffMembersResolver {
  constructor(private readonly rpc: RpcClient) {}

  @Query(() => [StaffMemberModel], {
    description:
      "The tenant's staff by subject, with roles and units (administrators, supervisors, auditors).",
  })
  @SignedInAccess(STAFF_READERS)
  async staffMembers(
    @Args('includeInactive', {
      type: () => Boolean,
      nullable: true,
      description: 'Also deactivated members; false when absent.',
    })
    includeInactive: boolean | null | undefined,
    @CurrentCaller() caller: Caller,
  ): Promise<StaffMemberModel[]> {
    const { staff } = await this.rpc.request(
      'identity.staff.list.v1',
      { includeInactive: includeInactive ?? undefined },
      callOptions(caller),
    );
    return staff.map(toStaffMemberModel);
  }

  @Mutation(() => StaffMemberModel, {
    description:
      "Creates or changes a staff member: roles, branches, agencies, active. Tenant administrators; they cannot remove their own TENANT_ADMIN role or deactivate themselves. Units must be the tenant's (VALIDATION_FAILED names unknown ones).",
  })
  @TenantAdminAccess()
  async saveStaffMember(
    @Args('input', { type: () => SaveStaffMemberInput }) input: SaveStaffMemberInput,
    @CurrentCaller() caller: Caller,
  ): Promise<StaffMemberModel> {
    return toStaffMemberModel(
      await this.rpc.request(
        'identity.staff.save.v1',
        {
          subject: input.subject,
          displayName: input.displayName,
          roles: input.roles,
          branchIds: input.branchIds ?? undefined,
          agencyCodes: input.agencyCodes ?? undefined,
          active: input.active ?? undefined,
        },
        callOptions(caller),
      ),
    );
  }
}
