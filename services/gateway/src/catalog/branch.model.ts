import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type { BranchKind } from '@motcua/contracts';
import { BranchKindEnum } from './network.enums';
import { OfficePeriodModel } from './office-period.model';

/** A branch of a service center where dossiers are received. */
@ObjectType('Branch')
export class BranchModel {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'Tenant the branch belongs to.' })
  tenant!: string;

  @Field(() => String)
  name!: string;

  @Field(() => BranchKindEnum)
  kind!: BranchKind;

  @Field(() => String, { description: 'Administrative unit the branch stands in.' })
  unitCode!: string;

  @Field(() => String, {
    description:
      'Agency code of the receiving unit (QCVN 102): the first part of every dossier code received here.',
  })
  agencyCode!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Region of the tenant, e.g. binh-duong for the former province.',
  })
  region!: string | null;

  @Field(() => String)
  address!: string;

  @Field(() => Float)
  lat!: number;

  @Field(() => Float)
  lng!: number;

  @Field(() => [OfficePeriodModel], {
    description:
      "The branch's own office periods of a working day; empty when it keeps the tenant's office hours.",
  })
  openingHours!: OfficePeriodModel[];

  @Field(() => Int, { description: 'Reception counters.' })
  counters!: number;
}
