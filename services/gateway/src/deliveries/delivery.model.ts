import { Field, Int, ObjectType } from '@nestjs/graphql';
import {
  DELIVERY_CURSOR_KIND,
  deliveryChannelSchema,
  deliveryStatusSchema,
  encodeInstantCursor,
  type Delivery,
  type DeliveryChannel,
  type DeliveryStatus,
  type RpcResponse,
} from '@motcua/contracts';
import { DateTimeScalar } from '../graphql/date-time.scalar';
import { PageInfoModel } from '../graphql/page-info.model';
import { registerValuesEnum } from '../graphql/register-enum';

export const DeliveryChannelEnum = registerValuesEnum(
  deliveryChannelSchema.enum,
  'DeliveryChannel',
  "EMAIL or SMS to the applicant, or WEBHOOK to an integrator's endpoint.",
);
export const DeliveryStatusEnum = registerValuesEnum(
  deliveryStatusSchema.enum,
  'DeliveryStatus',
  'PENDING (due or retrying), SENT, or FAILED: the dead letter after the last try (replayable).',
);

@ObjectType('DeliveryAttempt')
export class DeliveryAttemptModel {
  @Field(() => Int, { description: '1-based; counts on across replays.' })
  attempt!: number;

  @Field(() => DateTimeScalar)
  at!: string;

  @Field(() => String, { description: 'SENT or FAILED.' })
  outcome!: string;

  @Field(() => Int, { nullable: true, description: 'HTTP status answered (SMS gateway, webhook).' })
  statusCode!: number | null;

  @Field(() => String, { nullable: true })
  error!: string | null;

  @Field(() => Int)
  durationMs!: number;
}

/** One message of one event over one channel to one recipient, with every attempt. */
@ObjectType('Delivery')
export class DeliveryModel {
  @Field(() => String, { description: 'Also the `webhook-id` header of a webhook delivery.' })
  id!: string;

  @Field(() => String)
  eventId!: string;

  @Field(() => String)
  dossierCode!: string;

  @Field(() => DeliveryChannelEnum)
  channel!: DeliveryChannel;

  @Field(() => String, { description: 'Masked phone or e-mail, or the webhook id.' })
  recipient!: string;

  @Field(() => String, { description: 'Message template, or the event type of a webhook.' })
  template!: string;

  @Field(() => DeliveryStatusEnum)
  status!: DeliveryStatus;

  @Field(() => Int)
  attempts!: number;

  @Field(() => String, { nullable: true })
  lastError!: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  nextAttemptAt!: string | null;

  @Field(() => DateTimeScalar)
  createdAt!: string;

  @Field(() => DateTimeScalar, { nullable: true })
  sentAt!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Who last replayed it from the dead letters.',
  })
  replayedBy!: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  replayedAt!: string | null;

  @Field(() => [DeliveryAttemptModel])
  attemptLog!: DeliveryAttemptModel[];
}

@ObjectType('DeliveryEdge')
export class DeliveryEdgeModel {
  @Field(() => String)
  cursor!: string;

  @Field(() => DeliveryModel)
  node!: DeliveryModel;
}

/** A page of deliveries, newest first, Relay style. */
@ObjectType('DeliveryConnection')
export class DeliveryConnectionModel {
  @Field(() => [DeliveryEdgeModel])
  edges!: DeliveryEdgeModel[];

  @Field(() => PageInfoModel)
  pageInfo!: PageInfoModel;
}

export function toDeliveryConnection(
  page: RpcResponse<'notification.delivery.list.v1'>,
): DeliveryConnectionModel {
  const edges = page.deliveries.map((d: Delivery) => ({
    cursor: encodeInstantCursor(DELIVERY_CURSOR_KIND, d.createdAt, d.id),
    node: d,
  }));
  return {
    edges,
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
  };
}
