import { Field, ID, ObjectType } from '@nestjs/graphql';

/** A region inside a tenant, e.g. a merged former province (Bình Dương in Hồ Chí Minh City). */
@ObjectType('Region')
export class RegionModel {
  @Field(() => String)
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { description: 'First day the region exists, YYYY-MM-DD.' })
  validFrom!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Last day the region exists, YYYY-MM-DD; null while it does.',
  })
  validTo!: string | null;
}

/** A tenant: one provincial unit running its own Public Administration Service Center. */
@ObjectType('Tenant')
export class TenantModel {
  @Field(() => ID, { description: 'Slug, e.g. "hanoi"; send it as the x-tenant header.' })
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { description: 'National statistics code of the province.' })
  statisticsCode!: string;

  @Field(() => [RegionModel])
  regions!: RegionModel[];
}
