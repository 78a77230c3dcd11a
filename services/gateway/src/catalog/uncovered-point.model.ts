import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

/** A point farther than the radius from every branch. */
@ObjectType('UncoveredPoint')
export class UncoveredPointModel {
  @Field(() => Int, { description: 'Position of the point in the request.' })
  index!: number;

  @Field(() => Float)
  lat!: number;

  @Field(() => Float)
  lng!: number;

  @Field(() => String, { nullable: true })
  label!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The nearest branch; null when there is no branch at all.',
  })
  nearestBranchId!: string | null;

  @Field(() => Float, { nullable: true, description: 'Distance to the nearest branch, km.' })
  distanceKm!: number | null;
}
