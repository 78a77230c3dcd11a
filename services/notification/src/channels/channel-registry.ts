import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { NOTIFICATION_CONFIG, type NotificationConfig } from '../config/notification.config';
import { HttpSmsChannel } from './http-sms.channel';
import type { ChannelKind, DeliveryChannel, NotificationChannel } from './notification-channel';
import { SmtpEmailChannel } from './smtp-email.channel';
import { WebhookChannel } from './webhook.channel';

/** The channels whose endpoint is configured; an unconfigured channel is disabled. */
export function channelsFromConfig(config: NotificationConfig): NotificationChannel[] {
  const channels: NotificationChannel[] = [];
  if (config.SMTP_URL)
    channels.push(
      new SmtpEmailChannel({
        url: config.SMTP_URL,
        from: config.MAIL_FROM,
        timeoutMs: config.NOTIFY_SEND_TIMEOUT_MS,
      }),
    );
  if (config.SMS_GATEWAY_URL)
    channels.push(
      new HttpSmsChannel({ url: config.SMS_GATEWAY_URL, timeoutMs: config.NOTIFY_SEND_TIMEOUT_MS }),
    );
  return channels;
}

/** Injection token of the enabled channels (tests may provide their own). */
export const NOTIFICATION_CHANNELS = Symbol('NOTIFICATION_CHANNELS');

export const notificationChannelsProvider = {
  provide: NOTIFICATION_CHANNELS,
  inject: [NOTIFICATION_CONFIG],
  useFactory: channelsFromConfig,
};

/** Looks up enabled channels by kind; webhooks are always on (each endpoint is registered). */
@Injectable()
export class ChannelRegistry implements OnApplicationShutdown {
  private readonly byKind: ReadonlyMap<DeliveryChannel, NotificationChannel>;

  constructor(
    @Inject(NOTIFICATION_CHANNELS) channels: NotificationChannel[],
    webhook: WebhookChannel,
  ) {
    this.byKind = new Map([...channels, webhook].map((c) => [c.kind, c]));
  }

  /** The channels an applicant can be reached on. */
  enabledKinds(): ChannelKind[] {
    return [...this.byKind.keys()].filter((k): k is ChannelKind => k !== 'WEBHOOK');
  }

  /** Every channel the delivery worker sends over (applicants' and webhooks). */
  deliverableKinds(): DeliveryChannel[] {
    return [...this.byKind.keys()];
  }

  get(kind: DeliveryChannel): NotificationChannel | undefined {
    return this.byKind.get(kind);
  }

  async onApplicationShutdown(): Promise<void> {
    for (const channel of this.byKind.values()) await channel.close?.();
  }
}
