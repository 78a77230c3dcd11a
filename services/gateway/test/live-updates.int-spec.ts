import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { demoRequiredComponents, waitFor } from '@motcua/testing';
import { AppModule } from '../src/app.module';
import { loadGatewayConfig } from '../src/config/gateway.config';
import { LiveFeed } from '../src/live/live-feed.service';
import {
  gatewayTestEnv,
  graphqlClient,
  startApp,
  startGatewayStack,
  type GatewayStack,
} from './support/gateway-stack';
import { GraphqlWsClient } from './support/graphql-ws-client';

const STRANGER = { account: 'citizen.nguoi-la', personalId: '001190088888' };
/** A receiver of another branch than the demo receiver's (hn-ba-dinh), made by the test. */
const OTHER_RECEIVER = 'hanoi.le-tan-cau-giay';

const DOSSIER_UPDATED = /* GraphQL */ `
  subscription Updated($code: String!) {
    dossierUpdated(code: $code) {
      code
      event
      status
      nationalStatusCode
      at
    }
  }
`;
const QUEUE_UPDATED = /* GraphQL */ `
  subscription Queue($branchId: String, $agencyCode: String) {
    queueUpdated(branchId: $branchId, agencyCode: $agencyCode) {
      code
      event
      status
    }
  }
`;

interface Update {
  code: string;
  event: string;
  status: string | null;
  nationalStatusCode?: number | null;
  at?: string;
}

/** Listens on a free local port; the WebSocket address of its GraphQL endpoint. */
async function wsUrl(app: NestFastifyApplication): Promise<string> {
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  return `ws://127.0.0.1:${port}/graphql`;
}

/**
 * GraphQL subscriptions over WebSocket (graphql-transport-ws): authenticated at connection_init,
 * authorized per subscription like the queries, fed by each replica's own read of the dossier
 * event stream.
 */
