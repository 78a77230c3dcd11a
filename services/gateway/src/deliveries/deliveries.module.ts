import { Module } from '@nestjs/common';
import { DeliveriesResolver } from './deliveries.resolver';
import { WebhooksResolver } from './webhooks.resolver';

/** Notification through GraphQL: integrators' webhooks and the delivery log with replays. */
@Module({ providers: [WebhooksResolver, DeliveriesResolver] })
export class DeliveriesModule {}
