import {
  Inject,
  Injectable,
  type OnApplicationBootstrap,
  type BeforeApplicationShutdown,
} from '@nestjs/common';
import { headers as natsHeaders } from '@nats-io/nats-core';
import { jetstream, type JetStreamClient } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { DataSource } from 'typeorm';
import { Header } from '@motcua/contracts';
import { NotifiedLoop } from '../background/notified-loop';
import { asSystem } from '../database/database-scope';
import { OutboxEntity } from '../database/platform-entities';
import { NATS_CONNECTION, PLATFORM_OPTIONS, type PlatformRuntimeOptions } from '../platform.tokens';
import { StreamProvisioner } from '../events/stream-provisioner';
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

  constructor(
    private readonly dataSource: DataSource,
    private readonly streams: StreamProvisioner,
    @Inject(NATS_CONNECTION) nc: NatsConnection,
    @Inject(PLATFORM_OPTIONS) options: PlatformRuntimeOptions,
  ) {
    this.js = jetstream(nc);
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
          const h = natsHeaders();
          const envelope = row.envelope as { tenant?: string; traceparent?: string };
          if (envelope.tenant) h.set(Header.Tenant, envelope.tenant);
          if (envelope.traceparent) h.set(Header.TraceParent, envelope.traceparent);
          await this.js.publish(row.subject, JSON.stringify(row.envelope), {
            msgID: row.eventId,
            headers: h,
          });
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

  async beforeApplicationShutdown(): Promise<void> {
    await this.loop.stop();
  }
}
