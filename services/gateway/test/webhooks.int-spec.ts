import { connect, type NatsConnection } from '@nats-io/transport-node';
import { jetstream } from '@nats-io/jetstream';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { ErrorCode, verifyWebhook } from '@motcua/contracts';
import { Naming } from '@motcua/platform';
import { HttpSink, TEST_NATS_URL, publishEvent, receivedEvent, waitFor } from '@motcua/testing';
import { graphqlClient, startGatewayStack, type GatewayStack } from './support/gateway-stack';

const MAX_ATTEMPTS = 2;

interface DeliveryView {
  id: string;
  channel: string;
  status: string;
  attempts: number;
  replayedBy: string | null;
  attemptLog: { attempt: number; outcome: string; statusCode: number | null }[];
}
const DELIVERY_FIELDS =
  'id channel status attempts replayedBy attemptLog { attempt outcome statusCode }';

describe('gateway webhooks and deliveries', () => {
  let stack: GatewayStack;
  let gateway: NestFastifyApplication;
  let sink: HttpSink;
  let nc: NatsConnection;
  let admin: Record<string, string>;
  let supervisor: Record<string, string>;
  let auditor: Record<string, string>;
  let receiver: Record<string, string>;
  let secret: string;
  const { data, errorCodes } = graphqlClient(() => gateway);

  const deliveries = (code: string, headers: Record<string, string>) =>
    data<{ deliveries: { edges: { node: DeliveryView }[] } }>(
      `query($code: String) { deliveries(dossierCode: $code, first: 10) {
        edges { cursor node { ${DELIVERY_FIELDS} } } pageInfo { hasNextPage endCursor } } }`,
      { code },
      headers,
    ).then((d) => d.deliveries.edges.map((e) => e.node));
  const settled = (code: string) =>
    waitFor(
      async () => {
        const [row] = await deliveries(code, auditor);
        return row && row.status !== 'PENDING' && row;
      },
      { what: `the webhook delivery of ${code} settled` },
    );

  beforeAll(async () => {
    sink = await HttpSink.start();
    stack = await startGatewayStack({
      database: 'gateway_webhooks',
      services: ['catalog', 'identity', 'notification'],
      notificationEnv: {
        NOTIFY_RETRY_BASE_MS: '50',
        NOTIFY_MAX_ATTEMPTS: String(MAX_ATTEMPTS),
        NOTIFY_POLL_MS: '60000',
      },
    });
    gateway = stack.gateway;
    nc = await connect({ servers: TEST_NATS_URL });
    [admin, supervisor, auditor, receiver] = await Promise.all(
      ['admin', 'supervisor', 'auditor', 'receiver'].map((r) => stack.staffAuth(`demo.hanoi.${r}`)),
    );
  });

  afterAll(async () => {
    await nc?.close();
    await stack?.close();
    await sink?.close();
  });

  it('registers, lists and deletes webhooks for tenant administrators only', async () => {
    const register = `mutation($url: String!, $types: [String!]!) {
      registerWebhook(url: $url, eventTypes: $types) { secret webhook { id url eventTypes } } }`;
    const vars = { url: `${sink.url}/hooks`, types: ['dossier.received.v1'] };
    expect(await errorCodes(register, vars, supervisor)).toEqual([ErrorCode.Forbidden]);
    expect(await errorCodes(register, { ...vars, types: ['catalog.changed.v1'] }, admin)).toEqual([
      'VALIDATION_FAILED',
    ]);
    const { registerWebhook } = await data<{
      registerWebhook: { secret: string; webhook: { id: string; eventTypes: string[] } };
    }>(register, vars, admin);
    expect(registerWebhook.secret).toMatch(/^whsec_/);
    expect(registerWebhook.webhook.eventTypes).toEqual(['dossier.received.v1']);
    const { webhooks } = await data<{ webhooks: { id: string }[] }>(
      '{ webhooks { id url eventTypes createdBy } }',
      {},
      admin,
    );
    expect(webhooks.map((w) => w.id)).toEqual([registerWebhook.webhook.id]);
    expect(await errorCodes('{ webhooks { id } }', {}, receiver)).toEqual([ErrorCode.Forbidden]);

    // A second endpoint, deleted again.
    const other = await data<{ registerWebhook: { webhook: { id: string } } }>(
      register,
      vars,
      admin,
    );
    const del = 'mutation($id: String!) { deleteWebhook(id: $id) }';
    expect(await data(del, { id: other.registerWebhook.webhook.id }, admin)).toEqual({
      deleteWebhook: true,
    });
    expect(await data(del, { id: other.registerWebhook.webhook.id }, admin)).toEqual({
      deleteWebhook: false,
    });
    secret = registerWebhook.secret;
  });

  it('shows the signed delivery and its attempts to auditors, and lets supervisors replay a dead one', async () => {
    const naming = new Naming(stack.prefix);
    const js = jetstream(nc);
    const received = receivedEvent({}, 'hanoi');
    const { code } = received.data;
    sink.failNext(Infinity);
    let dead: DeliveryView;
    try {
      await publishEvent(js, naming, received, received.id);
      dead = await settled(code);
    } finally {
      sink.failNext(0);
    }
    expect(dead).toMatchObject({ channel: 'WEBHOOK', status: 'FAILED', attempts: MAX_ATTEMPTS });
    expect(dead.attemptLog.map((a) => a.statusCode)).toEqual([500, 500]);
    expect(await errorCodes('{ deliveries { edges { cursor } } }', {}, receiver)).toEqual([
      ErrorCode.Forbidden,
    ]);

    const replay = `mutation($id: String!) { replayDeadDelivery(id: $id) { ${DELIVERY_FIELDS} } }`;
    expect(await errorCodes(replay, { id: dead.id }, auditor)).toEqual([ErrorCode.Forbidden]);
    const { replayDeadDelivery } = await data<{ replayDeadDelivery: DeliveryView }>(
      replay,
      { id: dead.id },
      supervisor,
    );
    expect(replayDeadDelivery.status).toBe('PENDING');
    expect(replayDeadDelivery.replayedBy).toBeTruthy();

    const sent = await settled(code);
    expect(sent).toMatchObject({ status: 'SENT', attempts: MAX_ATTEMPTS + 1 });
    expect(sent.attemptLog.map((a) => [a.attempt, a.outcome])).toEqual([
      [1, 'FAILED'],
      [2, 'FAILED'],
      [3, 'SENT'],
    ]);
    const accepted = sink.accepted.at(-1)!;
    expect(accepted.headers['webhook-id']).toBe(dead.id);
    expect(
      await verifyWebhook(
        secret,
        {
          'webhook-id': String(accepted.headers['webhook-id']),
          'webhook-timestamp': String(accepted.headers['webhook-timestamp']),
          'webhook-signature': String(accepted.headers['webhook-signature']),
        },
        accepted.rawBody,
      ),
    ).toEqual({ ok: true });
    expect(await data('mutation { replayDeadDeliveries(channel: WEBHOOK) }', {}, admin)).toEqual({
      replayDeadDeliveries: 0,
    });
  });
});
