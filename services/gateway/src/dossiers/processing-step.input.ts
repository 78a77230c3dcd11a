import { Field, InputType } from '@nestjs/graphql';

/** One handover on the process control sheet (form 06), or an inter-agency step. */
@InputType('ProcessingStepInput')
export class ProcessingStepInput {
  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true, description: 'Unit or agency handing over.' })
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'Unit or agency taking over.' })
  to?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'A step at another agency; false when absent.',
  })
  interAgency?: boolean | null;

  @Field(() => String, { nullable: true })
  note?: string | null;
}
