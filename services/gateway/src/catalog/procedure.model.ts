import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import type {
  BoundaryFreeScope,
  DurationUnit,
  JurisdictionBasis,
  OnlineLevel,
  ProcedureLevel,
  ProcedureStatus,
} from '@motcua/contracts';
import { DateTimeScalar } from '../graphql/date-time.scalar';
import {
  BoundaryFreeScopeEnum,
  CompetentAgencyKindEnum,
  type CompetentAgencyKind,
  DurationUnitEnum,
  JurisdictionBasisEnum,
  OnlineLevelEnum,
  ProcedureLevelEnum,
  ProcedureStatusEnum,
} from './catalog.enums';

/** A level the procedure is decided at, and the kind of agency that decides there. */
@ObjectType('ProcedureLevelAssignment')
export class ProcedureLevelAssignmentModel {
  @Field(() => ProcedureLevelEnum)
  level!: ProcedureLevel;

  @Field(() => CompetentAgencyKindEnum)
  competentAgencyKind!: CompetentAgencyKind;
}

@ObjectType('Duration')
export class DurationModel {
  @Field(() => Float)
  value!: number;

  @Field(() => DurationUnitEnum)
  unit!: DurationUnit;
}

@ObjectType('ProcedureFee')
export class ProcedureFeeModel {
  @Field(() => String)
  description!: string;

  @Field(() => Int, { description: 'Amount in Vietnamese đồng.' })
  amountVnd!: number;
}

/** A document the applicant hands in. */
@ObjectType('ProcedureComponent')
export class ProcedureComponentModel {
  @Field(() => String)
  name!: string;

  @Field(() => Int)
  copies!: number;

  @Field(() => Boolean)
  required!: boolean;

  @Field(() => Boolean, { description: 'Scanned at intake.' })
  digitizable!: boolean;

  @Field(() => Boolean, { description: 'Can come from data already held.' })
  reusable!: boolean;
}

/** One step of an inter-agency chain: the agency holding the dossier and how long it has. */
@ObjectType('InterAgencyStepDefinition')
export class InterAgencyStepDefinitionModel {
  @Field(() => String)
  title!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Agency code; null for the competent agency routing chooses for the dossier.',
  })
  agencyCode!: string | null;

  @Field(() => DurationModel)
  duration!: DurationModel;
}

/** One version of an administrative procedure the tenant offers. */
@ObjectType('Procedure')
export class ProcedureModel {
  @Field(() => String, { description: 'National procedure code, e.g. 2.002492.' })
  code!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => ProcedureStatusEnum)
  status!: ProcedureStatus;

  @Field(() => String)
  name!: string;

  @Field(() => String, { description: 'Code of the field (lĩnh vực) the procedure belongs to.' })
  fieldCode!: string;

  @Field(() => String)
  fieldName!: string;

  @Field(() => ProcedureLevelEnum, { description: 'Main level (the first of `levels`).' })
  level!: ProcedureLevel;

  @Field(() => [ProcedureLevelAssignmentModel])
  levels!: ProcedureLevelAssignmentModel[];

  @Field(() => Int, { description: 'Statutory processing time in whole days.' })
  durationDays!: number;

  @Field(() => DurationModel, { description: 'Statutory processing time.' })
  duration!: DurationModel;

  @Field(() => DurationModel, {
    nullable: true,
    description: 'Processing time when submitted online; null when it is `duration`.',
  })
  onlineDuration!: DurationModel | null;

  @Field(() => [ProcedureFeeModel])
  fees!: ProcedureFeeModel[];

  @Field(() => [ProcedureComponentModel])
  components!: ProcedureComponentModel[];

  @Field(() => String, { description: 'What the applicant receives, e.g. a licence.' })
  resultType!: string;

  @Field(() => OnlineLevelEnum)
  onlineLevel!: OnlineLevel;

  @Field(() => BoundaryFreeScopeEnum)
  boundaryFreeScope!: BoundaryFreeScope;

  @Field(() => JurisdictionBasisEnum, {
    description: 'Whose place decides the jurisdiction unit the submission names.',
  })
  jurisdictionBasis!: JurisdictionBasis;

  @Field(() => [String], { description: 'Legal documents the procedure rests on.' })
  legalBasis!: string[];

  @Field(() => [InterAgencyStepDefinitionModel], {
    description:
      'The ordered agencies a dossier passes through (e.g. land → tax → land registry); empty when one agency decides alone.',
  })
  interAgencySteps!: InterAgencyStepDefinitionModel[];

  @Field(() => Int, {
    description:
      'e-ID assurance level (Decree 69/2024: 1 or 2) a citizen must have signed in with to submit online; a lower one is refused with ASSURANCE_TOO_LOW.',
  })
  requiredAssuranceLevel!: number;

  @Field(() => String, {
    nullable: true,
    description: 'First day the version is in force, YYYY-MM-DD; null for drafts.',
  })
  validFrom!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Last day the version is in force, YYYY-MM-DD; null while no later version replaces it.',
  })
  validTo!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Null for drafts.' })
  publishedAt!: string | null;
}
