import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type {
  Channel,
  DossierStatus,
  DossierTimeliness,
  JurisdictionBasis,
} from '@motcua/contracts';
import { AttachmentModel } from '../attachments/attachment.model';
import { JurisdictionBasisEnum } from '../catalog/catalog.enums';
import { DateTimeScalar } from '../graphql/date-time.scalar';
import { DossierComponentModel } from './dossier-component.model';
import { ResultReturnModel } from './result-return.model';
import { ChannelEnum, DossierStatusEnum, TimelinessEnum } from './dossier.enums';

@ObjectType('BranchRef')
export class BranchRefModel {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;
}

@ObjectType('AgencyRef')
export class AgencyRefModel {
  @Field(() => String, { description: 'Electronic agency code, e.g. 000.00.00.H26.' })
  code!: string;

  @Field(() => String)
  name!: string;
}

/** The applicant as staff see them: the personal ID masked. */
@ObjectType('Applicant')
export class ApplicantModel {
  @Field(() => String)
  fullName!: string;

  @Field(() => String, { description: 'Personal ID with all but the last three digits masked.' })
  personalIdMasked!: string;

  @Field(() => String)
  phone!: string;

  @Field(() => String, { nullable: true })
  email!: string | null;
}

@ObjectType('DossierHistoryEntry')
export class DossierHistoryEntryModel {
  @Field(() => DateTimeScalar)
  at!: string;

  @Field(() => DossierStatusEnum, {
    nullable: true,
    description: 'The status before the change; null for the first entry.',
  })
  from!: DossierStatus | null;

  @Field(() => DossierStatusEnum)
  status!: DossierStatus;

  @Field(() => Int)
  nationalStatusCode!: number;

  @Field(() => String, { description: 'Who made the change (staff, citizen or system subject).' })
  actor!: string;

  @Field(() => String, { nullable: true })
  reason!: string | null;
}

/** A dossier (hồ sơ) as staff and its applicant see it. */
@ObjectType('Dossier')
export class DossierModel {
  @Field(() => ID)
  id!: string;

  @Field(() => String, {
    description:
      'Dossier code <receiving agency code>-YYMMDD-NNNN, e.g. 000.00.53.H48-220921-0099.',
  })
  code!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Cross-province hand-over, in the receiving tenant: the tenant whose agency decides. This view is read-only once accepted; only returnResult is done here.',
  })
  decidingTenant!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Cross-province hand-over, in the deciding tenant: the tenant that received the dossier (same code there).',
  })
  receivedInTenant!: string | null;

  @Field(() => DossierStatusEnum)
  status!: DossierStatus;

  @Field(() => Int, { description: 'Status code of the National Public Service Portal.' })
  nationalStatusCode!: number;

  @Field(() => String)
  procedureCode!: string;

  @Field(() => String)
  procedureName!: string;

  @Field(() => ChannelEnum)
  channel!: Channel;

  @Field(() => DateTimeScalar)
  receivedAt!: string;

  @Field(() => DateTimeScalar, {
    description: 'When the result is due, in working time of the tenant.',
  })
  dueAt!: string;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'The due date before an apology moved it; the dossier is judged against it.',
  })
  originalDueAt!: string | null;

  @Field(() => Boolean, { description: 'An apology letter extended the due date (form 04).' })
  apologized!: boolean;

  @Field(() => TimelinessEnum)
  timeliness!: DossierTimeliness;

  @Field(() => Int, { nullable: true, description: "The applicant's satisfaction rating, 1..5." })
  rating!: number | null;

  @Field(() => Boolean, { description: 'Fees were paid online.' })
  paidOnline!: boolean;

  @Field(() => BranchRefModel)
  receivingBranch!: BranchRefModel;

  @Field(() => BranchRefModel, { description: 'Where the result is handed back.' })
  returnBranch!: BranchRefModel;

  @Field(() => ResultReturnModel, { description: 'How the result goes back to the applicant.' })
  resultReturn!: ResultReturnModel;

  @Field(() => String, {
    description: 'Administrative unit whose agency decides (residence, parcel, business address).',
  })
  jurisdictionUnitCode!: string;

  @Field(() => JurisdictionBasisEnum, {
    description: 'Whose place the jurisdiction unit is, as the procedure said at receipt.',
  })
  jurisdictionBasis!: JurisdictionBasis;

  @Field(() => AgencyRefModel, {
    nullable: true,
    description: 'Null until routing has picked the agency.',
  })
  competentAgency!: AgencyRefModel | null;

  @Field(() => ApplicantModel)
  applicant!: ApplicantModel;

  @Field(() => Int, {
    nullable: true,
    description:
      'The national e-ID assurance level (1, 2) the applicant signed in with when submitting online themselves ("verified with the national e-ID"); null otherwise.',
  })
  applicantVerifiedLevel!: number | null;

  @Field(() => String, {
    nullable: true,
    description:
      "The authorized representative's personal ID with all but the last three digits masked; null when there is none.",
  })
  representativePersonalIdMasked!: string | null;

  @Field(() => [DossierHistoryEntryModel])
  history!: DossierHistoryEntryModel[];

  @Field(() => [DossierComponentModel], {
    description: "The procedure version's components, marked handed in as checked at receipt.",
  })
  components!: DossierComponentModel[];

  @Field(() => [AttachmentModel], { description: 'Scans of the components, oldest first.' })
  attachments!: AttachmentModel[];
}
