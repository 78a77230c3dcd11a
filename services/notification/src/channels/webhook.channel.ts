import { Inject, Injectable } from '@nestjs/common';
import { signWebhook } from '@motcua/contracts';
import { Clock } from '@motcua/platform';
import { NOTIFICATION_CONFIG, type NotificationConfig } from '../config/notification.config';
import { WebhooksRepository } from '../webhooks/webhooks.repository';
import type { NotificationChannel, OutboundMessage, SendReceipt } from './notification-channel';

/** An integrator's endpoint answered with a non-2xx status, or is gone. */
export class WebhookEndpointError extends Error {
  constructor(
    readonly status: number | null,
    detail: string,
    /** No retry can succeed (the endpoint was deleted): the delivery is dead at once. */
    readonly permanent = false,
  ) {
    super(status === null ? detail : `webhook answered ${status}${detail ? `: ${detail}` : ''}`);
    this.name = 'WebhookEndpointError';
  }
}

/**
 * POSTs the stored JSON body to the endpoint registered as `to`, signed per attempt (fresh
 * timestamp) with the same `webhook-id` (the delivery id) every time, so receivers de-duplicate.
 */
@Injectable()
export class WebhookChannel implements NotificationChannel {
  readonly kind = 'WEBHOOK' as const;

  constructor(
    private readonly webhooks: WebhooksRepository,
    private readonly clock: Clock,
    @Inject(NOTIFICATION_CONFIG) private readonly config: NotificationConfig,
  ) {}

  async send(message: OutboundMessage): Promise<SendReceipt> {
    const endpoint = await this.webhooks.findById(message.to);
    if (!endpoint) throw new WebhookEndpointError(null, `webhook ${message.to} was deleted`, true);
    const headers = await signWebhook(
      endpoint.secret,
      message.deliveryId,
      message.text,
      this.clock.now(),
    );
    const response = await fetch(endpoint.url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...headers },
      body: message.text,
      signal: AbortSignal.timeout(this.config.NOTIFY_SEND_TIMEOUT_MS),
      redirect: 'manual',
    });
    const detail = await response.text().catch(() => '');
    if (!response.ok) throw new WebhookEndpointError(response.status, detail.slice(0, 200));
    return { statusCode: response.status };
  }
}
