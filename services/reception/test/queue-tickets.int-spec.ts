import { jetstreamManager } from '@nats-io/jetstream';
import { DataSource } from 'typeorm';
import { ErrorCode, type Actor, type QueueTicket, type RpcRequest } from '@motcua/contracts';
import { FixedClock } from '@motcua/platform';
import { waitFor } from '@motcua/testing';
import { receiverActor, supervisorActor } from './factories/submit-dossier.factory';
import { startReceptionStack, type ReceptionStack } from './support/reception-stack';

const MINUTE = 60_000;
/** Vietnam 08:00 on Monday 2 March 2026. */
const MONDAY_8 = new Date('2026-03-02T01:00:00.000Z');
/** Vietnam 00:30 on Tuesday 3 March: still Monday in UTC. */
const TUESDAY_0030 = new Date('2026-03-02T17:30:00.000Z');
const BRANCH = 'hn-ba-dinh';
/** Counters of the demo branch hn-ba-dinh. */
const COUNTERS = 12;

/**
 * Queue tickets over reception's RPC against the real Postgres and NATS: numbering per branch,
 * group and Vietnam day, call-next under concurrency (SKIP LOCKED), the board, the report and the
 * events every change publishes.
 */
describe('reception queue tickets', () => {
  const clock = new FixedClock(MONDAY_8);
  let stack: ReceptionStack;

  const take = (serviceGroupCode: string, branchId = BRANCH, tenant = 'hanoi') =>
    stack.client.rpc.request(
      'reception.queue-ticket.take.v1',
      { branchId, serviceGroupCode },
      { tenant },
    );
  const callNext = async (
    counter: number,
    actor: Actor = receiverActor(),
    extra: Partial<RpcRequest<'reception.queue-ticket.call-next.v1'>> = {},
  ): Promise<QueueTicket | null> =>
    (
      await stack.client.rpc.request(
        'reception.queue-ticket.call-next.v1',
        { branchId: BRANCH, counter, ...extra },
        { tenant: 'hanoi', actor },
      )
    ).ticket;
  const clearQueue = () =>
    stack.reception
      .get(DataSource)
      .query('UPDATE reception.queue_ticket SET status = $1', ['SERVED']);

  beforeAll(async () => {
    stack = await startReceptionStack({ database: 'reception_queue_tickets', clock });
  });

  afterAll(async () => {
    await stack?.close();
  });

  beforeEach(() => clock.set(MONDAY_8));

  describe('take', () => {
    it('numbers per branch and group, restarting with the Vietnam day', async () => {
      expect((await take('A')).number).toBe('A001');
      expect((await take('A')).number).toBe('A002');
      expect((await take('B')).number).toBe('B001');
      expect((await take('A', 'hn-cau-giay')).number).toBe('A001');
      // 00:30 in Vietnam is a new day although UTC still says Monday.
      clock.set(TUESDAY_0030);
      expect((await take('A')).number).toBe('A001');
      await clearQueue();
    });

    it('refuses an unknown group or branch', async () => {
      await expect(take('Z')).rejects.toMatchObject({ code: ErrorCode.BadRequest });
      await expect(take('AB')).rejects.toMatchObject({ code: ErrorCode.ValidationFailed });
      await expect(take('A', 'nowhere')).rejects.toMatchObject({ code: ErrorCode.NotFound });
    });
  });

  describe('call-next', () => {
    it('gives parallel counters different tickets, oldest first, and null once none waits', async () => {
      const issued: QueueTicket[] = [];
      for (let i = 0; i < 10; i++) {
        issued.push(await take(i % 2 ? 'A' : 'B'));
        clock.advance(MINUTE);
      }
      // 16 counters at once for 10 tickets: each ticket exactly once, 6 find nobody.
      const calls = await Promise.all(
        Array.from({ length: 16 }, (_, i) => callNext((i % COUNTERS) + 1)),
      );
      const called = calls.filter((t): t is QueueTicket => t !== null);
      expect(called).toHaveLength(10);
      expect(new Set(called.map((t) => t.id)).size).toBe(10);
      expect(new Set(called.map((t) => t.id))).toEqual(new Set(issued.map((t) => t.id)));
      expect(await callNext(1)).toBeNull();

      const rows = await stack.reception
        .get(DataSource)
        .query<{ calls: number }[]>(
          `SELECT count(*)::int AS calls FROM reception.queue_ticket WHERE status = 'CALLED'`,
        );
      expect(rows[0].calls).toBe(10);
      await clearQueue();
    });

    it('calls the oldest ticket of the groups named, and not yesterday’s', async () => {
      clock.set(new Date(MONDAY_8.getTime() - 24 * 60 * MINUTE));
      await take('C'); // Sunday's: never called on Monday.
      clock.set(MONDAY_8);
      const c = await take('C');
      clock.advance(MINUTE);
      const d = await take('D');
      clock.advance(MINUTE);
      expect(await callNext(2, receiverActor(), { serviceGroupCodes: ['D'] })).toMatchObject({
        id: d.id,
        counter: 2,
        waitedMinutes: 1,
        withinTarget: true,
      });
      expect((await callNext(2))?.id).toBe(c.id);
      expect(await callNext(2)).toBeNull();
      await clearQueue();
    });

    it('refuses a counter the branch does not have and clerks of other branches', async () => {
      await expect(callNext(COUNTERS + 1)).rejects.toMatchObject({ code: ErrorCode.BadRequest });
      await expect(
        callNext(1, receiverActor({ branchIds: ['hn-cau-giay'] })),
      ).rejects.toMatchObject({ code: ErrorCode.Forbidden });
      await expect(callNext(1, supervisorActor('hcmc'))).rejects.toMatchObject({
        code: ErrorCode.Forbidden,
      });
    });
  });

  describe('transition', () => {
    const step = (
      id: string,
      command: RpcRequest<'reception.queue-ticket.transition.v1'>['command'],
    ) =>
      stack.client.rpc.request(
        'reception.queue-ticket.transition.v1',
        { id, command },
        { tenant: 'hanoi', actor: receiverActor() },
      );

    it('keeps its place in the new group after a transfer and the wait of its first call', async () => {
      const early = await take('A');
      clock.advance(MINUTE);
      const later = await take('B');
      clock.advance(20 * MINUTE);
      const called = await callNext(4, receiverActor(), { serviceGroupCodes: ['A'] });
      expect(called).toMatchObject({ id: early.id, waitedMinutes: 21, withinTarget: false });
      const moved = await step(early.id, { type: 'TRANSFER', serviceGroupCode: 'B' });
      expect(moved).toMatchObject({ status: 'WAITING', transferredFrom: 'A', peopleAhead: 0 });
      expect(await step(later.id, { type: 'START' }).catch((e: { code: string }) => e.code)).toBe(
        ErrorCode.QueueTicketState,
      );
      clock.advance(5 * MINUTE);
      const again = await callNext(6, receiverActor(), { serviceGroupCodes: ['B'] });
      expect(again).toMatchObject({ id: early.id, counter: 6, waitedMinutes: 21 });
      expect(await step(early.id, { type: 'START' })).toMatchObject({ status: 'SERVING' });
      expect(await step(early.id, { type: 'FINISH' })).toMatchObject({ status: 'SERVED' });
      await expect(step(early.id, { type: 'RECALL' })).rejects.toMatchObject({
        code: ErrorCode.QueueTicketState,
      });
      await expect(
        stack.client.rpc.request(
          'reception.queue-ticket.get.v1',
          { id: early.id },
          { tenant: 'hcmc' },
        ),
      ).rejects.toMatchObject({ code: ErrorCode.NotFound });
      await clearQueue();
    });
  });

  describe('board and report', () => {
    it('shows the day on the board and the waits in the report', async () => {
      clock.set(new Date('2026-03-04T01:00:00.000Z')); // Wednesday: a fresh day
      const first = await take('E');
      await take('E');
      clock.advance(10 * MINUTE);
      await callNext(1);
      clock.advance(10 * MINUTE);
      const second = await callNext(2);
      await stack.client.rpc.request(
        'reception.queue-ticket.transition.v1',
        { id: second!.id, command: { type: 'SKIP' } },
        { tenant: 'hanoi', actor: receiverActor() },
      );
      const board = await stack.client.rpc.request(
        'reception.queue-ticket.board.v1',
        { branchId: BRANCH },
        { tenant: 'hanoi' },
      );
      expect(board).toMatchObject({
        branchId: BRANCH,
        counters: COUNTERS,
        servedToday: 0,
        averageWaitMinutesToday: 15,
        targetWaitMinutes: 15,
        calling: [
          { number: 'E002', counter: 2 },
          { number: first.number, counter: 1 },
        ],
      });
      const { rows } = await stack.client.rpc.request(
        'reception.queue-ticket.report.v1',
        { from: '2026-03-04', to: '2026-03-04' },
        { tenant: 'hanoi', actor: supervisorActor() },
      );
      expect(rows).toEqual([
        {
          branchId: BRANCH,
          serviceGroupCode: 'E',
          serviceGroupName: 'Nhận kết quả – Thủ tục khác',
          issued: 2,
          served: 0,
          skipped: 1,
          called: 2,
          averageWaitMinutes: 15,
          p90WaitMinutes: 19,
          withinTargetShare: 0.5,
          targetWaitMinutes: 15,
        },
      ]);
    });

    it('publishes every change to the queue-ticket stream', async () => {
      const db = stack.reception.get(DataSource);
      const [{ tickets }] = await db.query<{ tickets: number }[]>(
        'SELECT count(*)::int AS tickets FROM reception.queue_ticket',
      );
      await waitFor(
        async () =>
          (await db.query<{ n: number }[]>('SELECT count(*)::int AS n FROM reception.outbox'))[0]
            .n === 0,
        { what: 'the relay to publish the outbox' },
      );
      const jsm = await jetstreamManager(stack.client.nc);
      const stream = stack.client.naming.stream('queue-ticket');
      // At least the issue of every ticket, and a call of most.
      expect((await jsm.streams.info(stream)).state.messages).toBeGreaterThan(tickets);
      const last = await jsm.streams.getMessage(stream, {
        last_by_subj: stack.client.naming.event('hanoi', 'queue-ticket.changed.v1'),
      });
      const event = last!.json<{ type: string; data: Record<string, unknown> }>();
      expect(event.type).toMatch(/queue-ticket\.changed\.v1$/);
      expect(event.data).toMatchObject({
        branchId: BRANCH,
        number: 'E002',
        change: 'SKIPPED',
        status: 'SKIPPED',
        counter: 2,
        waitedMinutes: 20,
      });
    });
  });
});
