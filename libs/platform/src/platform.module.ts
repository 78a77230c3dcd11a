import { DecoratedMethodExplorer } from './discovery/decorated-methods';
import {
  Module,
  type DynamicModule,
  type Provider,
  type Type,
  Inject,
  Injectable,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { TerminusModule } from '@nestjs/terminus';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { NatsConnection } from '@nats-io/transport-node';
import { LoggerModule } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import type { EntitySchema, MixedList } from 'typeorm';
import type { RowLevelSecurityOptions } from './database/row-level-security-pool';
import { CatalogClient } from './catalog/catalog-client';
import { Clock, SystemClock } from './clock/clock';
import type { BaseConfig, DatabaseConfig } from './config/load-config';
import { dataSourceOptions, openServiceDataSource } from './database/create-data-source';
import {
  CONSUMER_OBSERVER,
  EventConsumerHost,
  type ConsumerObserver,
} from './events/event-consumer-host';
import { StreamProvisioner } from './events/stream-provisioner';
import { HEALTH_CHECKS_DATABASE, HealthController } from './health/health.controller';
import { NatsHealthIndicator } from './health/nats.health';
import { loggerOptions } from './logging/logger-options';
import { Registry } from 'prom-client';
import { ConsumerLagCollector } from './metrics/consumer-lag.collector';
import { EventMetrics } from './metrics/event-metrics';
import { HttpMetrics } from './metrics/http-metrics';
import { MetricsController } from './metrics/metrics.controller';
import { OutboxBacklogCollector } from './metrics/outbox-backlog.collector';
import { RpcMetrics } from './metrics/rpc-metrics';
import { createServiceRegistry } from './metrics/service-registry';
import { connectNats } from './nats/connect-nats';
import { Naming } from './nats/naming';
import { OutboxRelay } from './outbox/outbox-relay';
import { OutboxWriter } from './outbox/outbox-writer';
import { NATS_CONNECTION, PLATFORM_OPTIONS, type PlatformRuntimeOptions } from './platform.tokens';
import { RpcClient } from './rpc/rpc-client';
import { RpcServer } from './rpc/rpc-server';
import { TracingLifecycle } from './telemetry/tracing.lifecycle';

export interface PlatformModuleOptions {
  serviceName: string;
  config: BaseConfig & Partial<DatabaseConfig>;
  /** Services that own a PostgreSQL schema get TypeORM, the outbox relay and event consumers. */
  database?: {
    schema: string;
    entities: MixedList<Function | string | EntitySchema>;
    migrations: MixedList<Function | string>;
    /** Enforce the schema's row-level security (see ServiceDatabaseOptions). */
    rowLevelSecurity?: RowLevelSecurityOptions;
  };
  /** Cached catalog reference data (reception, routing). */
  catalogClient?: boolean;
  /** Told of every consumed event after its commit (metrics; crash tests). */
  consumerObserver?: Type<ConsumerObserver>;
  /** Where the JSON log lines go instead of stdout (tests capture them). */
  logDestination?: DestinationStream;
}

/** Drains the NATS connection last, after handlers and consumers stopped taking work. */
@Injectable()
class NatsLifecycle implements OnApplicationShutdown {
  constructor(@Inject(NATS_CONNECTION) private readonly nc: NatsConnection) {}
  async onApplicationShutdown(): Promise<void> {
    if (!this.nc.isClosed()) await this.nc.drain().catch(() => this.nc.close());
  }
}

/**
 * The plumbing every service shares: config, JSON logs, NATS (request/reply server and client),
 * JetStream streams, the transactional outbox and durable consumers, health endpoints.
 */
@Module({})
export class PlatformModule {
  static forService(options: PlatformModuleOptions): DynamicModule {
    const { config } = options;
    const runtime: PlatformRuntimeOptions = {
      serviceName: options.serviceName,
      natsUrl: config.NATS_URL,
      subjectPrefix: config.MOTCUA_SUBJECT_PREFIX,
      rpcTimeoutMs: config.RPC_TIMEOUT_MS,
      jetstreamReplicas: config.JETSTREAM_REPLICAS,
      shutdownTimeoutMs: config.SHUTDOWN_TIMEOUT_MS,
      databaseUrl: config.DATABASE_URL,
      databaseSchema: options.database?.schema,
    };
    const providers: Provider[] = [
      { provide: PLATFORM_OPTIONS, useValue: runtime },
      { provide: Clock, useClass: SystemClock },
      { provide: Naming, useValue: new Naming(runtime.subjectPrefix) },
      {
        provide: NATS_CONNECTION,
        useFactory: () =>
          connectNats({ url: runtime.natsUrl, name: runtime.serviceName, failFast: true }),
      },
      { provide: HEALTH_CHECKS_DATABASE, useValue: Boolean(options.database) },
      NatsLifecycle,
      TracingLifecycle,
      DecoratedMethodExplorer,
      RpcClient,
      RpcServer,
      StreamProvisioner,
      NatsHealthIndicator,
      // One Prometheus registry per app: several services may share a process (tests).
      { provide: Registry, useFactory: () => createServiceRegistry(runtime.serviceName) },
      RpcMetrics,
      HttpMetrics,
    ];
    const exported: (string | symbol | Function)[] = [
      PLATFORM_OPTIONS,
      Clock,
      Naming,
      NATS_CONNECTION,
      RpcClient,
      StreamProvisioner,
      Registry,
    ];
    const imports: DynamicModule['imports'] = [
      DiscoveryModule,
      TerminusModule,
      LoggerModule.forRoot(
        loggerOptions(options.serviceName, config.LOG_LEVEL, options.logDestination),
      ),
    ];
    if (options.database) {
      const database = options.database;
      const url = config.DATABASE_URL;
      if (!url) throw new Error(`${options.serviceName}: DATABASE_URL is required`);
      const dbOptions = {
        url,
        schema: database.schema,
        entities: database.entities,
        migrations: database.migrations,
        poolSize: config.DATABASE_POOL_SIZE,
        applicationName: options.serviceName,
        rowLevelSecurity: database.rowLevelSecurity,
      };
      imports.push(
        TypeOrmModule.forRootAsync({
          useFactory: () => dataSourceOptions(dbOptions),
          dataSourceFactory: () => openServiceDataSource(dbOptions),
        }),
      );
      providers.push(OutboxWriter, OutboxRelay, EventConsumerHost);
      providers.push(EventMetrics, ConsumerLagCollector, OutboxBacklogCollector);
      if (options.consumerObserver)
        providers.push({ provide: CONSUMER_OBSERVER, useClass: options.consumerObserver });
      exported.push(OutboxWriter);
    }
    if (options.catalogClient) {
      providers.push(CatalogClient);
      exported.push(CatalogClient);
    }
    return {
      module: PlatformModule,
      global: true,
      imports,
      controllers: [HealthController, MetricsController],
      providers,
      exports: exported,
    };
  }
}
