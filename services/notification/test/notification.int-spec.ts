import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { jetstream, jetstreamManager, type JetStreamClient } from '@nats-io/jetstream';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import type { CloudEvent } from '@motcua/contracts';
import { Naming, StreamProvisioner, pendingSchemaChanges } from '@motcua/platform';
import {
  HttpSink,
  SmtpSink,
  TEST_NATS_URL,
  createTestDatabase,
  deleteTestStreams,
  serviceTestEnv,
  testSubjectPrefix,
  waitFor,
  type TestDatabase,
  publishEvent,
  receivedEvent,
  routedEvent,
} from '@motcua/testing';
import { AppModule } from '../src/app.module';
import { loadNotificationConfig } from '../src/config/notification.config';

interface DeliveryRow {
  id: string;
  channel: 'EMAIL' | 'SMS';
  template: string;
  recipient: string;
  status: 'PENDING' | 'SENT' | 'FAILED';
  attempts: number;
  last_error: string | null;
  sent_at: Date | null;
}

const MAX_ATTEMPTS = 4;

describe('notification service', () => {
  let db: TestDatabase;
  let prefix: string;
  let app: INestApplication;
  let smtp: SmtpSink;
  let sms: HttpSink;
  let nc: NatsConnection;
  let js: JetStreamClient;
  let naming: Naming;
  let pg: Client;

  const publish = (event: CloudEvent, msgID: string = event.id) =>
    publishEvent(js, naming, event, msgID);
  const deliveriesOf = async (code: string) =>
    (
      await pg.query<DeliveryRow>(
        'SELECT * FROM notification.delivery WHERE dossier_code = $1 ORDER BY created_at, channel',
        [code],
      )
    ).rows;
  const settled = (code: string, count: number) =>
    waitFor(
      async () => {
        const rows = await deliveriesOf(code);
        return rows.length === count && rows.every((r) => r.status !== 'PENDING') && rows;
      },
      { what: `${count} settled deliveries of ${code}` },
    );
  const smsTo = (phone: string) =>
    sms.requests.filter((r) => (r.body as { to?: string } | undefined)?.to === phone);
  const mailTo = (email: string) => smtp.messages.filter((m) => m.to.includes(email));

  beforeAll(async () => {
    db = await createTestDatabase('notification');
    prefix = testSubjectPrefix();
    naming = new Naming(prefix);
    smtp = await SmtpSink.start();
    sms = await HttpSink.start();
    const config = loadNotificationConfig(
      serviceTestEnv(db, prefix, {
        SMTP_URL: smtp.url,
        MAIL_FROM: 'Một cửa Hà Nội <no-reply@motcua.test>',
        SMS_GATEWAY_URL: `${sms.url}/sms`,
        NOTIFY_RETRY_BASE_MS: '50',
        NOTIFY_MAX_ATTEMPTS: String(MAX_ATTEMPTS),
        // Far beyond any wait below: deliveries must go out because commits wake the worker.
        NOTIFY_POLL_MS: '60000',
      }),
    );
    const moduleRef = await Test.createTestingModule({
      imports: [AppModule.forRoot(config)],
    }).compile();
    app = moduleRef.createNestApplication(new FastifyAdapter());
    await app.init();
    await app.get(StreamProvisioner).ensure();
    nc = await connect({ servers: TEST_NATS_URL });
    js = jetstream(nc);
    pg = new Client({ connectionString: db.url });
    await pg.connect();
  });

  afterAll(async () => {
    await nc?.close();
    await pg?.end();
    await app?.close();
    await smtp?.close();
    await sms?.close();
    await deleteTestStreams(prefix);
    await db?.drop();
  });

  it('has migrations that match its entities', async () => {
    expect(await pendingSchemaChanges(app.get(DataSource))).toEqual([]);
  });

  it('texts and e-mails the applicant in Vietnamese when a dossier is received and then routed', async () => {
    const received = receivedEvent();
    const { code, applicant } = received.data;
    await publish(received);
    await publish(routedEvent(received));

    const rows = await settled(code, 4);
    expect(rows.map((r) => [r.template, r.channel, r.status, r.attempts])).toEqual([
      ['dossier-received', 'EMAIL', 'SENT', 1],
      ['dossier-received', 'SMS', 'SENT', 1],
      ['dossier-routed', 'EMAIL', 'SENT', 1],
      ['dossier-routed', 'SMS', 'SENT', 1],
    ]);
    expect(rows.every((r) => r.sent_at !== null)).toBe(true);

    const texts = smsTo(applicant.phone);
    expect(texts.map((r) => (r.body as { text: string }).text)).toEqual([
      `Hồ sơ ${code} (Đăng ký khai sinh) đã được tiếp nhận lúc 05/01/2026 10:00. Hẹn trả kết quả: 06/01/2026 10:00.`,
      `Hồ sơ ${code} đã được chuyển đến UBND phường Ba Đình để giải quyết.`,
    ]);
    expect(texts[0].body).toMatchObject({ reference: code });
    expect(texts[0].headers['idempotency-key']).toBe(
      rows.find((r) => r.template === 'dossier-received' && r.channel === 'SMS')?.id,
    );

    const mails = mailTo(applicant.email!);
    expect(mails.map((m) => m.subject).sort()).toEqual([
      `Hồ sơ ${code} đã được chuyển đến UBND phường Ba Đình`,
      `Hồ sơ ${code} đã được tiếp nhận`,
    ]);
    expect(mails[0].from).toBe('no-reply@motcua.test');
    const receipt = mails.find((m) => m.subject.endsWith('tiếp nhận'));
    expect(receipt?.text).toContain('Kính gửi Nguyễn Văn A,');
    expect(receipt?.text).toContain('Hẹn trả kết quả: 06/01/2026 10:00.');
  });

  it('delivers both messages when routed is published before received', async () => {
    const received = receivedEvent();
    await publish(routedEvent(received));
    await publish(received);

    const rows = await settled(received.data.code, 4);
    expect(rows.every((r) => r.status === 'SENT')).toBe(true);
    expect(
      smsTo(received.data.applicant.phone).map((r) => (r.body as { text: string }).text),
    ).toEqual(
      expect.arrayContaining([
        expect.stringContaining('đã được tiếp nhận'),
        expect.stringContaining('UBND phường Ba Đình'),
      ]),
    );
    const { rows: dead } = await pg.query('SELECT 1 FROM notification.dead_letter');
    expect(dead).toEqual([]);
  });

  it('sends once when the same event is delivered twice', async () => {
    const received = receivedEvent();
    await publish(received);
    await publish(received); // same msg id: dropped by the broker's de-duplication window
    // A copy the broker keeps (another msg id): the consumer sees the event id a second time.
    await publish(received, `${received.id}:again`);

    await settled(received.data.code, 2);
    const jsm = await jetstreamManager(nc);
    await waitFor(
      async () => {
        const info = await jsm.consumers.info(
          naming.stream('dossier'),
          naming.durable('notification-dossier-received'),
        );
        return info.num_pending === 0 && info.num_ack_pending === 0;
      },
      { what: 'both copies consumed' },
    );
    // Other consumers (webhooks, portal sync) record the event too; this one applied it once.
    const { rows: processed } = await pg.query(
      "SELECT consumer FROM notification.processed_event WHERE event_id = $1 AND consumer = 'notification-dossier-received'",
      [received.id],
    );
    expect(processed).toEqual([{ consumer: 'notification-dossier-received' }]);
    expect(smsTo(received.data.applicant.phone)).toHaveLength(1);
    expect(mailTo(received.data.applicant.email!)).toHaveLength(1);
    expect(await deliveriesOf(received.data.code)).toHaveLength(2);
  });

  it('retries a failing SMS gateway and ends SENT with attempts=3 when it fails twice', async () => {
    const received = receivedEvent({
      applicant: { ...receivedEvent().data.applicant, email: null },
    });
    sms.failNext(2);
    await publish(received);

    const [row] = await settled(received.data.code, 1);
    expect(row).toMatchObject({ channel: 'SMS', status: 'SENT', attempts: 3, last_error: null });
    const calls = smsTo(received.data.applicant.phone);
    expect(calls.map((c) => c.status)).toEqual([500, 500, 200]);
    expect(new Set(calls.map((c) => c.headers['idempotency-key']))).toEqual(new Set([row.id]));
  });

  it('marks the SMS FAILED after the last attempt when the gateway always fails', async () => {
    const received = receivedEvent();
    sms.failNext(Infinity);
    try {
      await publish(received);
      const rows = await settled(received.data.code, 2);
      expect(rows.find((r) => r.channel === 'EMAIL')).toMatchObject({
        status: 'SENT',
        attempts: 1,
      });
      const failed = rows.find((r) => r.channel === 'SMS');
      expect(failed).toMatchObject({ status: 'FAILED', attempts: MAX_ATTEMPTS, sent_at: null });
      expect(failed?.last_error).toContain('SMS gateway answered 500');
      expect(smsTo(received.data.applicant.phone)).toHaveLength(MAX_ATTEMPTS);
    } finally {
      sms.failNext(0);
    }
  });
});
