import { ErrorCode } from '@motcua/contracts';
import { FixedClock } from '@motcua/platform';
import {
  CITIZEN,
  HANOI_RECEIVER,
  HANOI_SUPERVISOR,
  HCMC_SUPERVISOR,
  staffActor,
} from './support/actors';
import {
  HANOI_BA_DINH,
  HCMC_THU_DAU_MOT,
  receivedEvent,
  type ReceivingBranch,
} from './support/dossier-received';
import { startRoutingStack, type RoutingStack } from './support/routing-stack';

/** Every decision says why, and staff of the tenant read it through `routing.decision.get.v1`. */
describe('routing decisions', () => {
  const clock = new FixedClock(new Date('2026-01-05T03:00:00.000Z'));
  let stack: RoutingStack;
  const asReceiver = { tenant: 'hanoi', actor: HANOI_RECEIVER };

  beforeAll(async () => {
    stack = await startRoutingStack({ database: 'routing_decisions', clock });
  });

  afterAll(() => stack?.close());

  const receive = async (
    procedureCode: string,
    jurisdictionUnitCode: string,
    branch: ReceivingBranch = HANOI_BA_DINH,
  ) => {
    const event = receivedEvent({
      ...branch,
      procedureCode,
      jurisdictionUnitCode,
      receivedAt: '2026-01-05T02:30:00.000Z',
    });
    await stack.publish(event);
    await stack.waitForOutput(event.data.dossierId);
    return event.data;
  };

  describe('routing.decision.get.v1', () => {
    it('tells staff which rule routed a dossier and why, by code or by id', async () => {
      const dossier = await receive('1.001193', '00070');
      const byCode = await stack.client.rpc.request(
        'routing.decision.get.v1',
        { dossierCode: dossier.code },
        asReceiver,
      );
      expect(byCode).toEqual({
        dossierId: dossier.dossierId,
        dossierCode: dossier.code,
        dossier: {
          procedureCode: '1.001193',
          procedureName: dossier.procedureName,
          fieldCode: 'G09-TP01',
          level: 'COMMUNE',
          channel: 'COUNTER',
          jurisdictionUnitCode: '00070',
          receivedAt: '2026-01-05T02:30:00.000Z',
        },
        status: 'ROUTED',
        agencyCode: '000.A0.02.H26',
        agencyName: 'Ủy ban nhân dân phường Hoàn Kiếm',
        ruleId: 'hanoi-100-civil-status-certification',
        ruleVersion: 1,
        reason:
          'rule hanoi-100-civil-status-certification v1 matched field G09-TP01, commune level → committee of 00070: Ủy ban nhân dân phường Hoàn Kiếm (000.A0.02.H26)',
        decidedAt: '2026-01-05T03:00:00.000Z',
        decidedBy: 'system:routing',
        history: [
          expect.objectContaining({
            status: 'ROUTED',
            ruleId: 'hanoi-100-civil-status-certification',
          }),
        ],
      });
      await expect(
        stack.client.rpc.request(
          'routing.decision.get.v1',
          { dossierId: dossier.dossierId },
          asReceiver,
        ),
      ).resolves.toEqual(byCode);
    });

    it('tells why a dossier is held when no rule matches', async () => {
      const dossier = await receive('1.001776', '00004');
      await expect(
        stack.client.rpc.request(
          'routing.decision.get.v1',
          { dossierCode: dossier.code },
          asReceiver,
        ),
      ).resolves.toMatchObject({
        status: 'HELD',
        agencyCode: null,
        ruleId: null,
        reason: expect.stringMatching(/^no routing rule matches procedure 1\.001776/),
      });
    });

    it('answers NOT_FOUND for a dossier routing has not decided, and VALIDATION_FAILED without exactly one key', async () => {
      await expect(
        stack.client.rpc.request(
          'routing.decision.get.v1',
          { dossierCode: '000.A0.01.H26-260105-9999' },
          asReceiver,
        ),
      ).rejects.toMatchObject({ code: ErrorCode.NotFound });
      await expect(
        stack.client.rpc.request('routing.decision.get.v1', {}, asReceiver),
      ).rejects.toMatchObject({ code: ErrorCode.ValidationFailed });
    });

    it('refuses callers who are not staff of the tenant', async () => {
      const dossier = await receive('1.001193', '00004');
      const get = (actor?: typeof CITIZEN) =>
        stack.client.rpc.request(
          'routing.decision.get.v1',
          { dossierCode: dossier.code },
          { tenant: 'hanoi', actor },
        );
      await expect(get()).rejects.toMatchObject({ code: ErrorCode.Unauthenticated });
      await expect(get(CITIZEN)).rejects.toMatchObject({ code: ErrorCode.Forbidden });
      await expect(get(HCMC_SUPERVISOR)).rejects.toMatchObject({ code: ErrorCode.Forbidden });
      // Staff of another tenant asking in their own tenant do not find it either.
      await expect(
        stack.client.rpc.request(
          'routing.decision.get.v1',
          { dossierCode: dossier.code },
          { tenant: 'hcmc', actor: HCMC_SUPERVISOR },
        ),
      ).rejects.toMatchObject({ code: ErrorCode.NotFound });
    });
  });

  describe('routing.held.list.v1', () => {
    it('lists the held dossiers of the tenant oldest first, with the reason, page by page', async () => {
      clock.set(new Date('2026-01-05T04:00:00.000Z'));
      const older = await receive('1.010727', '25747', HCMC_THU_DAU_MOT);
      clock.set(new Date('2026-01-05T05:00:00.000Z'));
      const newer = await receive('1.010727', '26740', HCMC_THU_DAU_MOT);
      const hcmc = { tenant: 'hcmc', actor: HCMC_SUPERVISOR };

      const firstPage = await stack.client.rpc.request('routing.held.list.v1', { first: 1 }, hcmc);
      expect(firstPage).toEqual({
        items: [
          {
            dossierId: older.dossierId,
            dossierCode: older.code,
            dossier: expect.objectContaining({
              procedureCode: '1.010727',
              jurisdictionUnitCode: '25747',
            }),
            reason: expect.stringMatching(/^no routing rule matches procedure 1\.010727/),
            heldAt: '2026-01-05T04:00:00.000Z',
          },
        ],
        totalCount: 2,
        hasNextPage: true,
        endCursor: expect.any(String),
      });
      const secondPage = await stack.client.rpc.request(
        'routing.held.list.v1',
        { first: 1, after: firstPage.endCursor! },
        hcmc,
      );
      expect(secondPage.items.map((i) => i.dossierCode)).toEqual([newer.code]);
      expect(secondPage.hasNextPage).toBe(false);
    });

    it('is for supervisors and administrators only', async () => {
      await expect(
        stack.client.rpc.request('routing.held.list.v1', {}, asReceiver),
      ).rejects.toMatchObject({ code: ErrorCode.Forbidden });
      await expect(
        stack.client.rpc.request(
          'routing.held.list.v1',
          {},
          { tenant: 'hanoi', actor: staffActor('hanoi', 'TENANT_ADMIN') },
        ),
      ).resolves.toMatchObject({ items: expect.any(Array) });
    });
  });

  describe('routing.dossier.route.v1', () => {
    const asSupervisor = { tenant: 'hanoi', actor: HANOI_SUPERVISOR };
    const reason = 'Trợ cấp xã hội: Sở Y tế xử lý theo văn bản 123/UBND';

    it('routes a held dossier by hand, records who and why, and announces it', async () => {
      clock.set(new Date('2026-01-05T06:00:00.000Z'));
      const dossier = await receive('1.001776', '00070');
      clock.set(new Date('2026-01-05T07:00:00.000Z'));
      const decision = await stack.client.rpc.request(
        'routing.dossier.route.v1',
        { dossierCode: dossier.code, agencyCode: '000.00.05.H26', reason },
        asSupervisor,
      );
      expect(decision).toMatchObject({
        status: 'ROUTED',
        agencyCode: '000.00.05.H26',
        agencyName: 'Sở Y tế thành phố Hà Nội',
        ruleId: null,
        ruleVersion: null,
        reason,
        decidedAt: '2026-01-05T07:00:00.000Z',
        decidedBy: HANOI_SUPERVISOR.subject,
      });
      expect(decision.history.map((h) => [h.status, h.decidedBy])).toEqual([
        ['HELD', 'system:routing'],
        ['ROUTED', HANOI_SUPERVISOR.subject],
      ]);
      const routed = await stack.waitForOutput(dossier.dossierId, 'dossier.routed.v1');
      expect(routed.event).toMatchObject({ tenant: 'hanoi', subject: dossier.code });
      expect(routed.event.data).toEqual({
        dossierId: dossier.dossierId,
        code: dossier.code,
        agencyCode: '000.00.05.H26',
        agencyName: 'Sở Y tế thành phố Hà Nội',
        ruleId: 'manual',
        routedAt: '2026-01-05T07:00:00.000Z',
        reason,
        decidedBy: HANOI_SUPERVISOR.subject,
      });
      const held = await stack.client.rpc.request(
        'routing.held.list.v1',
        { first: 200 },
        asSupervisor,
      );
      expect(held.items.map((i) => i.dossierCode)).not.toContain(dossier.code);

      // Routed once: never again by hand.
      await expect(
        stack.client.rpc.request(
          'routing.dossier.route.v1',
          { dossierId: dossier.dossierId, agencyCode: '000.00.01.H26', reason },
          asSupervisor,
        ),
      ).rejects.toMatchObject({ code: ErrorCode.IllegalTransition });
      expect(stack.outputsFor(dossier.dossierId, 'dossier.routed.v1')).toHaveLength(1);
    });

    it('refuses a dossier a rule already routed', async () => {
      const dossier = await receive('1.001193', '00166');
      await expect(
        stack.client.rpc.request(
          'routing.dossier.route.v1',
          { dossierCode: dossier.code, agencyCode: '000.00.05.H26', reason },
          asSupervisor,
        ),
      ).rejects.toMatchObject({ code: ErrorCode.IllegalTransition });
    });

    it('refuses an agency the catalog does not know, a missing reason, and callers who are not supervisors', async () => {
      const dossier = await receive('1.001776', '00166');
      const route = (input: { agencyCode: string; reason: string }, actor = HANOI_SUPERVISOR) =>
        stack.client.rpc.request(
          'routing.dossier.route.v1',
          { dossierCode: dossier.code, ...input },
          { tenant: 'hanoi', actor },
        );
      await expect(route({ agencyCode: '000.00.99.H26', reason })).rejects.toMatchObject({
        code: ErrorCode.ValidationFailed,
        details: [{ path: 'agencyCode', message: 'unknown agency' }],
      });
      await expect(route({ agencyCode: '000.00.05.H26', reason: ' ' })).rejects.toMatchObject({
        code: ErrorCode.ValidationFailed,
      });
      await expect(
        route({ agencyCode: '000.00.05.H26', reason }, HANOI_RECEIVER),
      ).rejects.toMatchObject({ code: ErrorCode.Forbidden });
      // An HCMC agency is not in Hanoi's catalog.
      await expect(route({ agencyCode: '000.00.05.H29', reason })).rejects.toMatchObject({
        code: ErrorCode.ValidationFailed,
      });
      await expect(
        stack.client.rpc.request(
          'routing.decision.get.v1',
          { dossierCode: dossier.code },
          asReceiver,
        ),
      ).resolves.toMatchObject({ status: 'HELD' });
    });
  });
});
