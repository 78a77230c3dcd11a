import {
  Inject,
  Injectable,
  type OnApplicationBootstrap,
  type BeforeApplicationShutdown,
} from '@nestjs/common';
import { headers as natsHeaders } from '@nats-io/nats-core';
import { jetstream, type JetStreamClient } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { SpanKind, trace, type Tracer } from '@opentelemetry/api';
import { DataSource } from 'typeorm';
import { Header } from '@motcua/contracts';
import { NotifiedLoop } from '../background/notified-loop';
import { asSystem } from '../database/database-scope';
import { OutboxEntity } from '../database/platform-entities';
import { NATS_CONNECTION, PLATFORM_OPTIONS, type PlatformRuntimeOptions } from '../platform.tokens';
import { StreamProvisioner } from '../events/stream-provisioner';
import { eventTypeName, natsSpanAttributes } from '../telemetry/messaging-spans';
import { recordFailure, serviceTracer } from '../telemetry/service-tracer';
import { SpanAttribute } from '../telemetry/span-attributes';
import { contextOfTraceparent, traceparentOf } from '../telemetry/trace-context';
import { outboxChannel } from './outbox-writer';

const BATCH = 200;
const IDLE_POLL_MS = 1000;

/**
 * Publishes outbox rows to JetStream with `Nats-Msg-Id` = event id, so a row published twice
 * (crash between publish and delete) is dropped by the broker's de-duplication window. Wakes on
 * NOTIFY from committing writers and polls as a backstop; replicas share rows with SKIP LOCKED.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly js: JetStreamClient;
  private readonly loop: NotifiedLoop;
  private readonly tracer: Tracer;
  private readonly serviceName: string;

  constructor(
    private readonly dataSource: DataSource,
    private readonly streams: StreamProvisioner,
    @Inject(NATS_CONNECTION) nc: NatsConnection,
    @Inject(PLATFORM_OPTIONS) options: PlatformRuntimeOptions,
  ) {
    this.js = jetstream(nc);
    this.serviceName = options.serviceName;
    this.tracer = serviceTracer(options.serviceName);
    this.loop = new NotifiedLoop({
      name: `${options.serviceName}-outbox`,
      databaseUrl: options.databaseUrl,
      channel: outboxChannel(options.databaseSchema ?? 'public'),
      round: async () => {
        const batch = await this.publishBatch();
        if (batch.error) throw batch.error;
        return { more: batch.published === BATCH };
      },
      idleWaitMs: () => IDLE_POLL_MS,
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.streams.ensure();
    await this.loop.start();
  }

  /**
   * Publishes up to one batch in order and deletes what JetStream acknowledged; stops at the
   * first failure, recording it on that row (the transaction still commits). System work: the
   * outbox holds every tenant's events.
   */
  async publishBatch(): Promise<{ published: number; error?: Error }> {
    return asSystem(() => this.publishBatchOfAllTenants());
  }

  private async publishBatchOfAllTenants(): Promise<{ published: number; error?: Error }> {
    return this.dataSource.transaction(async (manager) => {
      const rows = await manager
        .getRepository(OutboxEntity)
        .createQueryBuilder('o')
        .orderBy('o.seq', 'ASC')
        .limit(BATCH)
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .getMany();
      const done: string[] = [];
      let error: Error | undefined;
      try {
        for (const row of rows) {
          await this.publish(row);
          done.push(row.seq);
        }
      } catch (err) {
        error = err instanceof Error ? err : new Error(String(err));
        const failed = rows[done.length];
        await manager.update(
          OutboxEntity,
          { seq: failed.seq },
          { attempts: failed.attempts + 1, lastError: error.message },
        );
      }
      if (done.length) await manager.delete(OutboxEntity, done);
      return { published: done.length, error };
    });
  }

  /** Publishes one row in a PRODUCER span, child of the span that wrote the event. */
  private async publish(row: OutboxEntity): Promise<void> {
    const envelope = row.envelope as { type?: string; tenant?: string; traceparent?: string };
    const parent = contextOfTraceparent(envelope.traceparent);
    const span = this.tracer.startSpan(
      `publish ${envelope.type ? eventTypeName(envelope.type) : row.subject}`,
      {
        kind: SpanKind.PRODUCER,
        attributes: {
          ...natsSpanAttributes({
            service: this.serviceName,
            destination: row.subject,
            operation: 'send',
            tenant: envelope.tenant,
          }),
          [SpanAttribute.messagingMessageId]: row.eventId,
        },
      },
      parent,
    );
    const h = natsHeaders();
    if (envelope.tenant) h.set(Header.Tenant, envelope.tenant);
    const traceparent = traceparentOf(trace.setSpan(parent, span)) ?? envelope.traceparent;
    if (traceparent) h.set(Header.TraceParent, traceparent);
    try {
      await this.js.publish(row.subject, JSON.stringify(row.envelope), {
        msgID: row.eventId,
        headers: h,
      });
    } catch (err) {
      recordFailure(span, err);
      throw err;
    } finally {
      span.end();
    }
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.loop.stop();
  }
}
