import type { INestApplication } from '@nestjs/common';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import {
  jetstream,
  jetstreamManager,
  type ConsumerMessages,
  type JetStreamClient,
  type JetStreamManager,
  type PubAck,
} from '@nats-io/jetstream';
import { DataSource } from 'typeorm';
import { parseCloudEvent, type CloudEvent, type EventType } from '@motcua/contracts';
import {
  Clock,
  Naming,
  StreamProvisioner,
  type FixedClock,
  type PlatformRuntimeOptions,
} from '@motcua/platform';
import {
  connectRpcTestClient,
  createTestDatabase,
  deleteTestStreams,
  publishEvent,
  serviceTestEnv,
  testSubjectPrefix,
  waitFor,
  type RpcTestClient,
  type TestDatabase,
} from '@motcua/testing';
// TESTS ONLY: the real catalog runs beside routing, as in production. Production code in
// services/routing must never import services/catalog (services share only libs/*).
import { AppModule as CatalogModule } from '../../../catalog/src/app.module';
import { loadCatalogConfig } from '../../../catalog/src/config/catalog.config';
import { AppModule } from '../../src/app.module';
import { loadRoutingConfig } from '../../src/config/routing.config';

export interface SeenEvent {
  seq: number;
  type: EventType;
  event: CloudEvent;
}

export interface RoutingStackOptions {
  /** Label of the fresh test database. */
  database: string;
  /** Replaces `Clock` in both apps. */
  clock: FixedClock;
  /** Extra environment for the routing app only. */
  routingEnv?: Record<string, string>;
}

export interface RoutingStack {
  db: TestDatabase;
  naming: Naming;
  catalog: INestApplication;
  routing: INestApplication;
  /** Typed RPC client, as the gateway calls. */
  client: RpcTestClient;
  dataSource: DataSource;
  js: JetStreamClient;
  jsm: JetStreamManager;
  /** Every event of the dossier stream of this prefix, in stream order. */
  seen: SeenEvent[];
  publish(event: CloudEvent, msgID?: string): Promise<PubAck>;
  /** Events routing published about one dossier (anything but what the test published). */
  outputsFor(dossierId: string, type?: EventType): SeenEvent[];
  /** The first (or `index`th) such event, waited for. */
  waitForOutput(dossierId: string, type?: EventType, index?: number): Promise<SeenEvent>;
  close(): Promise<void>;
}

async function startApp(module: unknown, clock: FixedClock): Promise<INestApplication> {
  const ref = await Test.createTestingModule({ imports: [module as never] })
    .overrideProvider(Clock)
    .useValue(clock)
    .compile();
  const app = ref.createNestApplication(new FastifyAdapter());
  await app.init();
  return app;
}

const INPUT_TYPES: readonly EventType[] = ['dossier.received.v1', 'dossier.transitioned.v1'];

/** The seeded catalog and routing in-process on a fresh database and subject prefix. */
export async function startRoutingStack(options: RoutingStackOptions): Promise<RoutingStack> {
  const db = await createTestDatabase(options.database);
  const prefix = testSubjectPrefix();
  const naming = new Naming(prefix);
  const seen: SeenEvent[] = [];
  let catalog: INestApplication | undefined;
  let routing: INestApplication | undefined;
  let client: RpcTestClient | undefined;
  let nc: NatsConnection | undefined;
  let messages: ConsumerMessages | undefined;
  const close = async () => {
    await messages?.close();
    await nc?.close();
    await client?.close();
    await routing?.close();
    await catalog?.close();
    await deleteTestStreams(prefix);
    await db.drop();
  };
  try {
    const env = serviceTestEnv(db, prefix, { MOTCUA_DEMO_SEED: 'true' });
    catalog = await startApp(CatalogModule.forRoot(loadCatalogConfig(env)), options.clock);
    routing = await startApp(
      AppModule.forRoot(loadRoutingConfig({ ...env, ...options.routingEnv })),
      options.clock,
    );
    client = await connectRpcTestClient(prefix);
    nc = await connect({ servers: env.NATS_URL, noAsyncTraces: true });
    await new StreamProvisioner(
      nc,
      { jetstreamReplicas: 1 } as PlatformRuntimeOptions,
      naming,
    ).ensure();
    const js = jetstream(nc);
    const jsm = await jetstreamManager(nc);
    // An ordered consumer reads everything on the dossier stream of this prefix.
    const reader = await js.consumers.get(naming.stream('dossier'), {
      filter_subjects: naming.aggregateSubjects('dossier'),
    });
    messages = await reader.consume();
    const stream = messages;
    void (async () => {
      for await (const msg of stream) {
        const { type, event } = parseCloudEvent(msg.json<unknown>());
        seen.push({ seq: msg.seq, type, event });
      }
    })();
    const outputsFor = (dossierId: string, type?: EventType) =>
      seen.filter(
        (s) =>
          !INPUT_TYPES.includes(s.type) &&
          (type === undefined || s.type === type) &&
          (s.event.data as { dossierId: string }).dossierId === dossierId,
      );
    return {
      db,
      naming,
      catalog,
      routing,
      client,
      dataSource: routing.get(DataSource),
      js,
      jsm,
      seen,
      publish: (event, msgID = event.id) => publishEvent(js, naming, event, msgID),
      outputsFor,
      waitForOutput: (dossierId, type, index = 0) =>
        waitFor(() => outputsFor(dossierId, type)[index], {
          what: `${type ?? 'routing output'} #${index} for ${dossierId}`,
        }),
      close,
    };
  } catch (error) {
    // What did start must not outlive the failed suite.
    await close();
    throw error;
  }
}
