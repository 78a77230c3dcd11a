import {
  ErrorCode,
  type Actor,
  type CloudEvent,
  type DossierAssigned,
  type DossierStatus,
  type RpcRequest,
} from '@motcua/contracts';
import { FixedClock } from '@motcua/platform';
import { cloudEvent, waitFor } from '@motcua/testing';
import { AssignmentsService } from '../src/assignments/assignments.service';
import { HANOI_ADMIN, HANOI_RECEIVER, staffActor } from './support/actors';
import { HANOI_BA_DINH, receivedEvent } from './support/dossier-received';
import { startRoutingStack, type RoutingStack } from './support/routing-stack';

const TU_PHAP = '000.00.01.H26';
const TAI_CHINH = '000.00.02.H26';
/** The head of Sở Tư pháp: an APPROVER of that agency. */
const HEAD: Actor = staffActor('hanoi', 'APPROVER', {
  subject: 'demo.hanoi.head-tu-phap',
  agencyCodes: [TU_PHAP],
});
const OTHER_HEAD: Actor = staffActor('hanoi', 'APPROVER', {
  subject: 'demo.hanoi.head-tai-chinh',
  agencyCodes: [TAI_CHINH],
});
/** Seeded: skilled in G09-TP03 (judicial records) and G09-TP05 (legal aid). */
const MINH = 'demo.hanoi.handler';
const LAN = 'hn.tu-phap.lan';
const BINH = 'hn.tu-phap.binh';

const JUDICIAL_RECORD = '2.000488'; // G09-TP03, to Sở Tư pháp
const LEGAL_AID = '2.000829'; // G09-TP05, to Sở Tư pháp
const ENTERPRISE = '2.001610'; // G09-TC01, to Sở Tài chính

/**
 * Handlers inside the competent agency: assignment by skill and load within capacity, absences,
 * the head's re-assignment, work queues by due time, and the roster with norms.
 */
