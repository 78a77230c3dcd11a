import type { AddressInfo } from 'node:net';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { FixedClock } from '@motcua/platform';
import { waitFor } from '@motcua/testing';
import { AppModule } from '../src/app.module';
import { loadGatewayConfig } from '../src/config/gateway.config';
import { QueueBoardFeed } from '../src/queue-tickets/queue-board-feed.service';
import {
  gatewayTestEnv,
  graphqlClient,
  postGraphql,
  startApp,
  startGatewayStack,
  type GatewayStack,
  type GraphqlBody,
} from './support/gateway-stack';
import { GraphqlWsClient } from './support/graphql-ws-client';

const MINUTE = 60_000;
/** Vietnam 08:00 on a Monday. */
const OPENING = new Date('2026-03-02T01:00:00.000Z');
const BRANCH = 'hn-ba-dinh';
const KIOSK = { 'x-tenant': 'hanoi' };
const TICKETS_PER_MINUTE = 12;

const TICKET = /* GraphQL */ `
  id number branchId serviceGroupCode status issuedAt calledAt servedAt finishedAt counter
  peopleAhead waitedMinutes withinTarget transferredFrom
`;
const BOARD = /* GraphQL */ `
  branchId branchName counters
  calling { number counter calledAt }
  waiting { serviceGroupCode name waiting nextNumber }
  averageWaitMinutesToday servedToday updatedAt
`;

interface Ticket {
  id: string;
  number: string;
  status: string;
  counter: number | null;
  peopleAhead: number | null;
  waitedMinutes: number | null;
  withinTarget: boolean | null;
  transferredFrom: string | null;
  serviceGroupCode: string;
  calledAt: string | null;
  finishedAt: string | null;
}
interface Board {
  branchId: string;
  branchName: string;
  counters: number;
  calling: { number: string; counter: number; calledAt: string }[];
  waiting: { serviceGroupCode: string; name: string; waiting: number; nextNumber: string | null }[];
  averageWaitMinutesToday: number | null;
  servedToday: number;
}

/** Listens on a free local port; the WebSocket address of its GraphQL endpoint. */
async function wsUrl(app: NestFastifyApplication): Promise<string> {
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  return `ws://127.0.0.1:${port}/graphql`;
}

/**
 * Queue tickets through the gateway: the kiosk (public, throttled), the counters (receivers of the
 * branch), the live display board (an anonymous subscription fed by the queue-ticket stream) and
 * the waiting report.
 */
