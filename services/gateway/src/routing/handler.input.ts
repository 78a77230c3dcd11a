import { Field, InputType, Int } from '@nestjs/graphql';
import type { AreaKind } from '@motcua/contracts';
import { AreaKindEnum } from './routing.enums';

@InputType('SaveHandlerInput')
export class SaveHandlerInput {
  @Field(() => String, { description: "The staff member's sign-in subject." })
  subject!: string;

  @Field(() => String)
  displayName!: string;

  @Field(() => String)
  agencyCode!: string;

  @Field(() => [String], { nullable: true, description: 'Fields handled; absent = every field.' })
  fieldCodes?: string[] | null;

  @Field(() => AreaKindEnum)
  areaKind!: AreaKind;

  @Field(() => Int, {
    nullable: true,
    description: 'New dossiers per day; the norm spread over 250 working days when absent.',
  })
  dailyCapacity?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'True when absent.' })
  active?: boolean | null;
}
