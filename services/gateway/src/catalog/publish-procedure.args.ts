import { ArgsType, Field, Int } from '@nestjs/graphql';

@ArgsType()
export class PublishProcedureArgs {
  @Field(() => String, { description: 'National procedure code, e.g. 2.002492.' })
  code!: string;

  @Field(() => Int, { description: 'The draft version to publish.' })
  version!: number;

  @Field(() => String, {
    description:
      'First day in force, YYYY-MM-DD, today or later (Vietnam time); the version before ends the day before.',
  })
  validFrom!: string;
}
