import { jetstreamManager } from '@nats-io/jetstream';
import { DataSource } from 'typeorm';
import type { CloudEvent } from '@motcua/contracts';
import { pendingSchemaChanges } from '@motcua/platform';
import { receivedEvent, routedEvent, waitFor } from '@motcua/testing';
import {
  startNotificationStack,
  type MessagingSinks,
  type NotificationStack,
} from './support/notification-stack';

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
  let stack: NotificationStack & MessagingSinks;

  const smsTo = (phone: string) =>
    stack.sms.requests.filter((r) => (r.body as { to?: string } | undefined)?.to === phone);
  const mailTo = (email: string) => stack.smtp.messages.filter((m) => m.to.includes(email));
  const publish = (event: CloudEvent, msgID?: string) => stack.publish(event, msgID);
  const settled = (code: string, count: number) => stack.settled<DeliveryRow>(code, count);

  beforeAll(async () => {
    stack = await startNotificationStack({
      database: 'notification',
      messaging: true,
      env: {
        MAIL_FROM: 'Một cửa Hà Nội <no-reply@motcua.test>',
        NOTIFY_MAX_ATTEMPTS: String(MAX_ATTEMPTS),
      },
    });
  });

  afterAll(async () => {
    await stack?.close();
  });

  it('has migrations that match its entities', async () => {
    expect(await pendingSchemaChanges(stack.app.get(DataSource))).toEqual([]);
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
    const { rows: dead } = await stack.pg.query('SELECT 1 FROM notification.dead_letter');
    expect(dead).toEqual([]);
  });

  it('sends once when the same event is delivered twice', async () => {
    const received = receivedEvent();
    await publish(received);
    await publish(received); // same msg id: dropped by the broker's de-duplication window
    // A copy the broker keeps (another msg id): the consumer sees the event id a second time.
    await publish(received, `${received.id}:again`);

    await settled(received.data.code, 2);
    const jsm = await jetstreamManager(stack.nc);
    await waitFor(
      async () => {
        const info = await jsm.consumers.info(
          stack.naming.stream('dossier'),
          stack.naming.durable('notification-dossier-received'),
        );
        return info.num_pending === 0 && info.num_ack_pending === 0;
      },
      { what: 'both copies consumed' },
    );
    // Other consumers (webhooks, portal sync) record the event too; this one applied it once.
    const { rows: processed } = await stack.pg.query(
      "SELECT consumer FROM notification.processed_event WHERE event_id = $1 AND consumer = 'notification-dossier-received'",
      [received.id],
    );
    expect(processed).toEqual([{ consumer: 'notification-dossier-received' }]);
    expect(smsTo(received.data.applicant.phone)).toHaveLength(1);
    expect(mailTo(received.data.applicant.email!)).toHaveLength(1);
    expect(await stack.deliveriesOf(received.data.code)).toHaveLength(2);
  });

  it('retries a failing SMS gateway and ends SENT with attempts=3 when it fails twice', async () => {
    const received = receivedEvent({
      applicant: { ...receivedEvent().data.applicant, email: null },
    });
    stack.sms.failNext(2);
    await publish(received);

    const [row] = await settled(received.data.code, 1);
    expect(row).toMatchObject({ channel: 'SMS', status: 'SENT', attempts: 3, last_error: null });
    const calls = smsTo(received.data.applicant.phone);
    expect(calls.map((c) => c.status)).toEqual([500, 500, 200]);
    expect(new Set(calls.map((c) => c.headers['idempotency-key']))).toEqual(new Set([row.id]));
  });

  it('marks the SMS FAILED after the last attempt when the gateway always fails', async () => {
    const received = receivedEvent();
    stack.sms.failNext(Infinity);
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
      stack.sms.failNext(0);
    }
  });
});
