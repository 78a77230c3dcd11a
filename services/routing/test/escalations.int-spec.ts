import {
  ErrorCode,
  type Actor,
  type DossierEscalated,
  type DossierReceived,
} from '@motcua/contracts';
import { FixedClock } from '@motcua/platform';
import { cloudEvent, waitFor } from '@motcua/testing';
import { HANOI_ADMIN, staffActor } from './support/actors';
import { HANOI_BA_DINH, receivedEvent } from './support/dossier-received';
import { startRoutingStack, type RoutingStack } from './support/routing-stack';

const TU_PHAP = '000.00.01.H26';
/** Seeded handler of Sở Tư pháp, skilled in judicial records. */
const MINH = 'demo.hanoi.handler';
const JUDICIAL_RECORD = '2.000488';
/** No demo rule in Hanoi: held, never routed. */
const UNROUTED = '1.001776';

const HANDLER = staffActor('hanoi', 'HANDLER', { subject: MINH, agencyCodes: [TU_PHAP] });
const HEAD: Actor = staffActor('hanoi', 'APPROVER', {
  subject: 'demo.hanoi.head-tu-phap',
  agencyCodes: [TU_PHAP],
});
const RECEIVER = staffActor('hanoi', 'RECEIVER', { branchIds: ['hn-ba-dinh'] });
const OTHER_RECEIVER = staffActor('hanoi', 'RECEIVER', {
  subject: 'hn.cau-giay.receiver',
  branchIds: ['hn-cau-giay'],
});

