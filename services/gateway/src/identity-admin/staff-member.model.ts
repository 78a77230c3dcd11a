import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { StaffMember, StaffRole } from '@motcua/contracts';
import { DateTimeScalar } from '../graphql/date-time.scalar';
import { StaffRoleEnum } from './identity-admin.enums';

/** A staff member of the tenant with their roles and the units they belong to. */
@ObjectType('StaffMember')
export class StaffMemberModel {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: "The subject of their sign-in at the tenant's staff IdP." })
  subject!: string;

  @Field(() => String)
  displayName!: string;

  @Field(() => [StaffRoleEnum])
  roles!: StaffRole[];

  @Field(() => [String], { description: 'Branches they belong to (receivers receive there).' })
  branchIds!: string[];

  @Field(() => [String], {
    description:
      "Agencies they belong to (handlers and approvers act on those agencies' dossiers).",
  })
  agencyCodes!: string[];

  @Field(() => Boolean, { description: 'False: they can no longer sign in.' })
  active!: boolean;

  @Field(() => DateTimeScalar)
  updatedAt!: string;
}

export function toStaffMemberModel(m: StaffMember): StaffMemberModel {
  return {
    id: m.id,
    subject: m.subject,
    displayName: m.displayName,
    roles: m.roles,
    branchIds: m.branchIds,
    agencyCodes: m.agencyCodes,
    active: m.active,
    updatedAt: m.updatedAt,
  };
}
