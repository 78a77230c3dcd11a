import { randomUUID } from 'node:crypto';
import {
  DELIVERY_CURSOR_KIND,
  ErrorCode,
  encodeInstantCursor,
  verifyWebhook,
  type ActorInput,
  type CloudEvent,
  type Delivery,
} from '@motcua/contracts';
import { HttpSink, receivedEvent, routedEvent, type SinkRequest } from '@motcua/testing';
import {
  settledDeliveries,
  startNotificationStack,
  type NotificationStack,
} from './support/notification-stack';

const MAX_ATTEMPTS = 3;
const TENANT = 'hanoi';
const staff = (subject: string, roles: string[]): ActorInput => ({
  kind: 'STAFF',
  subject,
  tenant: TENANT,
  roles,
});
const admin = staff('admin-1', ['TENANT_ADMIN']);
const supervisor = staff('supervisor-1', ['SUPERVISOR']);
const auditor = staff('auditor-1', ['AUDITOR']);
const receiver = staff('receiver-1', ['RECEIVER']);

describe('notification webhooks', () => {
  let sink: HttpSink;
  let stack: NotificationStack;
  let secret: string;

  const as = (actor: ActorInput) => ({ tenant: TENANT, actor });
  const publish = (event: CloudEvent) => stack.publish(event, event.id);
  const callsFor = (code: string): SinkRequest[] =>
    sink.requests.filter((r) => (r.body as { data?: { code?: string } }).data?.code === code);
  const deliveriesOf = async (code: string): Promise<Delivery[]> =>
    (
      await stack.client.rpc.request(
        'notification.delivery.list.v1',
        { dossierCode: code },
        as(auditor),
      )
    ).deliveries;
  const settled = (code: string, count: number) =>
    settledDeliveries(
      () => deliveriesOf(code),
      count,
      `${count} settled webhook deliveries of ${code}`,
    );

  beforeAll(async () => {
    sink = await HttpSink.start();
    stack = await startNotificationStack({
      database: 'notification',
      env: { NOTIFY_MAX_ATTEMPTS: String(MAX_ATTEMPTS) },
    });
  });

  afterAll(async () => {
    await stack?.close();
    await sink?.close();
  });

  it('lets only the tenant administrator manage webhooks', async () => {
    const request = { url: `${sink.url}/hooks`, eventTypes: ['dossier.received.v1' as const] };
    await expect(
      stack.client.rpc.request('notification.webhook.register.v1', request, as(supervisor)),
    ).rejects.toMatchObject({ code: ErrorCode.Forbidden });
    await expect(
      stack.client.rpc.request('notification.webhook.register.v1', request, {
        tenant: TENANT,
        actor: { ...admin, tenant: 'hcm' },
      }),
    ).rejects.toMatchObject({ code: ErrorCode.Forbidden });
    await expect(
      stack.client.rpc.request('notification.webhook.list.v1', {}, as(auditor)),
    ).rejects.toMatchObject({ code: ErrorCode.Forbidden });
  });

  it('registers an endpoint and shows its secret once', async () => {
    const registered = await stack.client.rpc.request(
      'notification.webhook.register.v1',
      { url: `${sink.url}/hooks`, eventTypes: ['dossier.received.v1', 'dossier.routed.v1'] },
      as(admin),
    );
    expect(registered.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(registered.webhook).toMatchObject({ createdBy: 'admin-1', url: `${sink.url}/hooks` });
    secret = registered.secret;
    const { webhooks } = await stack.client.rpc.request(
      'notification.webhook.list.v1',
      {},
      as(admin),
    );
    expect(webhooks).toEqual([registered.webhook]);
    expect(JSON.stringify(webhooks)).not.toContain(secret);
  });

  it('delivers each subscribed event signed, with masked personal data', async () => {
    const received = receivedEvent({}, TENANT);
    const { code, applicant } = received.data;
    await publish(received);
    await publish(routedEvent(received));

    const rows = await settled(code, 2);
    expect(rows.map((r) => [r.template, r.channel, r.status, r.attempts]).sort()).toEqual([
      ['dossier.received.v1', 'WEBHOOK', 'SENT', 1],
      ['dossier.routed.v1', 'WEBHOOK', 'SENT', 1],
    ]);
    const calls = callsFor(code);
    expect(calls).toHaveLength(2);
    for (const call of calls) {
      const headers = {
        'webhook-id': String(call.headers['webhook-id']),
        'webhook-timestamp': String(call.headers['webhook-timestamp']),
        'webhook-signature': String(call.headers['webhook-signature']),
      };
      expect(await verifyWebhook(secret, headers, call.rawBody)).toEqual({ ok: true });
      expect(await verifyWebhook(secret, headers, call.rawBody.replace(code, 'X'))).toEqual({
        ok: false,
        reason: 'BAD_SIGNATURE',
      });
      expect(rows.map((r) => r.id)).toContain(headers['webhook-id']);
    }
    const receipt = calls.find((c) => (c.body as { type: string }).type.endsWith('received.v1'));
    expect(receipt?.rawBody).not.toContain(applicant.phone);
    expect(receipt?.rawBody).not.toContain(applicant.email!);
    expect(receipt?.body).toMatchObject({ id: received.id, data: { code } });
    expect(rows[0].attemptLog).toEqual([
      expect.objectContaining({ attempt: 1, outcome: 'SENT', statusCode: 200, error: null }),
    ]);
  });

  it('retries a failing receiver with the same webhook-id and records every attempt', async () => {
    const received = receivedEvent({}, TENANT);
    sink.failNext(2);
    await publish(received);

    const [row] = await settled(received.data.code, 1);
    expect(row).toMatchObject({ status: 'SENT', attempts: 3, lastError: null });
    const calls = callsFor(received.data.code);
    expect(calls.map((c) => c.status)).toEqual([500, 500, 200]);
    expect(new Set(calls.map((c) => c.headers['webhook-id']))).toEqual(new Set([row.id]));
    expect(row.attemptLog.map((a) => [a.attempt, a.outcome, a.statusCode])).toEqual([
      [1, 'FAILED', 500],
      [2, 'FAILED', 500],
      [3, 'SENT', 200],
    ]);
    expect(row.attemptLog[0].error).toContain('webhook answered 500');
    expect(row.attemptLog.every((a) => a.durationMs >= 0)).toBe(true);
  });

  it('marks a delivery dead after the last try, and a replay delivers it', async () => {
    const received = receivedEvent({}, TENANT);
    sink.failNext(Infinity);
    let dead: Delivery;
    try {
      await publish(received);
      [dead] = await settled(received.data.code, 1);
    } finally {
      sink.failNext(0);
    }
    expect(dead).toMatchObject({ status: 'FAILED', attempts: MAX_ATTEMPTS, sentAt: null });
    expect(callsFor(received.data.code)).toHaveLength(MAX_ATTEMPTS);
    const { deliveries } = await stack.client.rpc.request(
      'notification.delivery.list.v1',
      { status: 'FAILED' },
      as(supervisor),
    );
    expect(deliveries.map((d) => d.id)).toContain(dead.id);

    await expect(
      stack.client.rpc.request('notification.delivery.replay.v1', { id: dead.id }, as(auditor)),
    ).rejects.toMatchObject({ code: ErrorCode.Forbidden });
    const replayed = await stack.client.rpc.request(
      'notification.delivery.replay.v1',
      { id: dead.id },
      as(supervisor),
    );
    expect(replayed).toMatchObject({ status: 'PENDING', replayedBy: 'supervisor-1' });

    const [row] = await settled(received.data.code, 1);
    expect(row).toMatchObject({ status: 'SENT', attempts: MAX_ATTEMPTS + 1 });
    expect(row.attemptLog.map((a) => a.outcome)).toEqual(['FAILED', 'FAILED', 'FAILED', 'SENT']);
    const calls = callsFor(received.data.code);
    expect(new Set(calls.map((c) => c.headers['webhook-id']))).toEqual(new Set([dead.id]));
    await expect(
      stack.client.rpc.request('notification.delivery.replay.v1', { id: dead.id }, as(supervisor)),
    ).rejects.toMatchObject({ code: ErrorCode.Conflict });
  });

  it('replays every dead webhook delivery at once for a tenant administrator', async () => {
    const received = receivedEvent({}, TENANT);
    sink.failNext(Infinity);
    try {
      await publish(received);
      await settled(received.data.code, 1);
    } finally {
      sink.failNext(0);
    }
    const { replayed } = await stack.client.rpc.request(
      'notification.delivery.replay-dead.v1',
      { channel: 'WEBHOOK' },
      as(admin),
    );
    expect(replayed).toBe(1);
    const [row] = await settled(received.data.code, 1);
    expect(row).toMatchObject({ status: 'SENT', replayedBy: 'admin-1' });
  });

  it('gives up at once on a delivery whose endpoint was deleted', async () => {
    const { webhook } = await stack.client.rpc.request(
      'notification.webhook.register.v1',
      { url: `${sink.url}/gone`, eventTypes: ['dossier.overdue.v1'] },
      as(admin),
    );
    expect(
      await stack.client.rpc.request(
        'notification.webhook.delete.v1',
        { id: webhook.id },
        as(admin),
      ),
    ).toEqual({ deleted: true });
    // A delivery planned just before the deletion (as the consumer writes it), then woken.
    const code = `GONE-${randomUUID().slice(0, 8)}`;
    await stack.pg.query(
      `INSERT INTO notification.delivery (id, tenant_id, event_id, dossier_code, channel, recipient,
         template, locale, body, status, next_attempt_at, created_at)
       VALUES ($1, $2, $3, $4, 'WEBHOOK', $5, 'dossier.overdue.v1', 'vi', '{}', 'PENDING', now(), now())`,
      [randomUUID(), TENANT, randomUUID(), code, webhook.id],
    );
    await stack.pg.query("SELECT pg_notify('motcua_notification_delivery', '')");
    const [row] = await settled(code, 1);
    expect(row).toMatchObject({ status: 'FAILED', attempts: 1 });
    expect(row.lastError).toContain('was deleted');
    expect(sink.requests.filter((r) => r.path === '/gone')).toEqual([]);
  });

  it('pages deliveries newest first by cursor', async () => {
    const all = (await stack.client.rpc.request('notification.delivery.list.v1', {}, as(admin)))
      .deliveries;
    expect(all.length).toBeGreaterThan(3);
    const paged: string[] = [];
    let after: string | undefined;
    for (;;) {
      const page = await stack.client.rpc.request(
        'notification.delivery.list.v1',
        { first: 2, after },
        as(admin),
      );
      paged.push(...page.deliveries.map((d) => d.id));
      if (!page.hasNextPage) break;
      const last = page.deliveries.at(-1)!;
      after = encodeInstantCursor(DELIVERY_CURSOR_KIND, last.createdAt, last.id);
    }
    expect(paged).toEqual(all.map((d) => d.id));
    await expect(
      stack.client.rpc.request('notification.delivery.list.v1', { after: 'nonsense' }, as(admin)),
    ).rejects.toMatchObject({ code: ErrorCode.ValidationFailed });
  });

  it('refuses delivery reads to staff without an oversight role', async () => {
    await expect(
      stack.client.rpc.request('notification.delivery.list.v1', {}, as(receiver)),
    ).rejects.toMatchObject({ code: ErrorCode.Forbidden });
    await expect(
      stack.client.rpc.request('notification.delivery.replay-dead.v1', {}, as(receiver)),
    ).rejects.toMatchObject({ code: ErrorCode.Forbidden });
  });
});
