import type { INestApplication } from '@nestjs/common';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import { Logger as PinoNestLogger } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import { Clock, type FixedClock } from '@motcua/platform';
import {
  connectRpcTestClient,
  createTestDatabase,
  deleteTestStreams,
  serviceTestEnv,
  testSubjectPrefix,
  type RpcTestClient,
  type TestDatabase,
} from '@motcua/testing';
// The real catalog runs beside reception, as in production (tests may import another service).
import { AppModule as CatalogModule } from '../../../catalog/src/app.module';
import { loadCatalogConfig } from '../../../catalog/src/config/catalog.config';
import { AppModule } from '../../src/app.module';
import { loadReceptionConfig } from '../../src/config/reception.config';

export interface ReceptionStackOptions {
  /** Label of the fresh test database. */
  database: string;
  /** Replaces `Clock` in both apps. */
  clock: FixedClock;
  /** Extra environment for the reception app only. */
  receptionEnv?: Record<string, string>;
  /**
   * Captures the JSON log lines of both apps (pino's root logger is one per process: reception
   * then starts first, so its logging options are the ones in force, and Nest logs through it).
   */
  logDestination?: DestinationStream;
}

export interface ReceptionStack {
  db: TestDatabase;
  prefix: string;
  catalog: INestApplication;
  reception: INestApplication;
  client: RpcTestClient;
  close(): Promise<void>;
}

async function startApp(
  module: unknown,
  clock: FixedClock,
  pinoLogs = false,
): Promise<INestApplication> {
  const ref = await Test.createTestingModule({ imports: [module as never] })
    .overrideProvider(Clock)
    .useValue(clock)
    .compile();
  const app = ref.createNestApplication(new FastifyAdapter(), { bufferLogs: pinoLogs });
  if (pinoLogs) app.useLogger(app.get(PinoNestLogger));
  await app.init();
  return app;
}

/** The seeded catalog and reception in-process on a fresh database and subject prefix. */
export async function startReceptionStack(options: ReceptionStackOptions): Promise<ReceptionStack> {
  const db = await createTestDatabase(options.database);
  const prefix = testSubjectPrefix();
  let catalog: INestApplication | undefined;
  let reception: INestApplication | undefined;
  let client: RpcTestClient | undefined;
  const close = async () => {
    await client?.close();
    await reception?.close();
    await catalog?.close();
    await deleteTestStreams(prefix);
    await db.drop();
  };
  const startReception = () =>
    startApp(
      AppModule.forRoot(loadReceptionConfig(serviceTestEnv(db, prefix, options.receptionEnv)), {
        logDestination: options.logDestination,
      }),
      options.clock,
      options.logDestination !== undefined,
    );
  try {
    if (options.logDestination) reception = await startReception();
    catalog = await startApp(
      CatalogModule.forRoot(
        loadCatalogConfig(serviceTestEnv(db, prefix, { MOTCUA_DEMO_SEED: 'true' })),
      ),
      options.clock,
    );
    reception ??= await startReception();
    // Compiling a testing module points Nest's logger at the testing one again: back to pino.
    if (options.logDestination) reception.useLogger(reception.get(PinoNestLogger));
    client = await connectRpcTestClient(prefix);
  } catch (error) {
    // What did start must not outlive the failed suite.
    await close();
    throw error;
  }
  return { db, prefix, catalog, reception, client, close };
}
