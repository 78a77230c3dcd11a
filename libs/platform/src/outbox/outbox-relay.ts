import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type BeforeApplicationShutdown,
} from '@nestjs/common';
import { headers as natsHeaders } from '@nats-io/nats-core';
import { jetstream, type JetStreamClient } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { Client as PgClient } from 'pg';
import { DataSource } from 'typeorm';
import { Header } from '@motcua/contracts';
import { OutboxEntity } from '../database/platform-entities';
import { NATS_CONNECTION, PLATFORM_OPTIONS, type PlatformRuntimeOptions } from '../platform.tokens';
import { StreamProvisioner } from '../events/stream-provisioner';
import { outboxChannel } from './outbox-writer';

const BATCH = 200;
const IDLE_POLL_MS = 1000;
const MAX_BACKOFF_MS = 10_000;

/**
 * Publishes outbox rows to JetStream with `Nats-Msg-Id` = event id, so a row published twice
 * (crash between publish and delete) is dropped by the broker's de-duplication window. Wakes on
 * NOTIFY from committing writers and polls as a backstop; replicas share rows with SKIP LOCKED.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
  private readonly js: JetStreamClient;
  private listener?: PgClient;
  private running = false;
  private wake?: () => void;
  /** A NOTIFY that arrived while a batch was publishing: run again at once instead of sleeping. */
  private wakeRequested = false;
  private loop?: Promise<void>;
  private failures = 0;

  constructor(
    private readonly dataSource: DataSource,
    private readonly streams: StreamProvisioner,
    @Inject(NATS_CONNECTION) nc: NatsConnection,
    @Inject(PLATFORM_OPTIONS) private readonly options: PlatformRuntimeOptions,
  ) {
    this.js = jetstream(nc);
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.streams.ensure();
    this.running = true;
    await this.listen();
    this.loop = this.run();
  }

  private async listen(): Promise<void> {
    if (!this.options.databaseUrl) return;
    const client = new PgClient({
      connectionString: this.options.databaseUrl,
      application_name: `${this.options.serviceName}-outbox`,
    });
    client.on('notification', () => {
      this.wakeRequested = true;
      this.wake?.();
    });
    client.on('error', (err) => {
      // The poll keeps publishing; LISTEN only shortens the wait.
      this.logger.warn(`outbox LISTEN connection lost: ${err.message}`);
    });
    await client.connect();
    await client.query(`LISTEN "${outboxChannel(this.options.databaseSchema ?? 'public')}"`);
    this.listener = client;
  }

  private async run(): Promise<void> {
    while (this.running) {
      this.wakeRequested = false;
      let published = 0;
      try {
        const batch = await this.publishBatch();
        published = batch.published;
        if (batch.error) throw batch.error;
        this.failures = 0;
      } catch (err) {
        this.failures += 1;
        this.logger.warn(
          `outbox publish failed (attempt ${this.failures}): ${(err as Error).message}`,
        );
      }
      if (!this.running) break;
      if ((published === BATCH || this.wakeRequested) && !this.failures) {
        this.wakeRequested = false;
        continue;
      }
      const wait = this.failures
        ? Math.min(MAX_BACKOFF_MS, 100 * 2 ** this.failures)
        : IDLE_POLL_MS;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, wait);
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.wake = undefined;
    }
  }

  /**
   * Publishes up to one batch in order and deletes what JetStream acknowledged; stops at the
   * first failure, recording it on that row (the transaction still commits).
   */
  async publishBatch(): Promise<{ published: number; error?: Error }> {
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
    this.running = false;
    this.wake?.();
    await this.loop;
    await this.listener?.end().catch(() => undefined);
  }
}
