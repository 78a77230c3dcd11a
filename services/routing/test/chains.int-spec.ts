import {
  ErrorCode,
  type Actor,
  type CloudEvent,
  type DossierAssigned,
  type DossierChain,
  type DossierCommandType,
  type DossierEscalated,
  type DossierStatus,
  type DossierStepHandedOver,
} from '@motcua/contracts';
import { FixedClock } from '@motcua/platform';
import { cloudEvent, waitFor } from '@motcua/testing';
import { ChainStepEntity } from '../src/chains/chain-step.entity';
import { StepDeadlinesService } from '../src/escalations/step-deadlines.service';
import { HANOI_RECEIVER, HANOI_SUPERVISOR, staffActor } from './support/actors';
import { HANOI_BA_DINH, receivedEvent } from './support/dossier-received';
import { startRoutingStack, type RoutingStack } from './support/routing-stack';

/** Đăng ký đất đai lần đầu: the demo chain committee → tax office → committee (10 + 5 + 5 days). */
const LAND = '1.013978';
const JUDICIAL_RECORD = '2.000488';
/** Ủy ban nhân dân phường Ba Đình: the committee of the dossier's unit (00004). */
const COMMITTEE = '000.A0.01.H26';
const TAX = '000.00.10.H26';
const LAND_OFFICER = staffActor('hanoi', 'HANDLER', {
  subject: 'demo.hanoi.land-officer',
  agencyCodes: [COMMITTEE],
});
const TAX_OFFICER = staffActor('hanoi', 'HANDLER', {
  subject: 'demo.hanoi.tax-officer',
  agencyCodes: [TAX],
});
const JUSTICE_HANDLER = staffActor('hanoi', 'HANDLER', {
  subject: 'demo.hanoi.handler',
  agencyCodes: ['000.00.01.H26'],
});

/** Vietnam wall-clock time on a January 2026 day, as a Date. */
const jan = (day: number, hour = 10) =>
  new Date(
    `2026-01-${String(day).padStart(2, '0')}T${String(hour - 7).padStart(2, '0')}:00:00.000Z`,
  );

/**
 * Inter-agency chains (DOMAIN §4): a procedure version's ordered agencies, the step deadlines in
 * working time, hand-overs by the holding agency with the next agency's handler, the clock of a
 * step paused with the dossier's, and the end of the chain with the result.
 */