describe('gateway live updates', () => {
  let stack: GatewayStack;
  let second: NestFastifyApplication;
  let urls: [string, string];
  let feeds: LiveFeed[];
  let receiver: Record<string, string>;
  let otherReceiver: Record<string, string>;
  const clients: GraphqlWsClient[] = [];
  const { gql, data } = graphqlClient(() => stack.gateway);

  const connect = async (url: string, auth: Record<string, string>) => {
    const client = await GraphqlWsClient.connect(url, auth);
    clients.push(client);
    return client;
  };
  /** Until the gateways hold `counts` subscriptions: the moment events reach them. */
  const subscribed = (...counts: number[]) =>
    waitFor(() => feeds.every((feed, i) => feed.listenerCount === (counts[i] ?? 0)), {
      what: `subscriptions ${counts.join(', ')}`,
    });

  async function submitted(branchId = 'hn-ba-dinh'): Promise<string> {
    const { submitDossier } = await data<{ submitDossier: { code: string } }>(
      `mutation Submit($input: SubmitDossierInput!) { submitDossier(input: $input) { code } }`,
      {
        input: {
          idempotencyKey: `live-${randomUUID()}`,
          procedureCode: '2.001610',
          components: demoRequiredComponents('2.001610'),
          branchId,
          applicant: { fullName: 'Nguyễn Văn An', personalId: '001090012345', phone: '0912345678' },
        },
      },
      receiver,
    );
    return submitDossier.code;
  }

  beforeAll(async () => {
    stack = await startGatewayStack({
      database: 'gateway_live_updates',
      services: ['catalog', 'identity', 'reception'],
      idpAccounts: { [STRANGER.account]: { name: 'Người Lạ', personalId: STRANGER.personalId } },
    });
    // A second replica of the gateway on the same NATS and subject prefix.
    second = await startApp([AppModule.forRoot(loadGatewayConfig(gatewayTestEnv(stack.prefix)))]);
    urls = [await wsUrl(stack.gateway), await wsUrl(second)];
    feeds = [stack.gateway.get(LiveFeed), second.get(LiveFeed)];
    receiver = await stack.staffAuth('demo.hanoi.receiver');
    await data(
      `mutation($input: SaveStaffMemberInput!) { saveStaffMember(input: $input) { subject } }`,
      {
        input: {
          subject: OTHER_RECEIVER,
          displayName: 'Lê Tân Cầu Giấy',
          roles: ['RECEIVER'],
          branchIds: ['hn-cau-giay'],
        },
      },
      await stack.staffAuth('demo.hanoi.admin'),
    );
    otherReceiver = await stack.staffAuth(OTHER_RECEIVER);
  });

  afterEach(async () => {
    for (const client of clients.splice(0)) client.close();
    await subscribed(0, 0);
  });

  afterAll(async () => {
    await second?.close();
    await stack?.close();
  });

  it("delivers a dossier's lifecycle step to clerks subscribed on either gateway replica", async () => {
    const code = await submitted();
    const [onFirst, onSecond] = [
      await connect(urls[0], receiver),
      await connect(urls[1], receiver),
    ];
    const first = onFirst.subscribe(DOSSIER_UPDATED, { code });
    const second_ = onSecond.subscribe(DOSSIER_UPDATED, { code });
    await subscribed(1, 1);

    const refused = await gql(
      `mutation($code: String!) { refuseDossier(code: $code, reasons: ["Thiếu giấy tờ"]) { code } }`,
      { code },
      receiver,
    );
    expect(refused.errors).toBeUndefined();

    const { personalDataAccessLog } = await data<{
      personalDataAccessLog: { edges: { node: { actorSubject: string; purpose: string } }[] };
    }>(
      `query($code: String) {
        personalDataAccessLog(dossierCode: $code) { edges { node { actorSubject purpose } } }
      }`,
      { code },
      await stack.staffAuth('demo.hanoi.auditor'),
    );
    // Each subscription is a staff read of the dossier, logged with its purpose.
    expect(personalDataAccessLog.edges.map((e) => e.node)).toEqual([
      { actorSubject: 'demo.hanoi.receiver', purpose: 'live updates' },
      { actorSubject: 'demo.hanoi.receiver', purpose: 'live updates' },
    ]);

    for (const [client, id] of [
      [onFirst, first],
      [onSecond, second_],
    ] as const) {
      const [update] = await waitFor(() => {
        const got = client.data<{ dossierUpdated: Update }>(id);
        return got.length ? got : undefined;
      });
      expect(update.dossierUpdated).toEqual({
        code,
        event: 'dossier.transitioned.v1',
        status: 'REFUSED',
        nationalStatusCode: 3,
        at: expect.any(String) as unknown,
      });
    }
  });

  it('refuses a citizen the dossier is not about, with the code the dossier query gives', async () => {
    const code = await submitted();
    const stranger = {
      authorization: await stack.tokenFor(STRANGER.account, stack.idp.issuers.citizen),
      'x-tenant': 'hanoi',
    };
    const query = await gql(
      `query($code: String!) { dossier(code: $code) { code } }`,
      { code },
      stranger,
    );
    const expected = (query.errors ?? []).map((e) => e.extensions?.code);
    expect(expected).toEqual([expect.stringMatching(/^(FORBIDDEN|NOT_FOUND)$/)]);

    const client = await connect(urls[0], stranger);
    const id = client.subscribe(DOSSIER_UPDATED, { code });
    const errors = await waitFor(() => (client.errors(id).length ? client.errors(id) : undefined));
    expect(errors.map((e) => e.extensions?.code)).toEqual(expected);
    expect(feeds[0].listenerCount).toBe(0);
  });

  it('validates a subscription document like a query', async () => {
    const client = await connect(urls[0], receiver);
    const id = client.subscribe(`subscription { dossierUpdated(code: "X") { nope } }`);
    const errors = await waitFor(() => (client.errors(id).length ? client.errors(id) : undefined));
    expect(errors.map((e) => e.extensions?.code)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  });

  it('refuses a connection with an invalid platform token', async () => {
    for (const payload of [
      { authorization: 'Bearer not-a-platform-token' },
      { authorization: 'x' },
    ]) {
      const client = await GraphqlWsClient.open(urls[0], payload);
      await waitFor(() => client.closed, { what: 'the refused socket to close' });
      expect(client.acknowledged).toBe(false);
      expect(client.received.map((m) => m.type)).toEqual(['connection_error']);
    }
  });

  it('accepts an anonymous connection for public subscriptions only', async () => {
    const anonymous = await connect(urls[0], { 'x-tenant': 'hanoi' });
    const id = anonymous.subscribe(DOSSIER_UPDATED, { code: 'X' });
    const errors = await waitFor(() =>
      anonymous.errors(id).length ? anonymous.errors(id) : undefined,
    );
    expect(errors.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
  });

  it("feeds a branch's queue to its receivers only, and refuses another branch's queue", async () => {
    const own = await connect(urls[0], receiver);
    // On the other receiver's replica: tells when that replica has handed the event out.
    const sentinel = await connect(urls[1], receiver);
    const other = await connect(urls[1], otherReceiver);
    const ownId = own.subscribe(QUEUE_UPDATED, { branchId: 'hn-ba-dinh' });
    const sentinelId = sentinel.subscribe(QUEUE_UPDATED, { branchId: 'hn-ba-dinh' });
    const otherId = other.subscribe(QUEUE_UPDATED, { branchId: 'hn-cau-giay' });
    const notTheirs = other.subscribe(QUEUE_UPDATED, { branchId: 'hn-ba-dinh' });
    const both = other.subscribe(QUEUE_UPDATED, { branchId: 'hn-cau-giay', agencyCode: 'x' });
    await subscribed(1, 2);
    const codes = (id: string) =>
      waitFor(() => {
        const errors = other.errors(id);
        return errors.length ? errors.map((e) => e.extensions?.code) : undefined;
      });
    expect(await codes(notTheirs)).toEqual(['FORBIDDEN']);
    expect(await codes(both)).toEqual(['BAD_REQUEST']);

    const code = await submitted('hn-ba-dinh');
    const [update] = await waitFor(() => {
      const got = own.data<{ queueUpdated: Update }>(ownId);
      return got.length ? got : undefined;
    });
    expect(update.queueUpdated).toEqual({ code, event: 'dossier.received.v1', status: 'RECEIVED' });
    await waitFor(() => sentinel.data(sentinelId).length > 0, { what: 'the second replica' });
    expect(other.data(otherId)).toEqual([]);
  });
});
