import { ArgsType, Field, Float } from '@nestjs/graphql';
import { GeoPointInput } from './geo-point.input';

@ArgsType()
export class CoverageArgs {
  @Field(() => [GeoPointInput], { description: 'The points to check, 1 to 1,000.' })
  points!: GeoPointInput[];

  @Field(() => Float, {
    nullable: true,
    description: 'A point is covered within this distance of a branch, in km (default 5).',
  })
  radiusKm?: number | null;

  @Field(() => String, {
    nullable: true,
    description: "Only this tenant's branches; every tenant's when absent.",
  })
  tenant?: string | null;
}
