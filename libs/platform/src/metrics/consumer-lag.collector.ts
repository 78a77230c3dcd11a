import { Inject, Injectable, Logger } from '@nestjs/common';
import { jetstreamManager, type JetStreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { Gauge, Registry } from 'prom-client';
import { NATS_CONNECTION } from '../platform.tokens';
import { collectFailures } from './collect-failures';
import { ScrapeCache } from './scrape-cache';

const CACHE_MS = 2000;
const TIMEOUT_MS = 2000;

interface WatchedConsumer {
  stream: string;
  durable: string;
}

/**
 * Lag of each durable consumer of this service: messages not yet delivered plus delivered but
 * not yet acknowledged (`num_pending + num_ack_pending` of the JetStream consumer info), read at
 * scrape time. A slow NATS makes the scrape show the last values, never wait past the timeout.
 */
@Injectable()
export class ConsumerLagCollector {
  private readonly logger = new Logger(ConsumerLagCollector.name);
  private readonly consumers = new Map<string, WatchedConsumer>();
  private readonly cache: ScrapeCache<Map<string, number>>;
  private manager: Promise<JetStreamManager> | undefined;

  constructor(
    registry: Registry,
    @Inject(NATS_CONNECTION) private readonly nc: NatsConnection,
  ) {
    const failures = collectFailures(registry);
    this.cache = new ScrapeCache(() => this.read(), {
      ttlMs: CACHE_MS,
      timeoutMs: TIMEOUT_MS,
      onFailure: (reason, err) => {
        failures.inc({ collector: 'consumer_lag', reason });
        if (err) this.logger.warn(`consumer lag not read: ${err.message}`);
      },
    });
    const cache = this.cache;
    new Gauge({
      name: 'motcua_consumer_lag_messages',
      help: 'Messages a durable consumer has still to process (pending plus unacknowledged)',
      labelNames: ['consumer'] as const,
      registers: [registry],
      async collect() {
        const lags = await cache.get();
        this.reset();
        for (const [consumer, lag] of lags ?? []) this.set({ consumer }, lag);
      },
    });
  }

  /** Called by the consumer host for each durable it starts; `consumer` is the unprefixed name. */
  watch(consumer: string, stream: string, durable: string): void {
    this.consumers.set(consumer, { stream, durable });
  }

  private async read(): Promise<Map<string, number>> {
    this.manager ??= jetstreamManager(this.nc);
    const jsm = await this.manager.catch((err: unknown) => {
      this.manager = undefined;
      throw err;
    });
    const entries = await Promise.all(
      [...this.consumers].map(async ([consumer, { stream, durable }]) => {
        const info = await jsm.consumers.info(stream, durable);
        return [consumer, info.num_pending + info.num_ack_pending] as const;
      }),
    );
    return new Map(entries);
  }
}
