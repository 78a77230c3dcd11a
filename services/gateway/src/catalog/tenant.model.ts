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

@ObjectType('TenantSettings')
export class TenantSettingsModel {
  @Field(() => String, { description: 'Language used when a person has not chosen one (vi, en).' })
  defaultLocale!: string;
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

  @Field(() => String, {
    description: "Electronic agency code (QCVN 102) of the province's People's Committee.",
  })
  agencyCode!: string;

  @Field(() => [RegionModel])
  regions!: RegionModel[];

  @Field(() => String, { description: 'IANA time zone, e.g. Asia/Ho_Chi_Minh.' })
  timeZone!: string;

  @Field(() => TenantSettingsModel)
  settings!: TenantSettingsModel;

  @Field(() => String, { description: 'First day the tenant exists, YYYY-MM-DD.' })
  validFrom!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Last day the tenant exists (a merged province), YYYY-MM-DD; null while it does.',
  })
  validTo!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The tenant that took over after `validTo`.',
  })
  successorId!: string | null;
}