describe('gateway queue tickets', () => {
  const clock = new FixedClock(OPENING);
  let stack: GatewayStack;
  let second: NestFastifyApplication;
  let wsUrls: [string, string];
  let receiver: Record<string, string>;
  let supervisor: Record<string, string>;
  const clients: GraphqlWsClient[] = [];
  const { gql, data, errorCodes } = graphqlClient(() => stack.gateway);

  const take = async (serviceGroupCode: string) =>
    (
      await data<{ takeQueueTicket: Ticket }>(
        `mutation($input: TakeQueueTicketInput!) { takeQueueTicket(input: $input) { ${TICKET} } }`,
        { input: { branchId: BRANCH, serviceGroupCode } },
        KIOSK,
      )
    ).takeQueueTicket;
  const callNext = async (counter: number, serviceGroupCodes?: string[]) =>
    (
      await data<{ callNextQueueTicket: Ticket | null }>(
        `mutation($b: ID!, $c: Int!, $g: [String!]) {
          callNextQueueTicket(branchId: $b, counter: $c, serviceGroupCodes: $g) { ${TICKET} }
        }`,
        { b: BRANCH, c: counter, g: serviceGroupCodes },
        receiver,
      )
    ).callNextQueueTicket;
  const step = async (mutation: string, id: string, extra = '', headers = receiver) =>
    gql<Record<string, Ticket>>(
      `mutation($id: ID!) { ${mutation}(id: $id${extra}) { ${TICKET} } }`,
      { id },
      headers,
    );

  beforeAll(async () => {
    stack = await startGatewayStack({
      database: 'gateway_queue_tickets',
      services: ['catalog', 'identity', 'reception'],
      clock,
      gatewayEnv: { QUEUE_TICKETS_PER_MINUTE: String(TICKETS_PER_MINUTE) },
    });
    // A second replica of the gateway on the same NATS and subject prefix.
    second = await startApp([AppModule.forRoot(loadGatewayConfig(gatewayTestEnv(stack.prefix)))]);
    wsUrls = [await wsUrl(stack.gateway), await wsUrl(second)];
    receiver = await stack.staffAuth('demo.hanoi.receiver');
    supervisor = await stack.staffAuth('demo.hanoi.supervisor');
  });

  afterAll(async () => {
    for (const client of clients.splice(0)) client.close();
    await second?.close();
    await stack?.close();
  });

  it('lists the service groups of a branch for the kiosk', async () => {
    const { queueServiceGroups } = await data<{
      queueServiceGroups: { code: string; name: string; waiting: number }[];
    }>(
      `query($b: ID!) { queueServiceGroups(branchId: $b) { code name waiting } }`,
      { b: BRANCH },
      KIOSK,
    );
    expect(queueServiceGroups.map((g) => g.code)).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect(queueServiceGroups[0]).toEqual({ code: 'A', name: 'Tư pháp – Hộ tịch', waiting: 0 });
    expect(
      await errorCodes(`query { queueServiceGroups(branchId: "nowhere") { code } }`, {}, KIOSK),
    ).toEqual(['NOT_FOUND']);
  });

  it('numbers, calls, serves, transfers and skips tickets, and feeds the board live', async () => {
    // An anonymous display board on each gateway replica.
    const [board, otherBoard] = [
      await GraphqlWsClient.connect(wsUrls[0], KIOSK),
      await GraphqlWsClient.connect(wsUrls[1], KIOSK),
    ];
    clients.push(board, otherBoard);
    const subscription = `subscription($b: ID!) { queueBoardUpdated(branchId: $b) { ${BOARD} } }`;
    const sub = board.subscribe(subscription, { b: BRANCH });
    const otherSub = otherBoard.subscribe(subscription, { b: BRANCH });
    const boards = () =>
      board.data<{ queueBoardUpdated: Board }>(sub).map((d) => d.queueBoardUpdated);
    const otherBoards = () =>
      otherBoard.data<{ queueBoardUpdated: Board }>(otherSub).map((d) => d.queueBoardUpdated);
    await waitFor(() => boards().length === 1, { what: 'the board as it is' });
    expect(boards()[0]).toMatchObject({
      branchId: BRANCH,
      counters: 12,
      calling: [],
      servedToday: 0,
    });
    await waitFor(() => otherBoards().length === 1, { what: 'the second replica board' });
    expect(stack.gateway.get(QueueBoardFeed).listenerCount).toBe(1);
    expect(second.get(QueueBoardFeed).listenerCount).toBe(1);

    const a1 = await take('a');
    clock.advance(MINUTE);
    const a2 = await take('A');
    clock.advance(MINUTE);
    const b1 = await take('B');
    expect([a1, a2, b1].map((t) => [t.number, t.status, t.peopleAhead])).toEqual([
      ['A001', 'WAITING', 0],
      ['A002', 'WAITING', 1],
      ['B001', 'WAITING', 0],
    ]);

    // 10 minutes after A001 was issued: within the 15-minute target.
    clock.set(new Date(OPENING.getTime() + 10 * MINUTE));
    const called = await callNext(3);
    expect(called).toMatchObject({
      id: a1.id,
      status: 'CALLED',
      counter: 3,
      waitedMinutes: 10,
      withinTarget: true,
    });
    const latest = await waitFor(() => boards().find((b) => b.calling.length > 0), {
      what: 'the board showing the call',
    });
    expect(latest.calling).toEqual([
      { number: 'A001', counter: 3, calledAt: '2026-03-02T01:10:00.000Z' },
    ]);
    expect(latest.waiting.find((w) => w.serviceGroupCode === 'A')).toMatchObject({
      waiting: 1,
      nextNumber: 'A002',
    });

    expect(
      (await step('startServingQueueTicket', a1.id)).data?.startServingQueueTicket.status,
    ).toBe('SERVING');
    const finished = await gql<{ finishQueueTicket: Ticket }>(
      `mutation($id: ID!) { finishQueueTicket(id: $id, dossierCode: "000.00.01.H26-260302-0001") { status finishedAt } }`,
      { id: a1.id },
      receiver,
    );
    expect(finished.data?.finishQueueTicket).toEqual({
      status: 'SERVED',
      finishedAt: '2026-03-02T01:10:00.000Z',
    });
    // The ticket's holder sees their ticket, not which dossier the visit became; staff do.
    const TICKET = 'query($id: ID!) { queueTicket(id: $id) { status dossierCode } }';
    expect((await gql<{ queueTicket: Ticket }>(TICKET, { id: a1.id }, KIOSK)).data).toEqual({
      queueTicket: { status: 'SERVED', dossierCode: null },
    });
    expect((await gql<{ queueTicket: Ticket }>(TICKET, { id: a1.id }, receiver)).data).toEqual({
      queueTicket: { status: 'SERVED', dossierCode: '000.00.01.H26-260302-0001' },
    });
    const illegal = await step('skipQueueTicket', a1.id);
    expect(illegal.errors?.map((e) => e.extensions?.code)).toEqual(['QUEUE_TICKET_STATE']);

    // A002 waited 19 minutes: over the target.
    clock.set(new Date(OPENING.getTime() + 20 * MINUTE));
    const late = await callNext(1, ['A']);
    expect(late).toMatchObject({ number: 'A002', waitedMinutes: 19, withinTarget: false });
    // Sent to group B, it waits there before B001 (issued later).
    const moved = (await step('transferQueueTicket', a2.id, ', serviceGroupCode: "B"')).data
      ?.transferQueueTicket;
    expect(moved).toMatchObject({
      status: 'WAITING',
      serviceGroupCode: 'B',
      transferredFrom: 'A',
      counter: null,
      peopleAhead: 0,
    });
    clock.advance(MINUTE);
    expect(await callNext(2, ['B'])).toMatchObject({ number: 'A002', waitedMinutes: 19 });
    clock.advance(MINUTE);
    expect(await callNext(2, ['B'])).toMatchObject({ number: 'B001', waitedMinutes: 20 });
    const skipped = (await step('skipQueueTicket', b1.id)).data?.skipQueueTicket;
    expect(skipped?.status).toBe('SKIPPED');
    clock.advance(MINUTE);
    const recalled = (await step('recallQueueTicket', b1.id)).data?.recallQueueTicket;
    expect(recalled).toMatchObject({ status: 'CALLED', counter: 2 });
    expect(await callNext(4)).toBeNull();

    const { queueBoard } = await data<{ queueBoard: Board }>(
      `query($b: ID!) { queueBoard(branchId: $b) { ${BOARD} } }`,
      { b: BRANCH },
      KIOSK,
    );
    expect(queueBoard.calling.map((c) => c.number)).toEqual(['B001', 'A002', 'A001']);
    expect(queueBoard.servedToday).toBe(1);
    // Waits: A001 10, A002 19, B001 20.
    expect(queueBoard.averageWaitMinutesToday).toBeCloseTo(49 / 3, 5);
    for (const seen of [boards, otherBoards])
      await waitFor(
        () => seen().at(-1)?.calling[0]?.number === 'B001' && seen().at(-1)?.calling.length === 3,
        { what: 'the boards of both replicas after the recall' },
      );
  });

  it('lets only receivers of the branch and supervisors work its queue', async () => {
    const ticket = await take('C');
    expect(
      await errorCodes(
        `mutation { callNextQueueTicket(branchId: "hn-cau-giay", counter: 1) { id } }`,
        {},
        receiver,
      ),
    ).toEqual(['FORBIDDEN']);
    expect(
      await errorCodes(
        `mutation { callNextQueueTicket(branchId: "${BRANCH}", counter: 1) { id } }`,
        {},
        KIOSK,
      ),
    ).toEqual(['UNAUTHENTICATED']);
    expect(
      await errorCodes(
        `mutation { callNextQueueTicket(branchId: "${BRANCH}", counter: 99) { id } }`,
        {},
        receiver,
      ),
    ).toEqual(['BAD_REQUEST']);
    expect(
      await errorCodes(
        `mutation($id: ID!) { startServingQueueTicket(id: $id) { id } }`,
        { id: ticket.id },
        supervisor,
      ),
    ).toEqual(['QUEUE_TICKET_STATE']);
    expect(
      await errorCodes(
        `mutation { skipQueueTicket(id: "00000000-0000-4000-8000-000000000000") { id } }`,
        {},
        supervisor,
      ),
    ).toEqual(['NOT_FOUND']);
    const called = await data<{ callNextQueueTicket: Ticket }>(
      `mutation { callNextQueueTicket(branchId: "${BRANCH}", counter: 5, serviceGroupCodes: ["C"]) { number } }`,
      {},
      supervisor,
    );
    expect(called.callNextQueueTicket.number).toBe('C001');
  });

  it('reports waits per branch and group against the target', async () => {
    const { queueWaitingReport } = await data<{
      queueWaitingReport: Record<string, unknown>[];
    }>(
      `query { queueWaitingReport(from: "2026-03-02", to: "2026-03-02") {
        branchId serviceGroupCode issued served skipped called averageWaitMinutes
        p90WaitMinutes withinTargetShare targetWaitMinutes
      } }`,
      {},
      supervisor,
    );
    const byGroup = Object.fromEntries(queueWaitingReport.map((r) => [r.serviceGroupCode, r]));
    expect(byGroup.A).toMatchObject({ issued: 1, served: 1, called: 1, withinTargetShare: 1 });
    expect(byGroup.B).toMatchObject({
      branchId: BRANCH,
      issued: 2,
      served: 0,
      skipped: 0,
      called: 2,
      averageWaitMinutes: 19.5,
      withinTargetShare: 0,
      targetWaitMinutes: 15,
    });
    expect(
      await errorCodes(
        `query { queueWaitingReport(from: "2026-03-02", to: "2026-03-02", branchId: "hn-cau-giay") { issued } }`,
        {},
        receiver,
      ),
    ).toEqual(['FORBIDDEN']);
    const badDay = await postGraphql(
      stack.gateway,
      `query { queueWaitingReport(from: "2026-02-30", to: "2026-03-02") { issued } }`,
      {},
      supervisor,
    );
    expect((badDay.body as GraphqlBody).errors?.map((e) => e.extensions?.code)).toEqual([
      'GRAPHQL_VALIDATION_FAILED',
    ]);
  });

  it('limits the tickets one client address takes per minute', async () => {
    const codes: (string | undefined)[] = [];
    for (let i = 0; i < TICKETS_PER_MINUTE + 1; i++) {
      const body = await gql(
        `mutation { takeQueueTicket(input: { branchId: "${BRANCH}", serviceGroupCode: "E" }) { id } }`,
        {},
        KIOSK,
      );
      codes.push(body.errors?.[0]?.extensions?.code);
    }
    expect(codes.at(-1)).toBe('RATE_LIMITED');
  });
});
