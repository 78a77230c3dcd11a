import { Field, Float, InputType } from '@nestjs/graphql';

@InputType('GeoPointInput')
export class GeoPointInput {
  @Field(() => Float, { description: 'Latitude, -90..90.' })
  lat!: number;

  @Field(() => Float, { description: 'Longitude, -180..180.' })
  lng!: number;
}
