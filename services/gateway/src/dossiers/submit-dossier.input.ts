import { Field, ID, InputType } from '@nestjs/graphql';
import type { Channel, ReturnMethod } from '@motcua/contracts';
import { ChannelEnum, ReturnMethodEnum } from './dossier.enums';

@InputType('ApplicantInput')
export class ApplicantInput {
  @Field(() => String)
  fullName!: string;

  @Field(() => String, { description: '12-digit personal ID (or a legacy 9-digit number).' })
  personalId!: string;

  @Field(() => String, { description: 'Vietnamese phone number, e.g. 0912345678 or +84912345678.' })
  phone!: string;

  @Field(() => String, { nullable: true })
  email?: string | null;
}

@InputType('SubmitDossierInput')
export class SubmitDossierInput {
  @Field(() => String, {
    description:
      'Chosen by the client (8-200 characters); a retry with the same key returns the same dossier.',
  })
  idempotencyKey!: string;

  @Field(() => String, { description: 'National procedure code, e.g. 2.002492.' })
  procedureCode!: string;

  @Field(() => ID, { description: 'Branch where the dossier is received.' })
  branchId!: string;

  @Field(() => ChannelEnum, { nullable: true, description: 'COUNTER when absent.' })
  channel?: Channel | null;

  @Field(() => ApplicantInput)
  applicant!: ApplicantInput;

  @Field(() => String, {
    nullable: true,
    description:
      "The unit whose agency decides (residence, parcel, business address); the branch's unit when absent.",
  })
  jurisdictionUnitCode?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Where the result is handed back; the receiving branch when absent.',
  })
  returnBranchId?: string | null;

  @Field(() => ReturnMethodEnum, {
    nullable: true,
    description: 'How the applicant wants the result: BRANCH (default), POST or ELECTRONIC.',
  })
  returnMethod?: ReturnMethod | null;

  @Field(() => [String], {
    nullable: true,
    description:
      "Names of the procedure's components handed in (or reused). A required one missing refuses the dossier with DOSSIER_INCOMPLETE, listing each in extensions.details.",
  })
  components?: string[] | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Personal ID of the person the applicant authorized (người được ủy quyền): they may follow the dossier online (myDossiers, dossier) and submit it online themselves.',
  })
  representativePersonalId?: string | null;
}
