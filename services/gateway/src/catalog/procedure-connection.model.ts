import { Field, Int, ObjectType } from '@nestjs/graphql';
import { PageInfoModel } from '../graphql/page-info.model';
import { ProcedureModel } from './procedure.model';

@ObjectType('ProcedureEdge')
export class ProcedureEdgeModel {
  @Field(() => String)
  cursor!: string;

  @Field(() => ProcedureModel)
  node!: ProcedureModel;
}

/** A page of procedures, Relay style. */
@ObjectType('ProcedureConnection')
export class ProcedureConnectionModel {
  @Field(() => [ProcedureEdgeModel])
  edges!: ProcedureEdgeModel[];

  @Field(() => PageInfoModel)
  pageInfo!: PageInfoModel;

  @Field(() => Int, { description: 'Procedures matching the search, over all pages.' })
  totalCount!: number;
}
