import { Field, ID, InputType } from '@nestjs/graphql';

@InputType('TakeQueueTicketInput')
export class TakeQueueTicketInput {
  @Field(() => ID)
  branchId!: string;

  @Field(() => String, { description: 'One letter, from queueServiceGroups.' })
  serviceGroupCode!: string;

  @Field(() => String, { nullable: true, description: 'To be texted when called (optional).' })
  phone?: string | null;
}
