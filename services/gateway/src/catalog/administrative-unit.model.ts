import { Field, ObjectType } from '@nestjs/graphql';
import type { UnitLevel } from '@motcua/contracts';
import { UnitLevelEnum } from './network.enums';

/** An administrative unit (province, district until 2025-06-30, commune or ward), effective-dated. */
@ObjectType('AdministrativeUnit')
export class AdministrativeUnitModel {
  @Field(() => String, { description: 'National statistics code.' })
  code!: string;

  @Field(() => String)
  tenant!: string;

  @Field(() => String)
  name!: string;

  @Field(() => UnitLevelEnum)
  level!: UnitLevel;

  @Field(() => String, { nullable: true })
  parentCode!: string | null;

  @Field(() => String, { nullable: true })
  region!: string | null;

  @Field(() => String, { description: 'First day the unit exists, YYYY-MM-DD.' })
  validFrom!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Last day the unit exists, YYYY-MM-DD; null while it does.',
  })
  validTo!: string | null;

  @Field(() => String, { nullable: true, description: 'The main successor of a unit that ended.' })
  successorCode!: string | null;

  @Field(() => [String], {
    description: 'Every unit that took over its territory (several after a split), main first.',
  })
  successorCodes!: string[];
}

/** A unit and the units in force on the day asked that hold its territory. */
@ObjectType('UnitResolution')
export class UnitResolutionModel {
  @Field(() => AdministrativeUnitModel)
  unit!: AdministrativeUnitModel;

  @Field(() => [AdministrativeUnitModel], {
    description:
      'The unit itself while in force, else its successors followed to the day; empty before it existed.',
  })
  current!: AdministrativeUnitModel[];
}
