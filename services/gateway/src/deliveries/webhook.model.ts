import { Field, ObjectType } from '@nestjs/graphql';
import type { Webhook } from '@motcua/contracts';
import { DateTimeScalar } from '../graphql/date-time.scalar';

/** An integrator's endpoint that receives signed dossier events. */
@ObjectType('Webhook')
export class WebhookModel {
  @Field(() => String)
  id!: string;

  @Field(() => String)
  url!: string;

  @Field(() => [String], { description: 'Dossier event types, e.g. `dossier.received.v1`.' })
  eventTypes!: string[];

  @Field(() => DateTimeScalar)
  createdAt!: string;

  @Field(() => String)
  createdBy!: string;
}

@ObjectType('RegisteredWebhook')
export class RegisteredWebhookModel {
  @Field(() => WebhookModel)
  webhook!: WebhookModel;

  @Field(() => String, {
    description: 'The signing secret (`whsec_...`). Shown this once only: store it now.',
  })
  secret!: string;
}

export function toWebhookModel(w: Webhook): WebhookModel {
  return { ...w, eventTypes: [...w.eventTypes] };
}
