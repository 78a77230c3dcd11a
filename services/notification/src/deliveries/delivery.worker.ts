import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { Clock, NotifiedLoop } from '@motcua/platform';
import { performance } from 'node:perf_hooks';
import { ChannelRegistry } from '../channels/channel-registry';
import { SmsGatewayError } from '../channels/http-sms.channel';
import { WebhookEndpointError } from '../channels/webhook.channel';
import { NOTIFICATION_CONFIG, type NotificationConfig } from '../config/notification.config';
import {
  DELIVERY_WAKE_CHANNEL,
  DeliveriesRepository,
  type AttemptRecord,
} from './deliveries.repository';
import type { DeliveryEntity } from './delivery.entity';
import { maskRecipient, redactRecipient } from './mask-recipient';
import { afterFailedAttempt, type RetryPolicy } from './retry-policy';
import { leaseUntil, waitForNextDueMs } from './send-schedule';

const BATCH = 50;

/**
 * Sends due PENDING deliveries outside any consumer transaction: claims a batch, sends, marks
 * SENT, or schedules a retry with exponential backoff until the attempts run out (FAILED).
 * Woken by NOTIFY when a consumer commits new deliveries; sleeps until the next retry falls due,
 * at most the poll interval. Messages to one recipient go out one after another, in order.
 */
@Injectable()
export class DeliveryWorker implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(DeliveryWorker.name);
  private readonly policy: RetryPolicy;
  private readonly loop: NotifiedLoop;

  constructor(
    private readonly deliveries: DeliveriesRepository,
    private readonly channels: ChannelRegistry,
    private readonly clock: Clock,
    @Inject(NOTIFICATION_CONFIG) private readonly config: NotificationConfig,
  ) {
    this.policy = { baseMs: config.NOTIFY_RETRY_BASE_MS, maxAttempts: config.NOTIFY_MAX_ATTEMPTS };
    this.loop = new NotifiedLoop({
      name: 'notification-delivery',
      databaseUrl: config.DATABASE_URL,
      channel: DELIVERY_WAKE_CHANNEL,
      round: async () => ({ more: (await this.sendDue()) === BATCH }),
      idleWaitMs: () => this.idleWaitMs(),
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.channels.enabledKinds().length)
      this.logger.warn(
        'no applicant channel configured (SMTP_URL, SMS_GATEWAY_URL): webhooks only',
      );
    await this.loop.start();
    this.logger.log(`delivering over ${this.channels.deliverableKinds().join(', ')}`);
  }

  private async idleWaitMs(): Promise<number> {
    const next = await this.deliveries
      .nextDueAt(this.channels.deliverableKinds())
      .catch(() => null);
    return waitForNextDueMs(next, this.clock.now(), this.config.NOTIFY_POLL_MS);
  }

  /** One round: claim due deliveries and send them; returns how many were claimed. */
  async sendDue(): Promise<number> {
    const now = this.clock.now();
    const lease = leaseUntil(now, this.config.NOTIFY_SEND_TIMEOUT_MS);
    const claimed = await this.deliveries.claimDue(
      now,
      this.channels.deliverableKinds(),
      BATCH,
      lease,
    );
    const byRecipient = new Map<string, DeliveryEntity[]>();
    for (const d of claimed) {
      const key = `${d.channel}:${d.recipient}`;
      byRecipient.set(key, [...(byRecipient.get(key) ?? []), d]);
    }
    const results = await Promise.allSettled(
      [...byRecipient.values()].map(async (queue) => {
        for (const d of queue) await this.attempt(d);
      }),
    );
    // A recipient's queue stops at a database error; its rest is sent when the lease runs out.
    const failed = results.find((r) => r.status === 'rejected');
    if (failed) throw failed.reason;
    return claimed.length;
  }

  private async attempt(d: DeliveryEntity): Promise<void> {
    const who = `${d.channel} ${maskRecipient(d.channel, d.recipient)} (dossier ${d.dossierCode}, delivery ${d.id})`;
    // The policy counts the attempts since the last replay (a replay grants a fresh budget).
    const round = d.attempts - d.attemptsBase;
    const started = performance.now();
    const record = (statusCode: number | null): AttemptRecord => ({
      at: this.clock.now(),
      statusCode,
      durationMs: Math.round(performance.now() - started),
    });
    if (round > this.policy.maxAttempts) {
      // Its last attempt's worker died mid-send; do not exceed the bound.
      await this.deliveries.markFailed(
        d,
        'attempts exhausted (last attempt interrupted)',
        record(null),
      );
      this.logger.error(`${who} FAILED: attempts exhausted`);
      return;
    }
    const channel = this.channels.get(d.channel);
    let statusCode: number | null = null;
    try {
      if (!channel) throw new Error(`channel ${d.channel} is not configured`);
      const receipt = await channel.send({
        deliveryId: d.id,
        to: d.recipient,
        subject: d.subject,
        text: d.body,
        reference: d.dossierCode,
      });
      statusCode = receipt?.statusCode ?? null;
    } catch (err) {
      const error = redactRecipient(
        err instanceof Error ? err.message : String(err),
        d.channel,
        d.recipient,
      ).slice(0, 1000);
      const attempt = record(statusOf(err));
      const permanent = err instanceof WebhookEndpointError && err.permanent;
      const outcome = permanent
        ? { status: 'FAILED' as const }
        : afterFailedAttempt(round, this.clock.now(), this.policy);
      if (outcome.status === 'FAILED') {
        await this.deliveries.markFailed(d, error, attempt);
        this.logger.error(`${who} FAILED after ${d.attempts} attempts: ${error}`);
      } else {
        await this.deliveries.markRetry(d, error, outcome.nextAttemptAt, attempt);
        this.logger.warn(
          `${who} attempt ${d.attempts} failed, retry at ${outcome.nextAttemptAt.toISOString()}: ${error}`,
        );
      }
      return;
    }
    // Sent but not recorded (database gone) means a resend after the lease: the SMS gateway
    // de-duplicates on the Idempotency-Key, webhook receivers on webhook-id; e-mail may arrive twice.
    await this.deliveries.markSent(d, record(statusCode));
    this.logger.log(`${who} sent (attempt ${d.attempts})`);
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.loop.stop();
  }
}

/** The HTTP status an endpoint answered with, when the error carries one. */
function statusOf(err: unknown): number | null {
  if (err instanceof SmsGatewayError || err instanceof WebhookEndpointError) return err.status;
  return null;
}