describe('inter-agency chains', () => {
  const clock = new FixedClock(jan(12));
  let stack: RoutingStack;
  const as = (actor: Actor) => ({ tenant: 'hanoi', actor });

  const receive = async (procedureCode: string) => {
    const event = receivedEvent({
      ...HANOI_BA_DINH,
      procedureCode,
      jurisdictionUnitCode: '00004',
      receivedAt: new Date(clock.now().getTime() - 3_600_000).toISOString(),
      // The whole procedure: 20 working days.
      dueAt: jan(30).toISOString(),
    });
    await stack.publish(event);
    await stack.waitForOutput(event.data.dossierId, 'dossier.routed.v1');
    return event.data;
  };

  const chainOf = (dossierCode: string, actor: Actor = HANOI_RECEIVER) =>
    stack.client.rpc.request('routing.chain.get.v1', { dossierCode }, as(actor));

  /** The chain once routing started it (it starts on its own routing event). */
  const started = (dossierCode: string) =>
    waitFor(
      async () => {
        const chain = await chainOf(dossierCode);
        return chain.steps.length ? chain : undefined;
      },
      { what: `the chain of ${dossierCode}` },
    );

  const advance = (dossierCode: string, actor: Actor, note?: string) =>
    stack.client.rpc.request('routing.chain.advance.v1', { dossierCode, note }, as(actor));

  const refusal = (dossierCode: string, actor: Actor) =>
    advance(dossierCode, actor).then(
      () => 'OK',
      (err: { code: string }) => err.code,
    );

  const assigned = async (dossierId: string, index: number) =>
    (await stack.waitForOutput(dossierId, 'dossier.assigned.v1', index)).event
      .data as DossierAssigned;

  const transition = async (
    dossier: { dossierId: string; code: string },
    command: DossierCommandType,
    from: DossierStatus,
    to: DossierStatus,
    dueAt: string | null,
  ) => {
    const event: CloudEvent<'dossier.transitioned.v1'> = cloudEvent(
      'dossier.transitioned.v1',
      {
        dossierId: dossier.dossierId,
        code: dossier.code,
        from,
        to,
        nationalStatusCode: 4,
        command,
        actor: LAND_OFFICER.subject,
        reason: null,
        at: clock.now().toISOString(),
        dueAt,
        details: {},
      },
      'hanoi',
    );
    await stack.publish(event);
  };

  const stepsOf = (chain: DossierChain) =>
    chain.steps.map((s) => [s.index, s.agencyCode, s.status, s.startedAt, s.dueAt]);

  const handled = async (subject: string) => {
    const { handlers } = await stack.client.rpc.request(
      'routing.handler.list.v1',
      {},
      as(staffActor('hanoi', 'TENANT_ADMIN', { subject: 'demo.hanoi.admin' })),
    );
    return handlers.find((h) => h.subject === subject)?.handledThisYear;
  };

  beforeAll(async () => {
    stack = await startRoutingStack({ database: 'routing_chains', clock });
  });

  afterAll(() => stack?.close());

  beforeEach(() => clock.set(jan(12)));

  it('moves a land dossier along committee → tax → committee with step deadlines, handlers and pauses', async () => {
    const dossier = await receive(LAND);
    const chain = await started(dossier.code);
    // Routed on Monday 12 at 10:00: 10 working days → Monday 26 at 10:00.
    expect(stepsOf(chain)).toEqual([
      [1, COMMITTEE, 'ACTIVE', jan(12).toISOString(), jan(26).toISOString()],
      [2, TAX, 'PENDING', null, null],
      [3, COMMITTEE, 'PENDING', null, null],
    ]);
    expect(chain.steps.map((s) => s.agencyName)).toEqual([
      'Ủy ban nhân dân phường Ba Đình',
      'Thuế thành phố Hà Nội',
      'Ủy ban nhân dân phường Ba Đình',
    ]);
    expect(await assigned(dossier.dossierId, 0)).toMatchObject({
      agencyCode: COMMITTEE,
      handlerSubject: LAND_OFFICER.subject,
    });

    // Only the holding agency's staff (or a supervisor) hand over.
    expect(await refusal(dossier.code, TAX_OFFICER)).toBe(ErrorCode.Forbidden);
    expect(await refusal(dossier.code, JUSTICE_HANDLER)).toBe(ErrorCode.Forbidden);
    expect(await refusal(dossier.code, HANOI_RECEIVER)).toBe(ErrorCode.Forbidden);

    // Wednesday 14: the committee hands over to the tax office, 5 working days from now.
    clock.set(jan(14));
    const after = await advance(dossier.code, LAND_OFFICER, 'Đã xác minh thực địa');
    expect(stepsOf(after)).toEqual([
      [1, COMMITTEE, 'DONE', jan(12).toISOString(), jan(26).toISOString()],
      [2, TAX, 'ACTIVE', jan(14).toISOString(), jan(21).toISOString()],
      [3, COMMITTEE, 'PENDING', null, null],
    ]);
    expect(after.steps[0]).toMatchObject({
      finishedAt: jan(14).toISOString(),
      finishedBy: LAND_OFFICER.subject,
      note: 'Đã xác minh thực địa',
      overdue: false,
    });
    const handedOver = (
      await stack.waitForOutput(dossier.dossierId, 'dossier.step-handed-over.v1', 0)
    ).event.data as DossierStepHandedOver;
    expect(handedOver).toEqual({
      dossierId: dossier.dossierId,
      code: dossier.code,
      stepIndex: 2,
      stepCount: 3,
      title: 'Xác định nghĩa vụ tài chính về đất đai',
      fromAgencyCode: COMMITTEE,
      fromAgencyName: 'Ủy ban nhân dân phường Ba Đình',
      toAgencyCode: TAX,
      toAgencyName: 'Thuế thành phố Hà Nội',
      stepDueAt: jan(21).toISOString(),
      at: jan(14).toISOString(),
      actor: LAND_OFFICER.subject,
      note: 'Đã xác minh thực địa',
    });
    expect(await assigned(dossier.dossierId, 1)).toMatchObject({
      agencyCode: TAX,
      handlerSubject: TAX_OFFICER.subject,
      previousHandlerSubject: LAND_OFFICER.subject,
      assignedBy: LAND_OFFICER.subject,
    });
    // The tax officer's queue shows the step's due time, earlier than the dossier's.
    const queue = await stack.client.rpc.request('routing.queue.mine.v1', {}, as(TAX_OFFICER));
    expect(queue.items.find((i) => i.dossierCode === dossier.code)).toMatchObject({
      agencyCode: TAX,
      dueAt: jan(21).toISOString(),
    });
    const landQueue = await stack.client.rpc.request('routing.queue.mine.v1', {}, as(LAND_OFFICER));
    expect(landQueue.items.map((i) => i.dossierCode)).not.toContain(dossier.code);

    // Thursday 15 a supplement is asked: nobody hands over while the applicant is waited for; the
    // day it took (received Friday 16) moves the step's due time a working day later.
    clock.set(jan(15));
    await transition(dossier, 'REQUEST_SUPPLEMENT', 'PROCESSING', 'SUPPLEMENT_REQUESTED', null);
    await waitFor(
      async () =>
        (
          await stack.dataSource
            .getRepository(ChainStepEntity)
            .findOneBy({ dossierId: dossier.dossierId, stepIndex: 2 })
        )?.pausedAt,
      { what: 'the paused step' },
    );
    expect(await refusal(dossier.code, TAX_OFFICER)).toBe(ErrorCode.IllegalTransition);
    clock.set(jan(16));
    await transition(
      dossier,
      'RECEIVE_SUPPLEMENT',
      'SUPPLEMENT_REQUESTED',
      'PROCESSING',
      jan(31).toISOString(),
    );
    await waitFor(
      async () =>
        (await chainOf(dossier.code)).steps[1].dueAt === jan(22).toISOString() || undefined,
      { what: 'the step due a working day later' },
    );

    // Monday 19: the tax office hands back to the committee for the certificate.
    clock.set(jan(19));
    expect(stepsOf(await advance(dossier.code, TAX_OFFICER))).toEqual([
      [1, COMMITTEE, 'DONE', jan(12).toISOString(), jan(26).toISOString()],
      [2, TAX, 'DONE', jan(14).toISOString(), jan(22).toISOString()],
      [3, COMMITTEE, 'ACTIVE', jan(19).toISOString(), jan(26).toISOString()],
    ]);
    expect(await assigned(dossier.dossierId, 2)).toMatchObject({
      agencyCode: COMMITTEE,
      handlerSubject: LAND_OFFICER.subject,
      previousHandlerSubject: TAX_OFFICER.subject,
    });
    // The last agency marks the result ready in reception; the chain cannot go further.
    expect(await refusal(dossier.code, LAND_OFFICER)).toBe(ErrorCode.IllegalTransition);

    clock.set(jan(20));
    await transition(
      dossier,
      'MARK_RESULT_READY',
      'PROCESSING',
      'RESULT_READY',
      jan(31).toISOString(),
    );
    const done = await waitFor(
      async () => {
        const c = await chainOf(dossier.code);
        return c.steps[2].status === 'DONE' ? c : undefined;
      },
      { what: 'the last step done' },
    );
    expect(done.steps[2]).toMatchObject({
      finishedAt: jan(20).toISOString(),
      finishedBy: LAND_OFFICER.subject,
      overdue: false,
    });
    // Each hand-over counts as handled for the one who held the dossier.
    expect(await handled(TAX_OFFICER.subject)).toBe(1);
  });

  it('lets a supervisor hand over and flags an active step past its due time', async () => {
    const dossier = await receive(LAND);
    await started(dossier.code);
    clock.set(jan(27));
    expect((await chainOf(dossier.code)).steps[0]).toMatchObject({
      status: 'ACTIVE',
      overdue: true,
    });
    const after = await advance(dossier.code, HANOI_SUPERVISOR);
    expect(after.steps[0]).toMatchObject({ status: 'DONE', overdue: true });
    expect(after.steps[1]).toMatchObject({ status: 'ACTIVE', agencyCode: TAX, overdue: false });
  });

  it("alerts the step's handler as its deadline nears, then the head and the one-stop unit once past", async () => {
    const dossier = await receive(LAND);
    const chain = await started(dossier.code);
    await assigned(dossier.dossierId, 0); // the step's handler holds it before any alert
    const stepDue = new Date(chain.steps[0].dueAt!);
    const deadlines = stack.routing.get(StepDeadlinesService);
    const escalated = (index: number) =>
      stack
        .waitForOutput(dossier.dossierId, 'dossier.escalated.v1', index)
        .then((o) => o.event.data as DossierEscalated);

    clock.set(new Date(stepDue.getTime() - 3_600_000)); // an hour before the step is due
    // The receipt is recorded by another consumer: sweep until it can be alerted.
    await waitFor(async () => ((await deadlines.sweep()) > 0 ? true : undefined));
    expect(await escalated(0)).toMatchObject({
      level: 'NEARING_DUE',
      audience: 'HANDLER',
      agencyCode: chain.steps[0].agencyCode,
      dueAt: stepDue.toISOString(),
    });
    await deadlines.sweep(); // alerted once per level and due time
    const alerts = await stack.dataSource.query<{ n: string }[]>(
      'SELECT count(*) AS n FROM routing.escalation_alert WHERE dossier_id = $1',
      [dossier.dossierId],
    );
    expect(alerts[0].n).toBe('1');

    clock.set(new Date(stepDue.getTime() + 60_000));
    await deadlines.sweep();
    const overdue = [await escalated(1), await escalated(2)];
    expect(overdue.map((e) => `${e.level}:${e.audience}`).sort()).toEqual([
      'OVERDUE:AGENCY_HEAD',
      'OVERDUE:ONE_STOP',
    ]);
  });

  it('cancels what is left of the chain when the dossier is withdrawn', async () => {
    const dossier = await receive(LAND);
    await started(dossier.code);
    clock.set(jan(13));
    await transition(dossier, 'WITHDRAW', 'PROCESSING', 'WITHDRAWN', jan(30).toISOString());
    const cancelled = await waitFor(
      async () => {
        const c = await chainOf(dossier.code);
        return c.steps[0].status === 'CANCELLED' ? c : undefined;
      },
      { what: 'the cancelled chain' },
    );
    expect(cancelled.steps.map((s) => s.status)).toEqual(['CANCELLED', 'CANCELLED', 'CANCELLED']);
    expect(await refusal(dossier.code, LAND_OFFICER)).toBe(ErrorCode.IllegalTransition);
  });

  it('has no chain for a procedure that defines none, and knows no dossier routing never saw', async () => {
    const dossier = await receive(JUDICIAL_RECORD);
    await expect(chainOf(dossier.code)).resolves.toEqual({
      dossierId: dossier.dossierId,
      dossierCode: dossier.code,
      steps: [],
    });
    expect(await refusal(dossier.code, JUSTICE_HANDLER)).toBe(ErrorCode.IllegalTransition);
    expect(await refusal('000.A0.01.H26-260112-9999', HANOI_SUPERVISOR)).toBe(ErrorCode.NotFound);
    await expect(
      stack.client.rpc.request(
        'routing.chain.get.v1',
        { dossierCode: dossier.code },
        { tenant: 'hanoi', actor: { kind: 'CITIZEN', subject: 'citizen-1', roles: [] } },
      ),
    ).rejects.toMatchObject({ code: ErrorCode.Forbidden });
  });
});
