import { Field, InputType } from '@nestjs/graphql';
import type { StaffRole } from '@motcua/contracts';
import { StaffRoleEnum } from './identity-admin.enums';

@InputType('SaveStaffMemberInput')
export class SaveStaffMemberInput {
  @Field(() => String, {
    description:
      "The subject of their sign-in at the tenant's staff IdP: creates or changes that member.",
  })
  subject!: string;

  @Field(() => String)
  displayName!: string;

  @Field(() => [StaffRoleEnum], { description: 'Every role they hold after the change.' })
  roles!: StaffRole[];

  @Field(() => [String], {
    nullable: true,
    description: 'Branches of the tenant; a RECEIVER needs one at least. None when absent.',
  })
  branchIds?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description:
      'Agencies of the tenant; a HANDLER or APPROVER needs one at least. None when absent.',
  })
  agencyCodes?: string[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'True when absent; false deactivates them.',
  })
  active?: boolean | null;
}
