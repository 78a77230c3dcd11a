import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { HeldDossier, RpcResponse } from '@motcua/contracts';
import { DateTimeScalar } from '../graphql/date-time.scalar';
import { RoutedDossierFactsModel, toFactsModel } from './routing-decision.model';

/** A dossier waiting for a supervisor because no rule routed it. */
@ObjectType('HeldDossier')
export class HeldDossierModel {
  @Field(() => String)
  dossierCode!: string;

  @Field(() => RoutedDossierFactsModel, { nullable: true })
  dossier!: RoutedDossierFactsModel | null;

  @Field(() => String, { description: 'Why no agency was found.' })
  reason!: string;

  @Field(() => DateTimeScalar)
  heldAt!: string;
}

@ObjectType('HeldDossierPage')
export class HeldDossierPageModel {
  @Field(() => [HeldDossierModel])
  items!: HeldDossierModel[];

  @Field(() => Int)
  totalCount!: number;

  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page.' })
  endCursor!: string | null;
}

function toHeldDossierModel(h: HeldDossier): HeldDossierModel {
  return {
    dossierCode: h.dossierCode,
    dossier: toFactsModel(h.dossier),
    reason: h.reason,
    heldAt: h.heldAt,
  };
}

export function toHeldDossierPageModel(
  page: RpcResponse<'routing.held.list.v1'>,
): HeldDossierPageModel {
  return { ...page, items: page.items.map(toHeldDossierModel) };
}