describe('handlers and work queues', () => {
  // Monday 2026-01-05, 09:00 in Vietnam.
  const clock = new FixedClock(new Date('2026-01-05T02:00:00.000Z'));
  let stack: RoutingStack;
  const as = (actor: Actor) => ({ tenant: 'hanoi', actor });

  const saveHandler = (
    request: RpcRequest<'routing.handler.save.v1'>,
    actor: Actor = HANOI_ADMIN,
  ) => stack.client.rpc.request('routing.handler.save.v1', request, as(actor));

  /** Receives a dossier routed to the procedure's agency; `dueInHours` from now. */
  const receive = async (procedureCode: string, dueInHours = 72) => {
    const now = clock.now().getTime();
    const event = receivedEvent({
      ...HANOI_BA_DINH,
      procedureCode,
      jurisdictionUnitCode: '00070',
      receivedAt: new Date(now - 3_600_000).toISOString(),
      dueAt: new Date(now + dueInHours * 3_600_000).toISOString(),
    });
    await stack.publish(event);
    await stack.waitForOutput(event.data.dossierId, 'dossier.routed.v1');
    return event.data;
  };

  const assigned = async (dossierId: string, index = 0) =>
    (await stack.waitForOutput(dossierId, 'dossier.assigned.v1', index)).event
      .data as DossierAssigned;

  const transition = async (
    dossier: { dossierId: string; code: string },
    to: DossierStatus,
    dueAt: string | null,
  ) => {
    const event: CloudEvent<'dossier.transitioned.v1'> = cloudEvent(
      'dossier.transitioned.v1',
      {
        dossierId: dossier.dossierId,
        code: dossier.code,
        from: 'PROCESSING',
        to,
        nationalStatusCode: 4,
        command: to === 'RESULT_READY' ? 'MARK_RESULT_READY' : 'REQUEST_SUPPLEMENT',
        actor: MINH,
        reason: null,
        at: clock.now().toISOString(),
        dueAt,
        details: {},
      },
      'hanoi',
    );
    await stack.publish(event);
  };

  const queueOf = (actor: Actor) =>
    stack.client.rpc.request('routing.queue.mine.v1', {}, as(actor));
  const handlerActor = (subject: string) =>
    staffActor('hanoi', 'HANDLER', { subject, agencyCodes: [TU_PHAP] });

  const handlers = async () =>
    (await stack.client.rpc.request('routing.handler.list.v1', {}, as(HEAD))).handlers;

  beforeAll(async () => {
    stack = await startRoutingStack({ database: 'routing_handlers', clock });
  });

  afterAll(() => stack?.close());

  describe('routing.handler.save.v1', () => {
    it('adds handlers with the norm of their area and a default daily capacity', async () => {
      await expect(
        saveHandler({
          subject: LAN,
          displayName: 'Nguyễn Thị Lan',
          agencyCode: TU_PHAP,
          fieldCodes: ['G09-TP03'],
          areaKind: 'URBAN',
          dailyCapacity: 2,
        }),
      ).resolves.toEqual({
        subject: LAN,
        displayName: 'Nguyễn Thị Lan',
        agencyCode: TU_PHAP,
        fieldCodes: ['G09-TP03'],
        areaKind: 'URBAN',
        normPerYear: 1600,
        dailyCapacity: 2,
        active: true,
        handledThisYear: 0,
        openLoad: 0,
        assignedToday: 0,
        absentToday: false,
        absences: [],
      });
      // The head of the agency manages its roster too; no skill list = every field.
      await expect(
        saveHandler(
          { subject: BINH, displayName: 'Lê Văn Bình', agencyCode: TU_PHAP, areaKind: 'RURAL' },
          HEAD,
        ),
      ).resolves.toMatchObject({ fieldCodes: null, normPerYear: 1200, dailyCapacity: 5 });
    });

    it('refuses the head of another agency, a receiver and an unknown agency', async () => {
      const draft = {
        subject: 'x',
        displayName: 'X',
        agencyCode: TU_PHAP,
        areaKind: 'URBAN',
      } as const;
      await expect(saveHandler(draft, OTHER_HEAD)).rejects.toMatchObject({
        code: ErrorCode.Forbidden,
      });
      await expect(saveHandler(draft, HANOI_RECEIVER)).rejects.toMatchObject({
        code: ErrorCode.Forbidden,
      });
      await expect(saveHandler({ ...draft, agencyCode: '000.00.99.H26' })).rejects.toMatchObject({
        code: ErrorCode.ValidationFailed,
      });
    });
  });

  describe('assignment on routing', () => {
    it('gives a dossier to a skilled handler with the least load, ties by subject', async () => {
      // Lan handles judicial records only: Minh and Bình (any field) tie; Minh's subject sorts first.
      const legalAid = await receive(LEGAL_AID);
      expect(await assigned(legalAid.dossierId)).toEqual({
        dossierId: legalAid.dossierId,
        code: legalAid.code,
        agencyCode: TU_PHAP,
        handlerSubject: MINH,
        handlerName: 'Trần Văn Minh',
        previousHandlerSubject: null,
        cause: 'AUTOMATIC',
        reason: null,
        assignedBy: 'system:routing',
        assignedAt: clock.now().toISOString(),
        dueAt: legalAid.dueAt,
      });
      // Loads Minh 1, Bình 0, Lan 0 → Bình (subject before Lan's), then Lan, then a three-way tie → Minh.
      const order = [];
      for (let i = 0; i < 3; i += 1) {
        const d = await receive(JUDICIAL_RECORD, 48 + i);
        order.push((await assigned(d.dossierId)).handlerSubject);
      }
      expect(order).toEqual([BINH, LAN, MINH]);
    });

    it('respects daily capacity: Lan (2 a day) is skipped once she had two today', async () => {
      // Loads Minh 2, Bình 1, Lan 1 (one each today) → Bình by subject, then Lan.
      const first = await receive(JUDICIAL_RECORD);
      const second = await receive(JUDICIAL_RECORD);
      expect([
        (await assigned(first.dossierId)).handlerSubject,
        (await assigned(second.dossierId)).handlerSubject,
      ]).toEqual([BINH, LAN]);
      // Loads Minh 2, Bình 2, Lan 2 but Lan is at capacity: Minh.
      const third = await receive(JUDICIAL_RECORD);
      expect((await assigned(third.dossierId)).handlerSubject).toBe(MINH);
      expect((await handlers()).find((h) => h.subject === LAN)).toMatchObject({
        assignedToday: 2,
        dailyCapacity: 2,
        openLoad: 2,
      });
    });

    it('leaves a dossier waiting in the agency queue when the agency has no handler, until one joins', async () => {
      const enterprise = await receive(ENTERPRISE);
      const waiting = await waitFor(
        async () =>
          (
            await stack.client.rpc.request(
              'routing.queue.agency.v1',
              { unassignedOnly: true },
              as(OTHER_HEAD),
            )
          ).items.find((i) => i.dossierId === enterprise.dossierId),
        { what: 'the dossier in the unassigned queue' },
      );
      expect(waiting).toMatchObject({
        agencyCode: TAI_CHINH,
        handlerSubject: null,
        assignedAt: null,
      });
      await saveHandler(
        {
          subject: 'hn.tai-chinh.an',
          displayName: 'Phạm An',
          agencyCode: TAI_CHINH,
          areaKind: 'URBAN',
        },
        OTHER_HEAD,
      );
      expect(await assigned(enterprise.dossierId)).toMatchObject({
        handlerSubject: 'hn.tai-chinh.an',
        cause: 'AUTOMATIC',
      });
    });
  });

  describe('routing.queue.mine.v1', () => {
    it("lists the caller's open dossiers by due time with overdue and nearing-due flags, paused last", async () => {
      clock.set(new Date('2026-01-06T02:00:00.000Z'));
      // A new day. Two legal-aid dossiers (Lan has no such skill), one already overdue and one
      // due within the 8-hour margin, go to Bình and Minh by load: read whoever took each.
      const overdue = await receive(LEGAL_AID, -2);
      const overdueHolder = (await assigned(overdue.dossierId)).handlerSubject;
      const nearing = await receive(LEGAL_AID, 4);
      const nearingHolder = (await assigned(nearing.dossierId)).handlerSubject;
      expect(nearingHolder).not.toBe(overdueHolder);

      const queue = await queueOf(handlerActor(overdueHolder));
      expect(queue.nearingDueMinutes).toBe(480);
      const first = queue.items[0];
      expect(first).toMatchObject({
        dossierId: overdue.dossierId,
        handlerSubject: overdueHolder,
        overdue: true,
        nearingDue: false,
        dueAt: overdue.dueAt,
      });
      expect(queue.overdueCount).toBeGreaterThanOrEqual(1);
      const dues = queue.items.map((i) => i.dueAt ?? '9999');
      expect(dues).toEqual([...dues].sort());
      expect(queue.items.every((i) => i.handlerSubject === overdueHolder)).toBe(true);

      const other = await queueOf(handlerActor(nearingHolder));
      expect(other.items.find((i) => i.dossierId === nearing.dossierId)).toMatchObject({
        overdue: false,
        nearingDue: true,
      });

      // A supplement request pauses the clock: no due date, listed last, no flags.
      await transition(nearing, 'SUPPLEMENT_REQUESTED', null);
      await waitFor(
        async () =>
          (await queueOf(handlerActor(nearingHolder))).items.at(-1)?.dossierId ===
          nearing.dossierId,
        {
          what: 'the paused dossier last',
        },
      );
      expect((await queueOf(handlerActor(nearingHolder))).items.at(-1)).toMatchObject({
        dueAt: null,
        overdue: false,
        nearingDue: false,
      });
    });

    it('drops a dossier whose result is ready and counts it as handled this year', async () => {
      const [item] = (await queueOf(handlerActor(MINH))).items;
      const before = (await handlers()).find((h) => h.subject === MINH)!;
      await transition({ dossierId: item.dossierId, code: item.dossierCode }, 'RESULT_READY', null);
      await waitFor(
        async () =>
          !(await queueOf(handlerActor(MINH))).items.some((i) => i.dossierId === item.dossierId),
        { what: 'the finished dossier to leave the queue' },
      );
      expect((await handlers()).find((h) => h.subject === MINH)).toMatchObject({
        handledThisYear: before.handledThisYear + 1,
        openLoad: before.openLoad - 1,
      });
    });
  });

  describe('absences', () => {
    it("re-assigns an absent handler's open dossiers at once when the absence covers today", async () => {
      const open = (await queueOf(handlerActor(BINH))).items;
      expect(open.length).toBeGreaterThan(0);
      const { handler, reassigned } = await stack.client.rpc.request(
        'routing.handler.absence.record.v1',
        { subject: BINH, from: '2026-01-06', to: '2026-01-07', reason: 'Nghỉ ốm' },
        as(HEAD),
      );
      expect(reassigned).toBe(open.length);
      expect(handler).toMatchObject({
        absentToday: true,
        openLoad: 0,
        absences: [
          { from: '2026-01-06', to: '2026-01-07', reason: 'Nghỉ ốm', recordedBy: HEAD.subject },
        ],
      });
      const moved = await assigned(open[0].dossierId, 1);
      expect(moved).toMatchObject({
        previousHandlerSubject: BINH,
        cause: 'ABSENCE',
        reason: 'Nghỉ ốm',
      });
      expect(moved.handlerSubject).not.toBe(BINH);
      // New dossiers skip Bình while away.
      const fresh = await receive(JUDICIAL_RECORD);
      expect((await assigned(fresh.dossierId)).handlerSubject).not.toBe(BINH);
    });

    it('re-assigns on the first day of an absence recorded in advance', async () => {
      const open = (await queueOf(handlerActor(MINH))).items;
      expect(open.length).toBeGreaterThan(0);
      await expect(
        stack.client.rpc.request(
          'routing.handler.absence.record.v1',
          { subject: MINH, from: '2026-01-08', to: '2026-01-09' },
          as(HANOI_ADMIN),
        ),
      ).resolves.toMatchObject({ reassigned: 0, handler: { absentToday: false } });
      expect((await queueOf(handlerActor(MINH))).items).toHaveLength(open.length);

      // Thursday 2026-01-08, 08:00 in Vietnam: Bình is back, Minh is away.
      clock.set(new Date('2026-01-08T01:00:00.000Z'));
      await stack.routing.get(AssignmentsService).sweep();
      await waitFor(async () => (await queueOf(handlerActor(MINH))).items.length === 0, {
        what: "Minh's queue to empty",
      });
      for (const item of open) {
        const moved = await waitFor(
          () =>
            stack
              .outputsFor(item.dossierId, 'dossier.assigned.v1')
              .map((e) => e.event.data as DossierAssigned)
              .find((d) => d.previousHandlerSubject === MINH),
          { what: `the re-assignment of ${item.dossierCode}` },
        );
        expect(moved).toMatchObject({ cause: 'ABSENCE', assignedBy: 'system:routing' });
      }
    });

    it('refuses an absence ending before it starts and one for an unknown handler', async () => {
      await expect(
        stack.client.rpc.request(
          'routing.handler.absence.record.v1',
          { subject: LAN, from: '2026-01-10', to: '2026-01-09' },
          as(HEAD),
        ),
      ).rejects.toMatchObject({ code: ErrorCode.ValidationFailed });
      await expect(
        stack.client.rpc.request(
          'routing.handler.absence.record.v1',
          { subject: 'nobody', from: '2026-01-10', to: '2026-01-10' },
          as(HEAD),
        ),
      ).rejects.toMatchObject({ code: ErrorCode.NotFound });
    });
  });

  describe('routing.assignment.reassign.v1', () => {
    const reason = 'Hồ sơ liên quan vụ việc bà Lan đang thụ lý';

    it('lets the head give an open dossier to another handler, with a reason', async () => {
      // Bình holds Minh's legal-aid dossiers since Minh is away.
      const [item] = (await queueOf(handlerActor(BINH))).items;
      const result = await stack.client.rpc.request(
        'routing.assignment.reassign.v1',
        { dossierCode: item.dossierCode, handlerSubject: LAN, reason },
        as(HEAD),
      );
      expect(result).toMatchObject({
        dossierId: item.dossierId,
        handlerSubject: LAN,
        handlerName: 'Nguyễn Thị Lan',
      });
      const manual = await waitFor(
        () =>
          stack
            .outputsFor(item.dossierId, 'dossier.assigned.v1')
            .map((e) => e.event.data as DossierAssigned)
            .find((d) => d.cause === 'MANUAL'),
        { what: 'the manual assignment event' },
      );
      expect(manual).toMatchObject({
        handlerSubject: LAN,
        previousHandlerSubject: BINH,
        reason,
        assignedBy: HEAD.subject,
      });
      await expect(
        stack.client.rpc.request(
          'routing.assignment.reassign.v1',
          { dossierId: item.dossierId, handlerSubject: LAN, reason },
          as(HEAD),
        ),
      ).rejects.toMatchObject({ code: ErrorCode.Conflict });
    });

    it('refuses an absent handler, a handler of another agency, the head of another agency and a finished dossier', async () => {
      const [item] = (await queueOf(handlerActor(LAN))).items;
      const reassign = (handlerSubject: string, actor = HEAD, dossierCode = item.dossierCode) =>
        stack.client.rpc.request(
          'routing.assignment.reassign.v1',
          { dossierCode, handlerSubject, reason },
          as(actor),
        );
      await expect(reassign(MINH)).rejects.toMatchObject({ code: ErrorCode.Conflict });
      await expect(reassign('hn.tai-chinh.an')).rejects.toMatchObject({ code: ErrorCode.NotFound });
      await expect(reassign(BINH, OTHER_HEAD)).rejects.toMatchObject({ code: ErrorCode.Forbidden });
      await transition({ dossierId: item.dossierId, code: item.dossierCode }, 'RESULT_READY', null);
      await waitFor(
        async () =>
          !(await queueOf(handlerActor(LAN))).items.some((i) => i.dossierId === item.dossierId),
        { what: 'the dossier to close' },
      );
      await expect(reassign(BINH)).rejects.toMatchObject({ code: ErrorCode.IllegalTransition });
    });
  });

  describe('routing.handler.list.v1', () => {
    it("shows the head their agency's handlers with norm, handled this year, open load and capacity", async () => {
      const list = await handlers();
      expect(list.map((h) => h.subject)).toEqual([MINH, BINH, LAN]);
      for (const h of list) {
        const open = (await queueOf(handlerActor(h.subject))).totalCount;
        expect(h.openLoad).toBe(open);
      }
      expect(list.find((h) => h.subject === MINH)).toMatchObject({
        normPerYear: 1600,
        handledThisYear: 1,
        absentToday: true,
      });
      expect(list.find((h) => h.subject === LAN)).toMatchObject({ handledThisYear: 1 });
    });

    it('is for administrators (any agency) and heads (their own)', async () => {
      const all = await stack.client.rpc.request('routing.handler.list.v1', {}, as(HANOI_ADMIN));
      // The demo seed also puts the handlers of the demo inter-agency chain on the roster: the
      // committee of phường Ba Đình and the tax office.
      expect(new Set(all.handlers.map((h) => h.agencyCode))).toEqual(
        new Set([TU_PHAP, TAI_CHINH, '000.A0.01.H26', '000.00.10.H26']),
      );
      await expect(
        stack.client.rpc.request(
          'routing.handler.list.v1',
          { agencyCode: TU_PHAP },
          as(OTHER_HEAD),
        ),
      ).rejects.toMatchObject({ code: ErrorCode.Forbidden });
      await expect(
        stack.client.rpc.request('routing.handler.list.v1', {}, as(HANOI_RECEIVER)),
      ).rejects.toMatchObject({ code: ErrorCode.Forbidden });
    });
  });

  describe('deactivation', () => {
    it("hands a deactivated handler's open dossiers on; they wait while nobody has room", async () => {
      const open = (await queueOf(handlerActor(LAN))).items;
      expect(open.length).toBeGreaterThan(0);
      const lan: RpcRequest<'routing.handler.save.v1'> = {
        subject: LAN,
        displayName: 'Nguyễn Thị Lan',
        agencyCode: TU_PHAP,
        fieldCodes: ['G09-TP03'],
        areaKind: 'URBAN',
        dailyCapacity: 2,
      };
      await expect(saveHandler({ ...lan, active: false }, HEAD)).resolves.toMatchObject({
        active: false,
        openLoad: 0,
      });
      // Minh is away and Bình had his five for today: Lan's dossiers wait for the head.
      expect((await handlers()).find((h) => h.subject === BINH)).toMatchObject({
        assignedToday: 5,
        dailyCapacity: 5,
      });
      const unassigned = await stack.client.rpc.request(
        'routing.queue.agency.v1',
        { unassignedOnly: true },
        as(HEAD),
      );
      expect(unassigned.items.map((i) => i.dossierId)).toEqual(
        expect.arrayContaining(open.map((i) => i.dossierId)),
      );

      // The head gives Bình more room: what waited is his at once.
      await saveHandler(
        {
          subject: BINH,
          displayName: 'Lê Văn Bình',
          agencyCode: TU_PHAP,
          areaKind: 'RURAL',
          dailyCapacity: 20,
        },
        HEAD,
      );
      for (const item of open) {
        const given = await waitFor(
          () =>
            stack
              .outputsFor(item.dossierId, 'dossier.assigned.v1')
              .map((e) => e.event.data as DossierAssigned)
              .find((d) => d.handlerSubject === BINH && d.previousHandlerSubject === null),
          { what: `the assignment of ${item.dossierCode}` },
        );
        expect(given).toMatchObject({ cause: 'AUTOMATIC', assignedBy: 'system:routing' });
      }
      await expect(
        stack.client.rpc.request('routing.queue.agency.v1', { unassignedOnly: true }, as(HEAD)),
      ).resolves.toMatchObject({ totalCount: 0, items: [] });
    });
  });
});
