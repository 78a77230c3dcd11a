import { ArgsType, Field, Int } from '@nestjs/graphql';

@ArgsType()
export class ProceduresArgs {
  @Field(() => String, {
    nullable: true,
    description: 'Part of the procedure name, field name or code (case-insensitive).',
  })
  search?: string | null;

  @Field(() => Int, { nullable: true, defaultValue: 20, description: 'Page size, 1..100.' })
  first?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the edge after which the page starts.',
  })
  after?: string | null;
}
