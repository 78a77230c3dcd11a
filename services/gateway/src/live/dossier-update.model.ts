import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { DossierStatus } from '@motcua/contracts';
import { DossierStatusEnum } from '../dossiers/dossier.enums';
import { DateTimeScalar } from '../graphql/date-time.scalar';
import type { LiveUpdate } from './live-update';

@ObjectType('DossierUpdate', {
  description:
    'A dossier changed: what happened and its status when the event states it. No personal data: query dossier(code) for the details.',
})
export class DossierUpdateModel {
  @Field(() => String)
  code!: string;

  @Field(() => String, {
    description: 'The event, e.g. dossier.received.v1, dossier.transitioned.v1, dossier.routed.v1.',
  })
  event!: string;

  @Field(() => DossierStatusEnum, {
    nullable: true,
    description: 'The local status after the event; null when the event does not state it.',
  })
  status!: DossierStatus | null;

  @Field(() => Int, { nullable: true, description: 'The national status code (1–10) after it.' })
  nationalStatusCode!: number | null;

  @Field(() => DateTimeScalar, { description: 'When it happened.' })
  at!: string;
}

export const toDossierUpdateModel = (update: LiveUpdate): DossierUpdateModel => ({
  code: update.code,
  event: update.event,
  status: update.status,
  nationalStatusCode: update.nationalStatusCode,
  at: update.at,
});
