import { Field, Float, InputType, Int } from '@nestjs/graphql';
import type {
  BoundaryFreeScope,
  DurationUnit,
  JurisdictionBasis,
  OnlineLevel,
  ProcedureLevel,
} from '@motcua/contracts';
import {
  BoundaryFreeScopeEnum,
  CompetentAgencyKindEnum,
  DurationUnitEnum,
  JurisdictionBasisEnum,
  OnlineLevelEnum,
  ProcedureLevelEnum,
  type CompetentAgencyKind,
} from './catalog.enums';

// Mirrors procedureDefinitionSchema field by field; the catalog validates with it.

@InputType('ProcedureLevelAssignmentInput')
export class ProcedureLevelAssignmentInput {
  @Field(() => ProcedureLevelEnum)
  level!: ProcedureLevel;

  @Field(() => CompetentAgencyKindEnum)
  competentAgencyKind!: CompetentAgencyKind;
}

@InputType('DurationInput')
export class DurationInput {
  @Field(() => Float, { description: '0..3650.' })
  value!: number;

  @Field(() => DurationUnitEnum)
  unit!: DurationUnit;
}

@InputType('ProcedureFeeInput')
export class ProcedureFeeInput {
  @Field(() => String, { description: '1-500 characters.' })
  description!: string;

  @Field(() => Int, { description: 'Amount in Vietnamese đồng, 0 or more.' })
  amountVnd!: number;
}

@InputType('ProcedureComponentInput')
export class ProcedureComponentInput {
  @Field(() => String, { description: '1-500 characters.' })
  name!: string;

  @Field(() => Int, { nullable: true, description: '1..20; 1 when absent.' })
  copies?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'True when absent.' })
  required?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Scanned at intake; false when absent.' })
  digitizable?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Can come from data already held; false when absent.',
  })
  reusable?: boolean | null;
}

@InputType('InterAgencyStepInput')
export class InterAgencyStepInput {
  @Field(() => String, { description: '1-300 characters.' })
  title!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'An agency of the catalog; null (always for the first step) for the competent agency routing chooses.',
  })
  agencyCode?: string | null;

  @Field(() => DurationInput)
  duration!: DurationInput;
}

/** One procedure as the province configures it; the first level is the main level. */
@InputType('ProcedureDefinitionInput')
export class ProcedureDefinitionInput {
  @Field(() => String, { description: 'National procedure code, e.g. 2.002492.' })
  code!: string;

  @Field(() => String, { description: '3-500 characters.' })
  name!: string;

  @Field(() => String, { description: 'Code of the field (lĩnh vực), 1-40 characters.' })
  fieldCode!: string;

  @Field(() => String, { description: '1-200 characters.' })
  fieldName!: string;

  @Field(() => [ProcedureLevelAssignmentInput], { description: 'At least one; the first is main.' })
  levels!: ProcedureLevelAssignmentInput[];

  @Field(() => DurationInput)
  duration!: DurationInput;

  @Field(() => DurationInput, {
    nullable: true,
    description: 'Processing time when submitted online, if it differs.',
  })
  onlineDuration?: DurationInput | null;

  @Field(() => [ProcedureFeeInput], { nullable: true, description: 'None when absent.' })
  fees?: ProcedureFeeInput[] | null;

  @Field(() => [ProcedureComponentInput], { nullable: true, description: 'None when absent.' })
  components?: ProcedureComponentInput[] | null;

  @Field(() => String, { description: 'What the applicant receives, 1-300 characters.' })
  resultType!: string;

  @Field(() => OnlineLevelEnum)
  onlineLevel!: OnlineLevel;

  @Field(() => BoundaryFreeScopeEnum)
  boundaryFreeScope!: BoundaryFreeScope;

  @Field(() => JurisdictionBasisEnum, { nullable: true, description: 'RESIDENCE when absent.' })
  jurisdictionBasis?: JurisdictionBasis | null;

  @Field(() => [String], { nullable: true, description: 'None when absent.' })
  legalBasis?: string[] | null;

  @Field(() => [InterAgencyStepInput], {
    nullable: true,
    description: 'An inter-agency chain: none, or 2-10 steps in order. None when absent.',
  })
  interAgencySteps?: InterAgencyStepInput[] | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'e-ID assurance level (1 or 2) a citizen must have signed in with to submit online. 1 when absent.',
  })
  requiredAssuranceLevel?: number | null;
}
