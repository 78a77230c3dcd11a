import { ArgsType, Field, Int } from '@nestjs/graphql';

@ArgsType()
export class ExportProceduresArgs {
  @Field(() => Int, { nullable: true, description: 'Page size, 1..500; 200 when absent.' })
  first?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the edge after which the page starts.',
  })
  after?: string | null;
}
