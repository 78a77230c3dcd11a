import { Inject, Injectable } from '@nestjs/common';
import {
  jetstreamManager,
  JetStreamApiError,
  RetentionPolicy,
  StorageType,
  type StreamConfig,
} from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { AGGREGATES } from '@motcua/contracts';
import { Naming } from '../nats/naming';
import { NATS_CONNECTION, PLATFORM_OPTIONS, type PlatformRuntimeOptions } from '../platform.tokens';

const SECOND_NS = 1_000_000_000;
const DAY_NS = 86_400 * SECOND_NS;

/**
 * Creates (or updates) one file-backed stream per aggregate. Idempotent: every service that
 * publishes or consumes calls it at start, so boot order does not matter.
 */
@Injectable()
export class StreamProvisioner {
  private ensured?: Promise<void>;

  constructor(
    @Inject(NATS_CONNECTION) private readonly nc: NatsConnection,
    @Inject(PLATFORM_OPTIONS) private readonly options: PlatformRuntimeOptions,
    private readonly naming: Naming,
  ) {}

  ensure(): Promise<void> {
    this.ensured ??= this.provision().catch((err: unknown) => {
      this.ensured = undefined;
      throw err;
    });
    return this.ensured;
  }

  private async provision(): Promise<void> {
    const jsm = await jetstreamManager(this.nc);
    for (const aggregate of AGGREGATES) {
      const config: Partial<StreamConfig> & { name: string } = {
        name: this.naming.stream(aggregate),
        subjects: [this.naming.aggregateSubjects(aggregate)],
        storage: StorageType.File,
        retention: RetentionPolicy.Limits,
        num_replicas: this.options.jetstreamReplicas,
        duplicate_window: 10 * 60 * SECOND_NS,
        max_age: 365 * DAY_NS,
      };
      try {
        await jsm.streams.info(config.name);
        await jsm.streams.update(config.name, config);
      } catch (err) {
        if (!(err instanceof JetStreamApiError) || (err.status !== 404 && err.code !== 10059))
          throw err;
        await jsm.streams.add(config).catch(async (addErr: unknown) => {
          // Another service created it between our info and add.
          if (addErr instanceof JetStreamApiError && /already in use/.test(addErr.message)) return;
          throw addErr;
        });
      }
    }
  }
}
