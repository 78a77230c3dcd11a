import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  WEBHOOK_EVENT_TYPES,
  type CloudEvent,
  type RpcParsedRequest,
  type RpcResponse,
} from '@motcua/contracts';
import { EventHandler, RpcHandler, type RpcCallContext } from '@motcua/platform';
import { WebhooksService } from './webhooks.service';

/** Webhook administration, and every dossier event fanned out to subscribed endpoints. */
@Injectable()
export class WebhooksHandler {
  constructor(private readonly webhooks: WebhooksService) {}

  @EventHandler({ name: 'webhook-dossier-events', types: WEBHOOK_EVENT_TYPES })
  dossierEvent(event: CloudEvent, manager: EntityManager): Promise<void> {
    return this.webhooks.plan(manager, event);
  }

  @RpcHandler('notification.webhook.register.v1')
  register(
    request: RpcParsedRequest<'notification.webhook.register.v1'>,
    ctx: RpcCallContext,
  ): Promise<RpcResponse<'notification.webhook.register.v1'>> {
    return this.webhooks.register(ctx.tenant!, request, ctx.actor);
  }

  @RpcHandler('notification.webhook.list.v1')
  async list(
    _request: RpcParsedRequest<'notification.webhook.list.v1'>,
    ctx: RpcCallContext,
  ): Promise<RpcResponse<'notification.webhook.list.v1'>> {
    return { webhooks: await this.webhooks.list(ctx.tenant!, ctx.actor) };
  }

  @RpcHandler('notification.webhook.delete.v1')
  async delete(
    request: RpcParsedRequest<'notification.webhook.delete.v1'>,
    ctx: RpcCallContext,
  ): Promise<RpcResponse<'notification.webhook.delete.v1'>> {
    return { deleted: await this.webhooks.delete(ctx.tenant!, request.id, ctx.actor) };
  }
}
