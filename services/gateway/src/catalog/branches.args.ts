import { ArgsType, Field, Float } from '@nestjs/graphql';
import { GeoPointInput } from './geo-point.input';

@ArgsType()
export class BranchesArgs {
  @Field(() => String, {
    nullable: true,
    description: 'Only this tenant; every tenant when absent.',
  })
  tenant?: string | null;

  @Field(() => GeoPointInput, {
    nullable: true,
    description: 'Only branches near this point, nearest first.',
  })
  near?: GeoPointInput | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Radius around `near`, in km (default 5, at most 500).',
  })
  radiusKm?: number | null;
}
