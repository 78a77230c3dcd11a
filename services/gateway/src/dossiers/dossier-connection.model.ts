import { Field, Int, ObjectType } from '@nestjs/graphql';
import { encodeInstantCursor, ReceptionCursorKind, type RpcResponse } from '@motcua/contracts';
import { PageInfoModel } from '../graphql/page-info.model';
import { toDossierModel } from './dossier.mapper';
import { DossierModel } from './dossier.model';

@ObjectType('DossierEdge')
export class DossierEdgeModel {
  @Field(() => String)
  cursor!: string;

  @Field(() => DossierModel)
  node!: DossierModel;
}

/** A page of dossiers, Relay style (newest first). */
@ObjectType('DossierConnection')
export class DossierConnectionModel {
  @Field(() => [DossierEdgeModel])
  edges!: DossierEdgeModel[];

  @Field(() => PageInfoModel)
  pageInfo!: PageInfoModel;

  @Field(() => Int, { description: 'Dossiers in the list, over all pages.' })
  totalCount!: number;
}

/** Reception pages by (received at, id): each edge's cursor is its own position. */
export function toDossierConnection(
  page: RpcResponse<'reception.dossier.mine.v1'>,
): DossierConnectionModel {
  return {
    edges: page.items.map((d) => ({
      cursor: encodeInstantCursor(ReceptionCursorKind.MyDossiers, d.receivedAt, d.id),
      node: toDossierModel(d),
    })),
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
    totalCount: page.totalCount,
  };
}