/** Deadline escalation: reception's due-date notices become alerts by role and unit. */
describe('escalation', () => {
  // Monday 2026-01-05, 09:00 in Vietnam.
  const clock = new FixedClock(new Date('2026-01-05T02:00:00.000Z'));
  let stack: RoutingStack;
  const as = (actor: Actor) => ({ tenant: 'hanoi', actor });
  const alertsOf = (actor: Actor, includeAcknowledged = false) =>
    stack.client.rpc
      .request('routing.alert.list.v1', { includeAcknowledged }, as(actor))
      .then((r) => r.alerts);

  /** Receives a dossier and waits for routing's decision (and assignment, when routed). */
  async function received(procedureCode: string): Promise<DossierReceived> {
    const event = receivedEvent({
      ...HANOI_BA_DINH,
      procedureCode,
      jurisdictionUnitCode: '00070',
      receivedAt: clock.now().toISOString(),
    });
    await stack.publish(event);
    const routed = procedureCode !== UNROUTED;
    await stack.waitForOutput(
      event.data.dossierId,
      routed ? 'dossier.assigned.v1' : 'dossier.held.v1',
    );
    return event.data;
  }

  /** Publishes reception's due-date notice of the dossier; returns the event id. */
  const notice = async (
    dossier: DossierReceived,
    type: 'dossier.due-soon.v1' | 'dossier.overdue.v1',
  ): Promise<string> => {
    const { dossierId, code, dueAt } = dossier;
    const event =
      type === 'dossier.due-soon.v1'
        ? cloudEvent(type, { dossierId, code, dueAt, marginMinutes: 240 }, 'hanoi')
        : cloudEvent(type, { dossierId, code, dueAt, detectedAt: dueAt }, 'hanoi');
    await stack.publish(event);
    return event.id;
  };

  const escalated = (dossierId: string, index: number) =>
    stack
      .waitForOutput(dossierId, 'dossier.escalated.v1', index)
      .then((o) => o.event.data as DossierEscalated);

  beforeAll(async () => {
    stack = await startRoutingStack({ database: 'routing_escalations', clock });
  });

  afterAll(() => stack?.close());

  it('tells the handler holding the dossier when it nears its due date', async () => {
    const dossier = await received(JUDICIAL_RECORD);
    await notice(dossier, 'dossier.due-soon.v1');

    expect(await escalated(dossier.dossierId, 0)).toMatchObject({
      code: dossier.code,
      level: 'NEARING_DUE',
      audience: 'HANDLER',
      handlerSubject: MINH,
      agencyCode: TU_PHAP,
    });
    const mine = await alertsOf(HANDLER);
    expect(mine.filter((a) => a.dossierCode === dossier.code)).toHaveLength(1);
    expect((await alertsOf(OTHER_RECEIVER)).filter((a) => a.dossierCode === dossier.code)).toEqual(
      [],
    );
  });

  it('tells the head of the agency and the one-stop unit when it is overdue, once', async () => {
    const dossier = await received(JUDICIAL_RECORD);
    const first = await notice(dossier, 'dossier.overdue.v1');
    const second = await notice(dossier, 'dossier.overdue.v1'); // a new event id: adds nothing

    const audiences = [
      (await escalated(dossier.dossierId, 0)).audience,
      (await escalated(dossier.dossierId, 1)).audience,
    ];
    expect(audiences.sort()).toEqual(['AGENCY_HEAD', 'ONE_STOP']);
    const head = await waitFor(async () =>
      (await alertsOf(HEAD)).find((a) => a.dossierCode === dossier.code),
    );
    expect(head).toMatchObject({ level: 'OVERDUE', audience: 'AGENCY_HEAD', agencyCode: TU_PHAP });
    const oneStop = (await alertsOf(RECEIVER)).filter((a) => a.dossierCode === dossier.code);
    expect(oneStop).toEqual([
      expect.objectContaining({ audience: 'ONE_STOP', branchId: 'hn-ba-dinh' }),
    ]);
    const adminView = (await alertsOf(HANOI_ADMIN)).filter((a) => a.dossierCode === dossier.code);
    expect(adminView).toHaveLength(2);
    // The duplicate notice was consumed without a third alert.
    await waitFor(async () => {
      const rows = await stack.dataSource.query<{ n: string }[]>(
        'SELECT count(*) AS n FROM routing.processed_event WHERE event_id = ANY($1)',
        [[first, second]],
      );
      return Number(rows[0].n) >= 2 || undefined;
    });
    expect(stack.outputsFor(dossier.dossierId, 'dossier.escalated.v1')).toHaveLength(2);
  });

  it('tells only the one-stop unit about an overdue dossier no rule routed', async () => {
    const dossier = await received(UNROUTED);
    await escalated(dossier.dossierId, 0); // HELD, to the supervisors
    await notice(dossier, 'dossier.overdue.v1');
    expect(await escalated(dossier.dossierId, 1)).toMatchObject({
      audience: 'ONE_STOP',
      agencyCode: null,
      branchId: 'hn-ba-dinh',
    });
  });

  it("tells the tenant's supervisors when no rule routes a dossier", async () => {
    const dossier = await received(UNROUTED);
    expect(await escalated(dossier.dossierId, 0)).toMatchObject({
      level: 'HELD',
      audience: 'SUPERVISOR',
      branchId: 'hn-ba-dinh',
      dueAt: dossier.dueAt,
    });
    const supervisor = staffActor('hanoi', 'SUPERVISOR', { branchIds: ['hn-cau-giay'] });
    expect((await alertsOf(supervisor)).filter((a) => a.dossierCode === dossier.code)).toEqual([
      expect.objectContaining({ level: 'HELD' }),
    ]);
    expect((await alertsOf(OTHER_RECEIVER)).filter((a) => a.dossierCode === dossier.code)).toEqual(
      [],
    );
  });

  it('lets its audience acknowledge an alert, and no one else', async () => {
    const dossier = await received(JUDICIAL_RECORD);
    await notice(dossier, 'dossier.due-soon.v1');
    const { alertId } = await escalated(dossier.dossierId, 0);

    await expect(
      stack.client.rpc.request('routing.alert.acknowledge.v1', { alertId }, as(RECEIVER)),
    ).rejects.toMatchObject({ code: ErrorCode.Forbidden });
    const seen = await stack.client.rpc.request(
      'routing.alert.acknowledge.v1',
      { alertId },
      as(HANDLER),
    );
    expect(seen).toMatchObject({ acknowledgedBy: MINH, acknowledgedAt: clock.now().toISOString() });
    expect((await alertsOf(HANDLER)).map((a) => a.id)).not.toContain(alertId);
    expect((await alertsOf(HANDLER, true)).map((a) => a.id)).toContain(alertId);
  });
});
