import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { ErrorCode, type RpcRequest } from '@motcua/contracts';
import { Clock, FixedClock, pendingSchemaChanges } from '@motcua/platform';
import {
  connectRpcTestClient,
  createTestDatabase,
  deleteTestStreams,
  serviceTestEnv,
  testSubjectPrefix,
  type RpcTestClient,
  type TestDatabase,
} from '@motcua/testing';
import { AppModule } from '../src/app.module';
import { distanceKm } from '../src/branches/geo';
import { loadCatalogConfig } from '../src/config/catalog.config';

/** "Today" for the catalog: 2026-01-09, 10:00 in Vietnam. */
const TODAY = new Date('2026-01-09T03:00:00.000Z');
const BEFORE = '2025-06-30';
const AFTER = '2025-07-01';

describe('catalog units and service network', () => {
  let db: TestDatabase;
  let prefix: string;
  let app: INestApplication;
  let client: RpcTestClient;

  const hcmc = { tenant: 'hcmc' };
  const hanoi = { tenant: 'hanoi' };
  const codes = (units: { code: string }[]) => units.map((u) => u.code);
  const units = async (request: RpcRequest<'catalog.unit.list.v1'>, tenant = hcmc) =>
    codes((await client.rpc.request('catalog.unit.list.v1', request, tenant)).units);
  const resolve = (code: string, asOf?: string, tenant = hcmc) =>
    client.rpc.request('catalog.unit.resolve.v1', { code, asOf }, tenant);
  const agencies = async (request: RpcRequest<'catalog.agency.list.v1'>, tenant = hanoi) =>
    (await client.rpc.request('catalog.agency.list.v1', request, tenant)).agencies.map(
      (a) => a.code,
    );

  beforeAll(async () => {
    db = await createTestDatabase('catalog_units');
    prefix = testSubjectPrefix();
    const config = loadCatalogConfig(serviceTestEnv(db, prefix, { MOTCUA_DEMO_SEED: 'true' }));
    const moduleRef = await Test.createTestingModule({ imports: [AppModule.forRoot(config)] })
      .overrideProvider(Clock)
      .useValue(new FixedClock(TODAY))
      .compile();
    app = moduleRef.createNestApplication(new FastifyAdapter());
    await app.init();
    client = await connectRpcTestClient(prefix);
  });

  afterAll(async () => {
    await client?.close();
    await app?.close();
    await deleteTestStreams(prefix);
    await db?.drop();
  });

  it('has migrations that match its entities', async () => {
    expect(await pendingSchemaChanges(app.get(DataSource))).toEqual([]);
  });

  describe('tenants', () => {
    it('lists the tenants in force today with their time zone and settings', async () => {
      const { tenants } = await client.rpc.request('catalog.tenant.list.v1', {});
      expect(tenants.map((t) => t.id)).toEqual(['hanoi', 'hcmc', 'quang-ninh']);
      for (const t of tenants)
        expect(t).toMatchObject({
          timeZone: 'Asia/Ho_Chi_Minh',
          settings: { defaultLocale: 'vi' },
          validTo: null,
          successorId: null,
        });
    });

    it('lists the tenants as they stood on a day and answers a former tenant with its successor', async () => {
      // A former province merged into Hanoi on 2008-08-01 (test data, not the seed).
      await app.get(DataSource).query(
        `INSERT INTO catalog.tenant (id, name, statistics_code, agency_code, valid_from, valid_to, successor_id)
         VALUES ('ha-tay', 'Tỉnh Hà Tây', '28', '000.00.00.T99', '1991-10-01', '2008-07-31', 'hanoi')`,
      );
      const on = async (asOf: string) =>
        (await client.rpc.request('catalog.tenant.list.v1', { asOf })).tenants.map((t) => t.id);
      expect(await on('2008-07-31')).toEqual(['ha-tay', 'hcmc', 'quang-ninh']);
      expect(await on('2008-08-01')).toEqual(['hanoi', 'hcmc', 'quang-ninh']);

      await expect(
        client.rpc.request('catalog.tenant.get.v1', { id: 'ha-tay' }),
      ).resolves.toMatchObject({ validTo: '2008-07-31', successorId: 'hanoi' });
      await expect(
        client.rpc.request('catalog.tenant.get.v1', { id: 'ha-tay', asOf: '2008-07-31' }),
      ).resolves.toMatchObject({ id: 'ha-tay' });
      await expect(
        client.rpc.request('catalog.tenant.get.v1', { id: 'ha-tay', asOf: '2026-01-09' }),
      ).rejects.toMatchObject({
        code: ErrorCode.NotFound,
        message: expect.stringContaining('hanoi took it over') as unknown,
      });
      await expect(
        client.rpc.request('catalog.tenant.get.v1', { id: 'nowhere' }),
      ).rejects.toMatchObject({ code: ErrorCode.NotFound });
    });
  });

  describe('administrative units', () => {
    it('keeps Binh Duong (74) in force on 2025-06-30 and resolves it to HCMC (79) from 2025-07-01', async () => {
      const before = await resolve('74', BEFORE);
      expect(before.unit).toMatchObject({ level: 'PROVINCE', validTo: BEFORE });
      expect(codes(before.current)).toEqual(['74']);
      expect(codes((await resolve('74', AFTER)).current)).toEqual(['79']);
      // Today when asOf is absent.
      expect(codes((await resolve('74')).current)).toEqual(['79']);
    });

    it("resolves a former district's ward to its new ward, and keeps it on the day before", async () => {
      const before = await resolve('25756', BEFORE);
      expect(before.unit).toMatchObject({ parentCode: '718', successorCode: '25747' });
      expect(codes(before.current)).toEqual(['25756']);
      const after = await resolve('25756', AFTER);
      expect(after.current).toEqual([
        expect.objectContaining({ code: '25747', name: 'Phường Thủ Dầu Một', parentCode: '79' }),
      ]);
    });

    it('resolves a split ward to both successors, the main one first', async () => {
      expect(codes((await resolve('25741', AFTER)).current)).toEqual(['25747', '25744']);
      expect(codes((await resolve('00055', AFTER, hanoi)).current)).toEqual(['00070', '00004']);
      // unit.get keeps the main successor for its first consumers (routing follows it).
      await expect(
        client.rpc.request('catalog.unit.get.v1', { code: '25741' }, hcmc),
      ).resolves.toMatchObject({
        validTo: BEFORE,
        successorCode: '25747',
        successorCodes: ['25747', '25744'],
      });
    });

    it('answers no current unit before a unit existed, and NOT_FOUND for an unknown code', async () => {
      expect((await resolve('25747', BEFORE)).current).toEqual([]);
      await expect(resolve('99999', AFTER)).rejects.toMatchObject({ code: ErrorCode.NotFound });
    });

    it('lists the units as the map stood on each side of the reorganization', async () => {
      expect(await units({ asOf: BEFORE, level: 'PROVINCE' })).toEqual(['74', '79']);
      expect(await units({ asOf: AFTER, level: 'PROVINCE' })).toEqual(['79']);
      expect(await units({ asOf: BEFORE, level: 'DISTRICT' })).toEqual(['718', '724']);
      expect(await units({ asOf: AFTER, level: 'DISTRICT' })).toEqual([]);
      expect(await units({ asOf: BEFORE, parentCode: '718' })).toEqual(['25741', '25753', '25756']);
      expect(await units({ asOf: AFTER, parentCode: '718' })).toEqual([]);
      expect(await units({ asOf: AFTER, parentCode: '79' })).toEqual(
        expect.arrayContaining(['25744', '25747', '25942', '26740']),
      );
      expect(await units({ asOf: BEFORE, parentCode: '79' })).toEqual([]);
      expect(await units({ asOf: BEFORE, level: 'DISTRICT' }, hanoi)).toEqual(['001', '002']);
      // Provinces first, then districts, then communes; today when asOf is absent.
      const today = await units({});
      expect(today[0]).toBe('79');
      expect(today).not.toContain('74');
    });

    it('locates the served tenant holding a unit on a day, whoever asks (cross-province hand-over)', async () => {
      const locate = (code: string, asOf?: string) =>
        client.rpc.request('catalog.unit.locate.v1', asOf ? { code, asOf } : { code });
      await expect(locate('00070')).resolves.toMatchObject({
        tenant: 'hanoi',
        unit: { code: '00070', name: 'Phường Hoàn Kiếm', tenant: 'hanoi' },
      });
      await expect(locate('25747', AFTER)).resolves.toMatchObject({ tenant: 'hcmc' });
      // A ward that ended is located only while it was in force.
      await expect(locate('25756', BEFORE)).resolves.toMatchObject({ tenant: 'hcmc' });
      await expect(locate('25756', AFTER)).rejects.toMatchObject({ code: ErrorCode.NotFound });
      await expect(locate('99999')).rejects.toMatchObject({ code: ErrorCode.NotFound });
      // A row of a tenant that is not served (here: not a tenant at all) does not count.
      await app.get(DataSource).query(
        `INSERT INTO catalog.administrative_unit (tenant_id, code, name, level, parent_code, valid_from)
         VALUES ('no-such-tenant', '00070', 'Bản sao', 'COMMUNE', '01', '2025-07-01')`,
      );
      await expect(locate('00070')).resolves.toMatchObject({ tenant: 'hanoi' });
    });
  });

  describe('service network', () => {
    const branch = (id: string, tenant: string) =>
      client.rpc.request('catalog.branch.get.v1', { id }, { tenant });

    it('seeds branch kinds, counters and opening hours', async () => {
      await expect(branch('hcm-trung-tam', 'hcmc')).resolves.toMatchObject({
        kind: 'SERVICE_CENTER',
        counters: 67,
        openingHours: [],
      });
      await expect(branch('hn-ba-dinh', 'hanoi')).resolves.toMatchObject({ kind: 'BRANCH' });
      await expect(branch('hn-ha-dong', 'hanoi')).resolves.toMatchObject({
        kind: 'SERVICE_POINT',
        counters: 2,
        openingHours: [{ start: '08:00', end: '11:30' }],
      });
    });

    it('reports a point 20 km from every branch with its nearest branch, and not one near a branch', async () => {
      const hoaiDuc = await branch('hn-hoai-duc', 'hanoi');
      const near = { lat: hoaiDuc.lat + 0.01, lng: hoaiDuc.lng, label: 'Trạm Trôi' };
      // 0.2° of longitude west of Hoai Duc: about 21 km at this latitude.
      const far = { lat: hoaiDuc.lat, lng: hoaiDuc.lng - 0.2, label: 'xa' };
      const expected = distanceKm(far, hoaiDuc);
      expect(expected).toBeGreaterThan(20);

      for (const tenant of ['hanoi', undefined]) {
        const answer = await client.rpc.request('catalog.branch.coverage.v1', {
          tenant,
          points: [near, far],
        });
        expect(answer).toEqual({
          checked: 2,
          uncovered: [
            {
              index: 1,
              point: far,
              nearestBranchId: 'hn-hoai-duc',
              distanceKm: expect.closeTo(expected, 2) as unknown,
            },
          ],
        });
      }
      const wide = await client.rpc.request('catalog.branch.coverage.v1', {
        points: [near, far],
        radiusKm: 25,
      });
      expect(wide.uncovered).toEqual([]);
    });

    it('refuses more than 1,000 points', async () => {
      const points = Array.from({ length: 1001 }, () => ({ lat: 21, lng: 105.8 }));
      await expect(
        client.rpc.request('catalog.branch.coverage.v1', { points }),
      ).rejects.toMatchObject({ code: ErrorCode.ValidationFailed });
    });
  });

  describe('agencies', () => {
    it('carries level, jurisdiction and fields of competence', async () => {
      const { agencies: all } = await client.rpc.request(
        'catalog.agency.list.v1',
        { codes: ['000.00.02.H26', '000.A0.01.H26'] },
        hanoi,
      );
      expect(all).toEqual([
        expect.objectContaining({
          code: '000.00.02.H26',
          kind: 'DEPARTMENT',
          level: 'PROVINCE',
          jurisdiction: ['01'],
          fieldCodes: ['G09-TC01'],
        }),
        expect.objectContaining({
          code: '000.A0.01.H26',
          kind: 'COMMUNE_COMMITTEE',
          level: 'COMMUNE',
          unitCode: '00004',
          jurisdiction: ['00004'],
          fieldCodes: expect.arrayContaining(['G09-TP01', 'G09-TP02']) as unknown,
        }),
      ]);
    });

    it('finds the agencies competent for a unit in a field, provincial ones included', async () => {
      expect(await agencies({ fieldCode: 'G09-TC01' })).toEqual(['000.00.02.H26']);
      expect(await agencies({ jurisdictionUnitCode: '00004', fieldCode: 'G09-TP01' })).toEqual([
        '000.A0.01.H26',
      ]);
      expect(await agencies({ jurisdictionUnitCode: '00004', fieldCode: 'G09-TP03' })).toEqual([
        '000.00.01.H26',
      ]);
      // Van Don: the economic zone board besides the construction department.
      expect(
        await agencies(
          { jurisdictionUnitCode: '07192', fieldCode: 'G09-XD01', kind: 'DEPARTMENT' },
          { tenant: 'quang-ninh' },
        ),
      ).toEqual(['000.00.03.H49', '000.00.08.H49']);
      expect(await agencies({ jurisdictionUnitCode: '99999' })).toEqual([]);
    });

    it('follows a former ward to the committees of its successors', async () => {
      const committees = { jurisdictionUnitCode: '25741', kind: 'COMMUNE_COMMITTEE' } as const;
      expect(await agencies(committees, hcmc)).toEqual(['000.A0.03.H29', '000.A0.06.H29']);
      // On its last day no committee of the demo served it.
      expect(await agencies({ ...committees, asOf: BEFORE }, hcmc)).toEqual([]);
      // The agency's own unit, as routing asks.
      expect(await agencies({ unitCode: '25747', kind: 'COMMUNE_COMMITTEE' }, hcmc)).toEqual([
        '000.A0.03.H29',
      ]);
    });
  });
});
