import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { BoundaryFreeScope, ProcedureLevel } from '@motcua/contracts';
import { BoundaryFreeScopeEnum, ProcedureLevelEnum } from './catalog.enums';

/** An administrative procedure the tenant offers (its current version). */
@ObjectType('Procedure')
export class ProcedureModel {
  @Field(() => String, { description: 'National procedure code, e.g. 2.002492.' })
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => ProcedureLevelEnum)
  level!: ProcedureLevel;

  @Field(() => Int, { description: 'Statutory processing time in working days.' })
  durationDays!: number;

  @Field(() => BoundaryFreeScopeEnum)
  boundaryFreeScope!: BoundaryFreeScope;
}
