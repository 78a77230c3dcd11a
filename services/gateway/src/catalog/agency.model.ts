import { Field, ObjectType } from '@nestjs/graphql';
import type { AgencyKind, ProcedureLevel } from '@motcua/contracts';
import { ProcedureLevelEnum } from './catalog.enums';
import { AgencyKindEnum } from './network.enums';

/** An agency: a People's Committee, a department, a central agency or a service center. */
@ObjectType('Agency')
export class AgencyModel {
  @Field(() => String, { description: 'Electronic agency code (QCVN 102), e.g. 000.00.00.H49.' })
  code!: string;

  @Field(() => String)
  tenant!: string;

  @Field(() => String)
  name!: string;

  @Field(() => AgencyKindEnum)
  kind!: AgencyKind;

  @Field(() => ProcedureLevelEnum, {
    nullable: true,
    description: 'Level of government the agency belongs to.',
  })
  level!: ProcedureLevel | null;

  @Field(() => String, {
    nullable: true,
    description: 'Unit the agency belongs to (for a commune committee, its commune).',
  })
  unitCode!: string | null;

  @Field(() => [String], {
    description: 'Units the agency is competent for; each covers the units below it.',
  })
  jurisdiction!: string[];

  @Field(() => [String], { description: 'Fields (lĩnh vực) the agency decides in.' })
  fieldCodes!: string[];
}
