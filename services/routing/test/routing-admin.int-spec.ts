import { ErrorCode, type SaveRoutingRuleRequest } from '@motcua/contracts';
import { FixedClock } from '@motcua/platform';
import { DemoSeeder } from '../src/seed/demo-seeder.service';
import { RoutingRuleEntity } from '../src/rules/routing-rule.entity';
import { HANOI_ADMIN, HANOI_RECEIVER, HANOI_SUPERVISOR, staffActor } from './support/actors';
import { HANOI_BA_DINH, receivedEvent } from './support/dossier-received';
import { startRoutingStack, type RoutingStack } from './support/routing-stack';

/** Tenant administrators write rules as versions; a change takes effect on its date. */
describe('routing rule administration', () => {
  const clock = new FixedClock(new Date('2026-01-05T03:00:00.000Z'));
  let stack: RoutingStack;
  const asAdmin = { tenant: 'hanoi', actor: HANOI_ADMIN };

  const save = (request: SaveRoutingRuleRequest, actor = HANOI_ADMIN) =>
    stack.client.rpc.request('routing.rule.save.v1', request, { tenant: 'hanoi', actor });

  const routeOn = async (
    receivedAt: string,
    procedureCode: string,
    jurisdictionUnitCode: string,
  ) => {
    const event = receivedEvent({
      ...HANOI_BA_DINH,
      procedureCode,
      jurisdictionUnitCode,
      receivedAt,
    });
    await stack.publish(event);
    return (await stack.waitForOutput(event.data.dossierId)).event.data as {
      ruleId: string;
      ruleVersion: number;
      agencyCode: string;
      reason: string;
    };
  };

  beforeAll(async () => {
    stack = await startRoutingStack({ database: 'routing_admin', clock });
  });

  afterAll(() => stack?.close());

  describe('routing.rule.save.v1', () => {
    it('creates a rule that routes from its first day', async () => {
      const saved = await save({
        id: 'hanoi-005-postal-birth',
        priority: 5,
        match: { procedureCodes: ['1.001193'], channels: ['POSTAL'] },
        target: { kind: 'AGENCY', agencyCode: '000.00.01.H26' },
        validFrom: '2026-01-05',
      });
      expect(saved).toEqual({
        rule: {
          id: 'hanoi-005-postal-birth',
          version: 1,
          priority: 5,
          match: {
            procedureCodes: ['1.001193'],
            fieldCodes: null,
            level: null,
            channels: ['POSTAL'],
            jurisdictionUnitCodes: null,
          },
          target: { kind: 'AGENCY', agencyCode: '000.00.01.H26' },
          validFrom: '2026-01-05',
          validTo: null,
          createdBy: HANOI_ADMIN.subject,
          createdAt: '2026-01-05T03:00:00.000Z',
        },
        previous: null,
      });
      const postal = receivedEvent({
        ...HANOI_BA_DINH,
        procedureCode: '1.001193',
        jurisdictionUnitCode: '00070',
        receivedAt: '2026-01-05T02:00:00.000Z',
        channel: 'POSTAL',
      });
      await stack.publish(postal);
      expect((await stack.waitForOutput(postal.data.dossierId)).event.data).toMatchObject({
        ruleId: 'hanoi-005-postal-birth',
        ruleVersion: 1,
        agencyCode: '000.00.01.H26',
      });
    });

    it('takes a rule change effect on its date: received before → old version, on or after → new one', async () => {
      // Marriage registrations in Hoàn Kiếm go to the committee (demo rule, v1) until a new
      // version sends them to Sở Tư pháp from 2026-02-01.
      const saved = await save({
        id: 'hanoi-100-civil-status-certification',
        priority: 100,
        match: { fieldCodes: ['G09-TP01', 'G09-TP02'], level: 'COMMUNE' },
        target: { kind: 'AGENCY', agencyCode: '000.00.01.H26' },
        validFrom: '2026-02-01',
      });
      expect(saved.rule).toMatchObject({ version: 2, validFrom: '2026-02-01', validTo: null });
      expect(saved.previous).toMatchObject({
        version: 1,
        validFrom: '2025-07-01',
        validTo: '2026-01-31',
        createdBy: 'system:demo-seed',
      });

      // 2026-01-31 23:30 in Vietnam: the old version.
      expect(await routeOn('2026-01-31T16:30:00.000Z', '1.000894', '00070')).toMatchObject({
        ruleId: 'hanoi-100-civil-status-certification',
        ruleVersion: 1,
        agencyCode: '000.A0.02.H26',
      });
      // 2026-02-01 00:30 in Vietnam: the new one.
      clock.set(new Date('2026-02-01T03:00:00.000Z'));
      const after = await routeOn('2026-01-31T17:30:00.000Z', '1.000894', '00070');
      expect(after).toMatchObject({
        ruleId: 'hanoi-100-civil-status-certification',
        ruleVersion: 2,
        agencyCode: '000.00.01.H26',
      });
      expect(after.reason).toMatch(/^rule hanoi-100-civil-status-certification v2 matched /);

      const versions = await stack.client.rpc.request(
        'routing.rule.list.v1',
        { allVersions: true, id: 'hanoi-100-civil-status-certification' },
        asAdmin,
      );
      expect(versions.rules.map((r) => [r.version, r.validFrom, r.validTo])).toEqual([
        [1, '2025-07-01', '2026-01-31'],
        [2, '2026-02-01', null],
      ]);
    });

    it('refuses a version that starts in the past or not after the latest one', async () => {
      clock.set(new Date('2026-02-10T03:00:00.000Z'));
      const draft: SaveRoutingRuleRequest = {
        id: 'hanoi-006-future',
        priority: 6,
        match: { procedureCodes: ['1.004873'] },
        target: { kind: 'JURISDICTION_COMMITTEE' },
        validFrom: '2026-02-09',
      };
      await expect(save(draft)).rejects.toMatchObject({
        code: ErrorCode.ValidationFailed,
        details: [{ path: 'validFrom', message: 'must be 2026-02-10 or later' }],
      });
      await save({ ...draft, validFrom: '2026-03-01' });
      await expect(save({ ...draft, validFrom: '2026-02-20' })).rejects.toMatchObject({
        code: ErrorCode.Conflict,
      });
      await expect(save({ ...draft, validFrom: '2026-03-02' })).resolves.toMatchObject({
        rule: { version: 2 },
        previous: { version: 1, validFrom: '2026-03-01', validTo: '2026-03-01' },
      });
    });

    it('refuses unknown agencies and units, listing every bad reference', async () => {
      await expect(
        save({
          id: 'hanoi-007-bad',
          priority: 7,
          match: { jurisdictionUnitCodes: ['00070', '99999', '88888'] },
          target: { kind: 'AGENCY', agencyCode: '000.00.99.H26' },
          validFrom: '2026-03-01',
        }),
      ).rejects.toMatchObject({
        code: ErrorCode.ValidationFailed,
        details: [
          { path: 'target.agencyCode', message: 'agency 000.00.99.H26 is not in the catalog' },
          { path: 'match.jurisdictionUnitCodes.1', message: 'unit 99999 is not in the catalog' },
          { path: 'match.jurisdictionUnitCodes.2', message: 'unit 88888 is not in the catalog' },
        ],
      });
    });

    it('refuses malformed criteria', async () => {
      const bad = (match: SaveRoutingRuleRequest['match']) =>
        save({
          id: 'hanoi-008-malformed',
          priority: 8,
          match,
          target: { kind: 'JURISDICTION_COMMITTEE' },
          validFrom: '2026-03-01',
        });
      await expect(bad({ procedureCodes: [] })).rejects.toMatchObject({
        code: ErrorCode.ValidationFailed,
      });
      await expect(bad({ procedureCodes: ['1001193'] })).rejects.toMatchObject({
        code: ErrorCode.ValidationFailed,
      });
      await expect(bad({ channels: ['FAX' as 'POSTAL'] })).rejects.toMatchObject({
        code: ErrorCode.ValidationFailed,
      });
      await expect(
        save({
          id: 'Not A Slug',
          priority: 8,
          target: { kind: 'JURISDICTION_COMMITTEE' },
          validFrom: '2026-03-01',
        }),
      ).rejects.toMatchObject({ code: ErrorCode.ValidationFailed });
    });

    it('is for tenant administrators only', async () => {
      const draft: SaveRoutingRuleRequest = {
        id: 'hanoi-009-nope',
        priority: 9,
        target: { kind: 'JURISDICTION_COMMITTEE' },
        validFrom: '2026-03-01',
      };
      await expect(save(draft, HANOI_SUPERVISOR)).rejects.toMatchObject({
        code: ErrorCode.Forbidden,
      });
      await expect(save(draft, staffActor('hcmc', 'TENANT_ADMIN'))).rejects.toMatchObject({
        code: ErrorCode.Forbidden,
      });
    });
  });

  describe('routing.rule.list.v1', () => {
    it('lists the versions in force on a day in the order they are checked', async () => {
      const list = (asOf: string) =>
        stack.client.rpc.request(
          'routing.rule.list.v1',
          { asOf },
          { tenant: 'hanoi', actor: HANOI_RECEIVER },
        );
      const january = await list('2026-01-20');
      const rule100 = (rules: typeof january.rules) =>
        rules.find((r) => r.id === 'hanoi-100-civil-status-certification');
      expect(rule100(january.rules)?.version).toBe(1);
      expect(rule100((await list('2026-02-01')).rules)?.version).toBe(2);
      const priorities = january.rules.map((r) => r.priority);
      expect(priorities).toEqual([...priorities].sort((a, b) => a - b));
      expect(january.rules[0]).toMatchObject({ id: 'hanoi-005-postal-birth' });
      // Before the demo rules: nothing was in force.
      expect((await list('2025-06-30')).rules).toEqual([]);
    });

    it('defaults to today and is for staff of the tenant', async () => {
      clock.set(new Date('2026-03-01T03:00:00.000Z'));
      const today = await stack.client.rpc.request('routing.rule.list.v1', {}, asAdmin);
      expect(today.rules.find((r) => r.id === 'hanoi-006-future')).toMatchObject({ version: 1 });
      await expect(
        stack.client.rpc.request('routing.rule.list.v1', {}, { tenant: 'hanoi' }),
      ).rejects.toMatchObject({ code: ErrorCode.Unauthenticated });
    });
  });

  describe('demo seed', () => {
    const versionsOf = (tenantId: string, id: string) =>
      stack.dataSource
        .getRepository(RoutingRuleEntity)
        .find({ where: { tenantId, id }, order: { version: 'ASC' } });

    it('writes nothing when run again, and leaves rules an administrator changed', async () => {
      const before = await stack.dataSource.getRepository(RoutingRuleEntity).count();
      await stack.routing.get(DemoSeeder).seed();
      expect(await stack.dataSource.getRepository(RoutingRuleEntity).count()).toBe(before);
      expect(
        (await versionsOf('hanoi', 'hanoi-100-civil-status-certification')).map((r) => r.createdBy),
      ).toEqual(['system:demo-seed', HANOI_ADMIN.subject]);
    });

    it('writes a new version from today when the seed file no longer says what its version says', async () => {
      clock.set(new Date('2026-03-10T03:00:00.000Z'));
      // As if an older seed file had routed judicial records elsewhere.
      await stack.dataSource
        .getRepository(RoutingRuleEntity)
        .update(
          { tenantId: 'hcmc', id: 'hcmc-010-judicial-record' },
          { targetAgencyCode: '000.00.02.H29' },
        );
      await stack.routing.get(DemoSeeder).seed();
      expect(
        (await versionsOf('hcmc', 'hcmc-010-judicial-record')).map((r) => [
          r.version,
          r.targetAgencyCode,
          r.validFrom,
          r.validTo,
        ]),
      ).toEqual([
        [1, '000.00.02.H29', '2025-07-01', '2026-03-09'],
        [2, '000.00.01.H29', '2026-03-10', null],
      ]);
    });
  });
});
