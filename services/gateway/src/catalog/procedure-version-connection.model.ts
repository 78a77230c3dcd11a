import { Field, ObjectType } from '@nestjs/graphql';
import { PageInfoModel } from '../graphql/page-info.model';
import { ProcedureModel } from './procedure.model';

@ObjectType('ProcedureVersionEdge')
export class ProcedureVersionEdgeModel {
  @Field(() => String)
  cursor!: string;

  @Field(() => ProcedureModel)
  node!: ProcedureModel;
}

/** A page of procedure versions (drafts included), by code then version, Relay style. */
@ObjectType('ProcedureVersionConnection')
export class ProcedureVersionConnectionModel {
  @Field(() => [ProcedureVersionEdgeModel])
  edges!: ProcedureVersionEdgeModel[];

  @Field(() => PageInfoModel)
  pageInfo!: PageInfoModel;
}
