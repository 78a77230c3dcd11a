import { Field, Float, ID, ObjectType } from '@nestjs/graphql';

/** A branch of a service center where dossiers are received. */
@ObjectType('Branch')
export class BranchModel {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'Tenant the branch belongs to.' })
  tenant!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { description: 'Administrative unit the branch stands in.' })
  unitCode!: string;

  @Field(() => String)
  address!: string;

  @Field(() => Float)
  lat!: number;

  @Field(() => Float)
  lng!: number;
}
