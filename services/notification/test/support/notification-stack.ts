import type { INestApplication } from '@nestjs/common';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { jetstream, type JetStreamClient, type PubAck } from '@nats-io/jetstream';
import { Client, type QueryResultRow } from 'pg';
import type { CloudEvent } from '@motcua/contracts';
import { Naming, StreamProvisioner } from '@motcua/platform';
import {
  HttpSink,
  SmtpSink,
  TEST_NATS_URL,
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
import { AppModule } from '../../src/app.module';
import { loadNotificationConfig } from '../../src/config/notification.config';

export interface NotificationStackOptions {
  /** Label of the fresh test database. */
  database: string;
  /**
   * Starts an SMTP sink and an SMS gateway sink and points the app at them. Without: the app has
   * no SMTP_URL and no SMS_GATEWAY_URL, so it sends neither e-mail nor SMS.
   */
  messaging?: boolean;
  /** Extra environment for the app (wins over the defaults below). */
  env?: Record<string, string>;
}

/** What a delivery row needs for `settled` to tell whether it is done. */
export interface DeliveryStatusRow extends QueryResultRow {
  status: string;
}

export interface NotificationStack {
  db: TestDatabase;
  prefix: string;
  naming: Naming;
  app: INestApplication;
  /** A connection of the test's own (stand-ins, consumer info). */
  nc: NatsConnection;
  js: JetStreamClient;
  /** Straight to the test database, to read what the app stored. */
  pg: Client;
  /** Typed RPC client, as the gateway calls. */
  client: RpcTestClient;
  publish(event: CloudEvent, msgID?: string): Promise<PubAck>;
  /** The rows of notification.delivery about one dossier, oldest first (EMAIL before SMS). */
  deliveriesOf<Row extends DeliveryStatusRow>(code: string): Promise<Row[]>;
  /** Waits until one dossier has `count` deliveries and none is PENDING any more. */
  settled<Row extends DeliveryStatusRow>(code: string, count: number): Promise<Row[]>;
  close(): Promise<void>;
}

export interface MessagingSinks {
  /** Receives the app's e-mail (SMTP_URL). */
  smtp: SmtpSink;
  /** Stands in for the SMS gateway (SMS_GATEWAY_URL is its `/sms`). */
  sms: HttpSink;
}

/** Waits until `read` yields `count` deliveries and none is PENDING; resolves with them. */
export function settledDeliveries<Row extends { status: string }>(
  read: () => Promise<Row[]>,
  count: number,
  what: string,
): Promise<Row[]> {
  return waitFor(
    async () => {
      const rows = await read();
      return rows.length === count && rows.every((r) => r.status !== 'PENDING') && rows;
    },
    { what },
  );
}

/** The notification app in-process on a fresh database and subject prefix. */
export function startNotificationStack(
  options: NotificationStackOptions & { messaging: true },
): Promise<NotificationStack & MessagingSinks>;
export function startNotificationStack(
  options: NotificationStackOptions,
): Promise<NotificationStack>;
export async function startNotificationStack(
  options: NotificationStackOptions,
): Promise<NotificationStack & Partial<MessagingSinks>> {
  const db = await createTestDatabase(options.database);
  const prefix = testSubjectPrefix();
  const naming = new Naming(prefix);
  let smtp: SmtpSink | undefined;
  let sms: HttpSink | undefined;
  let app: INestApplication | undefined;
  let nc: NatsConnection | undefined;
  let pg: Client | undefined;
  let client: RpcTestClient | undefined;
  const close = async () => {
    await client?.close();
    await pg?.end();
    await nc?.close();
    await app?.close();
    await smtp?.close();
    await sms?.close();
    await deleteTestStreams(prefix);
    await db.drop();
  };
  try {
    if (options.messaging) {
      smtp = await SmtpSink.start();
      sms = await HttpSink.start();
    }
    const config = loadNotificationConfig(
      serviceTestEnv(db, prefix, {
        ...(smtp && sms ? { SMTP_URL: smtp.url, SMS_GATEWAY_URL: `${sms.url}/sms` } : {}),
        // Retries come quickly; the backstop polls are far beyond any wait of a test: work must
        // go out because commits wake the workers.
        NOTIFY_RETRY_BASE_MS: '50',
        NOTIFY_POLL_MS: '60000',
        PORTAL_SYNC_RETRY_BASE_MS: '50',
        PORTAL_SYNC_POLL_MS: '60000',
        ...options.env,
      }),
    );
    const moduleRef = await Test.createTestingModule({
      imports: [AppModule.forRoot(config)],
    }).compile();
    app = moduleRef.createNestApplication(new FastifyAdapter());
    await app.init();
    await app.get(StreamProvisioner).ensure();
    nc = await connect({ servers: TEST_NATS_URL });
    const js = jetstream(nc);
    const sql = new Client({ connectionString: db.url });
    pg = sql;
    await sql.connect();
    client = await connectRpcTestClient(prefix);
    const deliveriesOf = async <Row extends DeliveryStatusRow>(code: string) =>
      (
        await sql.query<Row>(
          'SELECT * FROM notification.delivery WHERE dossier_code = $1 ORDER BY created_at, channel',
          [code],
        )
      ).rows;
    return {
      db,
      prefix,
      naming,
      app,
      nc,
      js,
      pg,
      client,
      smtp,
      sms,
      publish: (event, msgID = event.id) => publishEvent(js, naming, event, msgID),
      deliveriesOf,
      settled: <Row extends DeliveryStatusRow>(code: string, count: number) =>
        settledDeliveries(
          () => deliveriesOf<Row>(code),
          count,
          `${count} settled deliveries of ${code}`,
        ),
      close,
    };
  } catch (error) {
    // What did start must not outlive the failed suite.
    await close();
    throw error;
  }
}
