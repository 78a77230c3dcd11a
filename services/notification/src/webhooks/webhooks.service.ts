import { randomBytes, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  StaffRole,
  WEBHOOK_SECRET_PREFIX,
  eventTypeOf,
  type Actor,
  type CloudEvent,
  type RpcParsedRequest,
  type RpcResponse,
  type Webhook,
} from '@motcua/contracts';
import { Clock } from '@motcua/platform';
import { DeliveriesRepository } from '../deliveries/deliveries.repository';
import { DeliveryEntity } from '../deliveries/delivery.entity';
import { requireTenantRole } from '../deliveries/staff-roles';
import { WebhookEndpointEntity } from './webhook-endpoint.entity';
import { webhookBody } from './webhook-payload';
import { WebhooksRepository } from './webhooks.repository';

const ADMIN = [StaffRole.TenantAdmin] as const;

/** Integrators' webhook endpoints, and the deliveries each dossier event plans for them. */
@Injectable()
export class WebhooksService {
  constructor(
    private readonly webhooks: WebhooksRepository,
    private readonly deliveries: DeliveriesRepository,
    private readonly clock: Clock,
  ) {}

  async register(
    tenant: string,
    request: RpcParsedRequest<'notification.webhook.register.v1'>,
    actor: Actor | undefined,
  ): Promise<RpcResponse<'notification.webhook.register.v1'>> {
    const admin = requireTenantRole(tenant, actor, ADMIN, 'register webhooks');
    const secret = `${WEBHOOK_SECRET_PREFIX}${randomBytes(32).toString('base64')}`;
    const row = Object.assign(new WebhookEndpointEntity(), {
      id: randomUUID(),
      tenantId: tenant,
      url: request.url,
      eventTypes: [...new Set(request.eventTypes)],
      secret,
      createdBy: admin.subject,
      createdAt: this.clock.now(),
    });
    await this.webhooks.insert(row);
    return { webhook: toWebhook(row), secret };
  }

  async list(tenant: string, actor: Actor | undefined): Promise<Webhook[]> {
    requireTenantRole(tenant, actor, ADMIN, 'read webhooks');
    return (await this.webhooks.listByTenant(tenant)).map(toWebhook);
  }

  async delete(tenant: string, id: string, actor: Actor | undefined): Promise<boolean> {
    requireTenantRole(tenant, actor, ADMIN, 'delete webhooks');
    return this.webhooks.delete(tenant, id);
  }

  /** One PENDING delivery per subscribed endpoint, in the consumer's transaction. */
  async plan(manager: EntityManager, event: CloudEvent): Promise<void> {
    const type = eventTypeOf(event);
    const dossierCode = 'code' in event.data ? event.data.code : null;
    if (!type || !dossierCode) return;
    const endpoints = await this.webhooks.subscribedTo(manager, event.tenant, type);
    if (!endpoints.length) return;
    const now = this.clock.now();
    const body = webhookBody(event);
    await this.deliveries.insertPending(
      manager,
      endpoints.map((endpoint) =>
        Object.assign(new DeliveryEntity(), {
          id: randomUUID(),
          tenantId: event.tenant,
          eventId: event.id,
          dossierCode,
          channel: 'WEBHOOK' as const,
          recipient: endpoint.id,
          template: type,
          locale: 'vi' as const,
          subject: null,
          body,
          status: 'PENDING' as const,
          attempts: 0,
          attemptsBase: 0,
          lastError: null,
          nextAttemptAt: now,
          createdAt: now,
          sentAt: null,
          replayedBy: null,
          replayedAt: null,
        }),
      ),
    );
  }
}

function toWebhook(row: WebhookEndpointEntity): Webhook {
  return {
    id: row.id,
    url: row.url,
    eventTypes: row.eventTypes,
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdBy,
  };
}
