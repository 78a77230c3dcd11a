import {
  ErrorCode,
  type Actor,
  type CloudEvent,
  type Dossier,
  type DossierCommandInput,
} from '@motcua/contracts';
import { FixedClock } from '@motcua/platform';
import { waitFor, type RpcTestClient } from '@motcua/testing';
import { receiverActor, submitDossierRequest } from './factories/submit-dossier.factory';
import {
  HANDLER_AGENCY as AGENCY,
  dossierEventConsumer,
  getDossier,
  handlerActor,
  publishTestEvent,
  routeDossier,
  transitionDossier,
} from './support/dossier-helpers';
import { startReceptionStack, type ReceptionStack } from './support/reception-stack';

/** Vietnam 10:00 on a day of January 2026 (no holidays that month after the 1st). */
const at10 = (day: number) => new Date(`2026-01-${String(day).padStart(2, '0')}T03:00:00.000Z`);
const FRIDAY_9 = at10(9);
const PHONE = '0912345678';

describe('dossier lifecycle', () => {
  let stack: ReceptionStack;
  let client: RpcTestClient;
  const clock = new FixedClock(FRIDAY_9);

  const get = (code: string) => getDossier(client, code);
  const transition = (code: string, command: DossierCommandInput, actor?: Actor) =>
    transitionDossier(client, code, command, actor);
  const rate = (code: string, rating: number) =>
    client.rpc.request(
      'reception.dossier.rate.v1',
      { code, phone: PHONE, rating },
      { tenant: 'hanoi' },
    );

  /** Receives a dossier (3 working days) on Friday 9 Jan and, unless told not to, routes it. */
  async function received(routed = true): Promise<Dossier> {
    clock.set(FRIDAY_9);
    const dossier = await client.rpc.request(
      'reception.dossier.submit.v1',
      submitDossierRequest(),
      { tenant: 'hanoi', actor: receiverActor() },
    );
    if (!routed) return dossier;
    return routeDossier(stack, dossier, FRIDAY_9);
  }

  /** Every dossier.transitioned event of a dossier, read back from JetStream. */
  async function transitionedEvents(code: string, count: number) {
    const consumer = await dossierEventConsumer(stack, 'dossier.transitioned.v1');
    const seen: CloudEvent<'dossier.transitioned.v1'>[] = [];
    return waitFor(
      async () => {
        const msg = await consumer.next({ expires: 1000 });
        const event = msg?.json<CloudEvent<'dossier.transitioned.v1'>>();
        if (event?.data.code === code) seen.push(event);
        return seen.length >= count ? seen : undefined;
      },
      { what: `${count} dossier.transitioned events of ${code}` },
    );
  }

  beforeAll(async () => {
    stack = await startReceptionStack({ database: 'reception_lifecycle', clock });
    ({ client } = stack);
  });

  afterAll(() => stack?.close());

  it('runs receive → supplement → steps → result → return → rating, pausing the clock, when every step is legal', async () => {
    const dossier = await received();
    // 3 working days from Friday 10:00: Wednesday 14 Jan 10:00.
    expect(dossier.dueAt).toBe(at10(14).toISOString());

    clock.set(at10(12)); // Monday
    const paused = await transition(dossier.code, {
      type: 'REQUEST_SUPPLEMENT',
      missingComponents: ['Bản sao giấy chứng nhận'],
      note: 'Thiếu thành phần',
    });
    expect(paused).toMatchObject({
      status: 'SUPPLEMENT_REQUESTED',
      nationalStatusCode: 5,
      timeliness: 'PAUSED',
    });

    clock.set(at10(14)); // Wednesday: paused for exactly 2 working days
    const resumed = await transition(dossier.code, { type: 'RECEIVE_SUPPLEMENT' });
    expect(resumed).toMatchObject({ status: 'PROCESSING', nationalStatusCode: 4 });
    expect(resumed.dueAt).toBe(at10(16).toISOString());
    expect(resumed.timeliness).toBe('WITHIN_TIME');

    const handler = handlerActor();
    await transition(
      dossier.code,
      { type: 'RECORD_STEP', step: { title: 'Thẩm định', from: 'Bộ phận một cửa', to: AGENCY } },
      handler,
    );
    const stepped = await transition(
      dossier.code,
      { type: 'RECORD_STEP', step: { title: 'Xác minh thuế', to: 'Cục Thuế', interAgency: true } },
      handler,
    );
    expect(stepped.history.at(-1)).toMatchObject({
      from: 'PROCESSING',
      status: 'PROCESSING',
      command: 'RECORD_STEP',
      actor: 'demo.hanoi.handler',
      details: { step: { title: 'Xác minh thuế', interAgency: true } },
    });

    clock.set(at10(15));
    const ready = await transition(dossier.code, { type: 'MARK_RESULT_READY' }, handler);
    expect(ready).toMatchObject({
      status: 'RESULT_READY',
      nationalStatusCode: 9,
      timeliness: 'EARLY',
    });

    // Asked at the branch, sent electronically in the end: the view tells how it went.
    const returned = await transition(dossier.code, {
      type: 'RETURN_RESULT',
      method: 'ELECTRONIC',
    });
    expect(returned).toMatchObject({
      status: 'RETURNED',
      nationalStatusCode: 10,
      resultReturn: { method: 'ELECTRONIC', branch: null },
    });

    const rated = await rate(dossier.code, 5);
    expect(rated.status).toBe('RETURNED');
    expect((await get(dossier.code)).rating).toBe(5);
    await expect(rate(dossier.code, 1)).rejects.toMatchObject({
      code: ErrorCode.IllegalTransition,
    });

    const history = (await get(dossier.code)).history;
    expect(history.map((h) => [h.from, h.status, h.nationalStatusCode])).toEqual([
      [null, 'RECEIVED', 2],
      ['RECEIVED', 'PROCESSING', 4],
      ['PROCESSING', 'SUPPLEMENT_REQUESTED', 5],
      ['SUPPLEMENT_REQUESTED', 'PROCESSING', 4],
      ['PROCESSING', 'PROCESSING', 4],
      ['PROCESSING', 'PROCESSING', 4],
      ['PROCESSING', 'RESULT_READY', 9],
      ['RESULT_READY', 'RETURNED', 10],
      ['RETURNED', 'RETURNED', 10],
    ]);

    const events = await transitionedEvents(dossier.code, 7);
    expect(events.map((e) => [e.data.command, e.data.from, e.data.to])).toEqual([
      ['REQUEST_SUPPLEMENT', 'PROCESSING', 'SUPPLEMENT_REQUESTED'],
      ['RECEIVE_SUPPLEMENT', 'SUPPLEMENT_REQUESTED', 'PROCESSING'],
      ['RECORD_STEP', 'PROCESSING', 'PROCESSING'],
      ['RECORD_STEP', 'PROCESSING', 'PROCESSING'],
      ['MARK_RESULT_READY', 'PROCESSING', 'RESULT_READY'],
      ['RETURN_RESULT', 'RESULT_READY', 'RETURNED'],
      ['RATE', 'RETURNED', 'RETURNED'],
    ]);
    expect(events[0]).toMatchObject({
      type: 'vn.motcua.dossier.transitioned.v1',
      subject: dossier.code,
      data: {
        nationalStatusCode: 5,
        actor: 'demo.hanoi.receiver',
        dueAt: null,
        details: { missingComponents: ['Bản sao giấy chứng nhận'] },
      },
    });
    expect(events[1].data.dueAt).toBe(at10(16).toISOString());
    expect(events[6].data).toMatchObject({ actor: 'applicant', details: { rating: 5 } });
  });

  it('refuses to return the result of a refused dossier with ILLEGAL_TRANSITION', async () => {
    const dossier = await received(false);
    const refused = await transition(dossier.code, {
      type: 'REFUSE',
      reasons: ['Không thuộc thẩm quyền'],
    });
    expect(refused).toMatchObject({ status: 'REFUSED', nationalStatusCode: 3 });
    expect(refused.history.at(-1)).toMatchObject({
      from: 'RECEIVED',
      status: 'REFUSED',
      reason: 'Không thuộc thẩm quyền',
    });
    await expect(
      transition(dossier.code, { type: 'RETURN_RESULT', method: 'POST' }),
    ).rejects.toMatchObject({ code: ErrorCode.IllegalTransition });
  });

  it('refuses a second supplement request with ILLEGAL_TRANSITION', async () => {
    const dossier = await received();
    const request: DossierCommandInput = {
      type: 'REQUEST_SUPPLEMENT',
      missingComponents: ['Tờ khai'],
    };
    await transition(dossier.code, request);
    await transition(dossier.code, { type: 'RECEIVE_SUPPLEMENT' });
    await expect(transition(dossier.code, request)).rejects.toMatchObject({
      code: ErrorCode.IllegalTransition,
    });
  });

  it('answers FORBIDDEN when a handler of another agency records a step', async () => {
    const dossier = await received();
    await expect(
      transition(
        dossier.code,
        { type: 'RECORD_STEP', step: { title: 'Thẩm định' } },
        handlerActor({ subject: 'someone.else', agencyCodes: ['000.00.09.H26'] }),
      ),
    ).rejects.toMatchObject({ code: ErrorCode.Forbidden });
    expect((await get(dossier.code)).history).toHaveLength(2);
  });

  it('moves the due date on an apology but still counts the dossier late at return', async () => {
    const dossier = await received();
    clock.set(at10(15)); // a day after the due date
    const apologized = await transition(
      dossier.code,
      { type: 'APOLOGIZE', newDueAt: at10(19).toISOString(), reason: 'Cần xác minh thêm' },
      handlerActor(),
    );
    expect(apologized).toMatchObject({
      status: 'PROCESSING',
      apologized: true,
      dueAt: at10(19).toISOString(),
      originalDueAt: at10(14).toISOString(),
      timeliness: 'OVERDUE',
    });
    clock.set(at10(16));
    await transition(dossier.code, { type: 'MARK_RESULT_READY' }, handlerActor());
    const returned = await transition(dossier.code, {
      type: 'RETURN_RESULT',
      method: 'ELECTRONIC',
    });
    expect(returned).toMatchObject({ status: 'RETURNED', timeliness: 'LATE' });
    await expect(
      transition(
        dossier.code,
        { type: 'APOLOGIZE', newDueAt: at10(26).toISOString(), reason: 'x' },
        handlerActor(),
      ),
    ).rejects.toMatchObject({ code: ErrorCode.IllegalTransition });
  });

  it('withdraws a dossier at the applicant request (national 7)', async () => {
    const dossier = await received(false);
    const withdrawn = await transition(dossier.code, {
      type: 'WITHDRAW',
      reason: 'Công dân xin rút hồ sơ',
    });
    expect(withdrawn).toMatchObject({ status: 'WITHDRAWN', nationalStatusCode: 7 });
    expect(withdrawn.history.at(-1)).toMatchObject({ from: 'RECEIVED', command: 'WITHDRAW' });
  });

  describe('payment of fees (national 6)', () => {
    const fees = [{ description: 'Lệ phí đăng ký doanh nghiệp', amountVnd: 100_000 }];

    it('pauses the clock while processing waits for the payment and resumes it with a new due date', async () => {
      const dossier = await received();
      clock.set(at10(12)); // Monday
      const waiting = await transition(dossier.code, { type: 'REQUEST_PAYMENT', fees });
      expect(waiting).toMatchObject({
        status: 'AWAITING_PAYMENT',
        nationalStatusCode: 6,
        timeliness: 'PAUSED',
      });
      expect(waiting.history.at(-1)).toMatchObject({
        command: 'REQUEST_PAYMENT',
        details: { fees, totalVnd: 100_000, resumeStatus: 'PROCESSING' },
      });

      clock.set(at10(13)); // Tuesday: one working day later
      const paid = await transition(dossier.code, {
        type: 'CONFIRM_PAYMENT',
        method: 'ONLINE',
        reference: 'PAYGOV-2026-0001',
      });
      expect(paid).toMatchObject({
        status: 'PROCESSING',
        nationalStatusCode: 4,
        paidOnline: true,
        // Wednesday 14 10:00 plus the paused working day.
        dueAt: at10(15).toISOString(),
        timeliness: 'WITHIN_TIME',
      });
    });

    it('keeps a routing decision that arrives while it waits and goes to the agency once paid', async () => {
      const dossier = await received(false);
      await transition(dossier.code, { type: 'REQUEST_PAYMENT', fees });
      await publishTestEvent(
        stack,
        'dossier.routed.v1',
        'hanoi',
        {
          dossierId: dossier.id,
          code: dossier.code,
          agencyCode: AGENCY,
          agencyName: 'Sở Tư pháp Hà Nội',
          ruleId: 'r1',
          routedAt: FRIDAY_9.toISOString(),
        },
        FRIDAY_9,
      );
      const recorded = await waitFor(async () => {
        const d = await get(dossier.code);
        return d.competentAgency ? d : undefined;
      });
      expect(recorded.status).toBe('AWAITING_PAYMENT');

      const paid = await transition(dossier.code, { type: 'CONFIRM_PAYMENT', method: 'CASH' });
      expect(paid).toMatchObject({ status: 'PROCESSING', paidOnline: false });
    });

    it('collects charges before the return without touching the finished clock', async () => {
      const dossier = await received();
      await transition(dossier.code, { type: 'MARK_RESULT_READY' }, handlerActor());
      const ready = await get(dossier.code);
      await transition(dossier.code, { type: 'REQUEST_PAYMENT', fees });
      await expect(
        transition(dossier.code, { type: 'RETURN_RESULT', method: 'BRANCH' }),
      ).rejects.toMatchObject({ code: ErrorCode.IllegalTransition });

      const paid = await transition(dossier.code, {
        type: 'CONFIRM_PAYMENT',
        method: 'BANK_TRANSFER',
      });
      expect(paid).toMatchObject({ status: 'RESULT_READY', dueAt: ready.dueAt });
      expect(paid.timeliness).toBe(ready.timeliness);
    });
  });

  it('stops processing when the competent agency stops it (national 8)', async () => {
    const dossier = await received();
    const stopped = await transition(
      dossier.code,
      { type: 'STOP', reason: 'Thay đổi quy định' },
      handlerActor(),
    );
    expect(stopped).toMatchObject({ status: 'STOPPED', nationalStatusCode: 8 });
    await expect(
      transition(dossier.code, { type: 'MARK_RESULT_READY' }, handlerActor()),
    ).rejects.toMatchObject({ code: ErrorCode.IllegalTransition });
  });

  it('answers NOT_FOUND to a rating when the phone does not match', async () => {
    const dossier = await received(false);
    await expect(
      client.rpc.request(
        'reception.dossier.rate.v1',
        { code: dossier.code, phone: '0987654321', rating: 5 },
        { tenant: 'hanoi' },
      ),
    ).rejects.toMatchObject({ code: ErrorCode.NotFound });
  });
});
