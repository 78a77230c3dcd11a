import { Field, Float, InputType } from '@nestjs/graphql';

@InputType('GeoPointInput')
export class GeoPointInput {
  @Field(() => Float, { description: 'Latitude, -90..90.' })
  lat!: number;

  @Field(() => Float, { description: 'Longitude, -180..180.' })
  lng!: number;

  @Field(() => String, {
    nullable: true,
    description: 'Names the point in answers (e.g. a hamlet), up to 200 characters.',
  })
  label?: string | null;
}
