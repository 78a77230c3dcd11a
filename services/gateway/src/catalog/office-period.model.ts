import { Field, ObjectType } from '@nestjs/graphql';

/** An office period of a working day, Vietnam local time. */
@ObjectType('OfficePeriod')
export class OfficePeriodModel {
  @Field(() => String, { description: 'HH:MM.' })
  start!: string;

  @Field(() => String, { description: 'HH:MM.' })
  end!: string;
}
