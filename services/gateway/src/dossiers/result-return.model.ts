import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { ResultReturn, ReturnMethod } from '@motcua/contracts';
import { ReturnMethodEnum } from './dossier.enums';

@ObjectType('ResultBranch')
export class ResultBranchModel {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  address!: string | null;
}

/** Where to collect the result, or how it comes. */
@ObjectType('ResultReturn')
export class ResultReturnModel {
  @Field(() => ReturnMethodEnum)
  method!: ReturnMethod;

  @Field(() => ResultBranchModel, {
    nullable: true,
    description: 'The branch to collect the result at (BRANCH returns).',
  })
  branch!: ResultBranchModel | null;
}

export function toResultReturnModel(r: ResultReturn): ResultReturnModel {
  return { method: r.method, branch: r.branch ? { ...r.branch } : null };
}
