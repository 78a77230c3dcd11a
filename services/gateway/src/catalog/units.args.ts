import { ArgsType, Field } from '@nestjs/graphql';
import type { UnitLevel } from '@motcua/contracts';
import { UnitLevelEnum } from './network.enums';

@ArgsType()
export class UnitsArgs {
  @Field(() => String, {
    nullable: true,
    description: 'The map as it stood on this day, YYYY-MM-DD (Vietnam time); today when absent.',
  })
  asOf?: string | null;

  @Field(() => UnitLevelEnum, { nullable: true, description: 'Only units of this level.' })
  level?: UnitLevel | null;

  @Field(() => String, { nullable: true, description: 'Only the units directly under this one.' })
  parentCode?: string | null;
}
