import { Field, Int, ObjectType } from '@nestjs/graphql';

/** A component of the procedure version, as checked at receipt. */
@ObjectType('DossierComponent')
export class DossierComponentModel {
  @Field(() => String)
  name!: string;

  @Field(() => Int)
  copies!: number;

  @Field(() => Boolean)
  required!: boolean;

  @Field(() => Boolean, { description: 'May be scanned (digitized) at intake.' })
  digitizable!: boolean;

  @Field(() => Boolean, { description: 'Handed in (or reused) at receipt.' })
  handedIn!: boolean;
}
