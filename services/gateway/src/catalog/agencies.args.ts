import { ArgsType, Field } from '@nestjs/graphql';
import type { AgencyKind } from '@motcua/contracts';
import { AgencyKindEnum } from './network.enums';

@ArgsType()
export class AgenciesArgs {
  @Field(() => String, {
    nullable: true,
    description:
      'Only agencies competent for this unit (their jurisdiction holds it or a unit above it); a unit that ended is followed to its successors.',
  })
  unitCode?: string | null;

  @Field(() => AgencyKindEnum, { nullable: true })
  kind?: AgencyKind | null;

  @Field(() => String, { nullable: true, description: 'Only agencies deciding in this field.' })
  fieldCode?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Day for `unitCode`, YYYY-MM-DD (Vietnam time); today when absent.',
  })
  asOf?: string | null;
}
