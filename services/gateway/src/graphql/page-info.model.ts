import { Field, ObjectType } from '@nestjs/graphql';

/** Relay page info: enough to ask for the next page. */
@ObjectType('PageInfo')
export class PageInfoModel {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the last edge; pass it as `after` for the next page.',
  })
  endCursor!: string | null;
}
