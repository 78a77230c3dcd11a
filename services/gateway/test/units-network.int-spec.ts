import { FixedClock } from '@motcua/platform';
import { graphqlClient, startGatewayStack, type GatewayStack } from './support/gateway-stack';

interface UnitView {
  code: string;
  level: string;
  validTo: string | null;
  successorCode: string | null;
  successorCodes: string[];
}

/** "Today" for the catalog: 2026-01-09, 10:00 in Vietnam. */
const TODAY = new Date('2026-01-09T03:00:00.000Z');

const UNITS = /* GraphQL */ `
  query Units($asOf: String, $level: UnitLevel, $parentCode: String) {
    units(asOf: $asOf, level: $level, parentCode: $parentCode) {
      code
      level
      validTo
      successorCode
      successorCodes
    }
  }
`;
const UNIT = /* GraphQL */ `
  query Unit($code: String!, $asOf: String) {
    unit(code: $code, asOf: $asOf) {
      unit {
        code
        name
        level
        parentCode
        validTo
        successorCodes
      }
      current {
        code
        name
      }
    }
  }
`;

describe('gateway units and service network', () => {
  let stack: GatewayStack;
  const hcmc = { 'x-tenant': 'hcmc' };
  const { data, errorCodes } = graphqlClient(() => stack.gateway, hcmc);

  beforeAll(async () => {
    stack = await startGatewayStack({
      database: 'gateway_units',
      services: ['catalog'],
      clock: new FixedClock(TODAY),
    });
  });

  afterAll(async () => {
    await stack?.close();
  });

  describe('tenants', () => {
    it('lists the tenants of a day with their agency code, time zone and settings', async () => {
      const { tenants } = await data<{ tenants: Record<string, unknown>[] }>(
        '{ tenants(asOf: "2026-01-09") { id agencyCode timeZone settings { defaultLocale } validFrom validTo successorId } }',
      );
      expect(tenants.map((t) => t.id)).toEqual(['hanoi', 'hcmc', 'quang-ninh']);
      expect(tenants[1]).toEqual({
        id: 'hcmc',
        agencyCode: '000.00.00.H29',
        timeZone: 'Asia/Ho_Chi_Minh',
        settings: { defaultLocale: 'vi' },
        validFrom: '1976-07-02',
        validTo: null,
        successorId: null,
      });
      const before = await data<{ tenants: { id: string }[] }>(
        '{ tenants(asOf: "2000-01-01") { id } }',
      );
      expect(before.tenants.map((t) => t.id)).toEqual(['hcmc', 'quang-ninh']);
    });

    it('answers one tenant, and NOT_FOUND for a day before it existed', async () => {
      const { tenant } = await data<{ tenant: { name: string } }>(
        '{ tenant(id: "hanoi") { name } }',
      );
      expect(tenant.name).toBe('Thành phố Hà Nội');
      expect(await errorCodes('{ tenant(id: "hanoi", asOf: "2000-01-01") { name } }')).toEqual([
        'NOT_FOUND',
      ]);
    });
  });

  describe('units', () => {
    it('lists the units as the map stood on each side of 2025-07-01', async () => {
      const on = async (variables: Record<string, unknown>) =>
        (await data<{ units: UnitView[] }>(UNITS, variables)).units.map((u) => u.code);
      expect(await on({ asOf: '2025-06-30', level: 'PROVINCE' })).toEqual(['74', '79']);
      expect(await on({ asOf: '2025-07-01', level: 'PROVINCE' })).toEqual(['79']);
      expect(await on({ asOf: '2025-06-30', level: 'DISTRICT' })).toEqual(['718', '724']);
      expect(await on({ asOf: '2025-06-30', parentCode: '718' })).toEqual([
        '25741',
        '25753',
        '25756',
      ]);
      const { units } = await data<{ units: UnitView[] }>(UNITS, {
        asOf: '2025-06-30',
        level: 'PROVINCE',
      });
      expect(units[0]).toEqual({
        code: '74',
        level: 'PROVINCE',
        validTo: '2025-06-30',
        successorCode: '79',
        successorCodes: ['79'],
      });
    });

    it('resolves a unit that ended to the units in force on the day, both halves of a split', async () => {
      type Resolution = {
        unit: { unit: { code: string; parentCode: string }; current: { code: string }[] };
      };
      const merged = await data<Resolution>(UNIT, { code: '25756', asOf: '2025-07-01' });
      expect(merged.unit.unit).toMatchObject({ code: '25756', parentCode: '718' });
      expect(merged.unit.current).toEqual([{ code: '25747', name: 'Phường Thủ Dầu Một' }]);
      const split = await data<Resolution>(UNIT, { code: '25741' });
      expect(split.unit.current.map((u) => u.code)).toEqual(['25747', '25744']);
      const sameDay = await data<Resolution>(UNIT, { code: '74', asOf: '2025-06-30' });
      expect(sameDay.unit.current.map((u) => u.code)).toEqual(['74']);
    });

    it('needs the tenant, and answers NOT_FOUND for an unknown unit', async () => {
      expect(await errorCodes(UNITS, {}, {})).toEqual(['BAD_REQUEST']);
      expect(await errorCodes(UNIT, { code: '99999' })).toEqual(['NOT_FOUND']);
    });
  });

  describe('service network', () => {
    it('serves the new branch fields: kind, opening hours, counters, region, agency code', async () => {
      type Branches = { branches: Record<string, unknown>[] };
      const { branches } = await data<Branches>(
        '{ branches(tenant: "hcmc") { id kind openingHours { start end } counters region agencyCode } }',
      );
      expect(branches.find((b) => b.id === 'hcm-trung-tam')).toEqual({
        id: 'hcm-trung-tam',
        kind: 'SERVICE_CENTER',
        openingHours: [],
        counters: 67,
        region: null,
        agencyCode: '000.00.30.H29',
      });
      expect(branches.find((b) => b.id === 'hcm-thu-dau-mot')).toMatchObject({
        kind: 'BRANCH',
        region: 'binh-duong',
      });
      const hanoi = await data<Branches>(
        '{ branches(tenant: "hanoi") { id kind openingHours { start end } } }',
      );
      expect(hanoi.branches.find((b) => b.id === 'hn-ha-dong')).toEqual({
        id: 'hn-ha-dong',
        kind: 'SERVICE_POINT',
        openingHours: [{ start: '08:00', end: '11:30' }],
      });
    });

    it('finds the agencies competent for a unit, following a former ward to its successors', async () => {
      type Agencies = {
        agencies: { code: string; level: string; jurisdiction: string[]; fieldCodes: string[] }[];
      };
      const { agencies } = await data<Agencies>(
        '{ agencies(unitCode: "25741", kind: COMMUNE_COMMITTEE) { code level jurisdiction fieldCodes } }',
      );
      expect(agencies.map((a) => [a.code, a.level, a.jurisdiction])).toEqual([
        ['000.A0.03.H29', 'COMMUNE', ['25747']],
        ['000.A0.06.H29', 'COMMUNE', ['25744']],
      ]);
      const business = await data<Agencies>(
        '{ agencies(unitCode: "25747", fieldCode: "G09-TC01") { code level jurisdiction fieldCodes } }',
      );
      expect(business.agencies).toEqual([
        {
          code: '000.00.02.H29',
          level: 'PROVINCE',
          jurisdiction: ['79'],
          fieldCodes: ['G09-TC01'],
        },
      ]);
      expect(await errorCodes('{ agencies { code } }', {}, {})).toEqual(['BAD_REQUEST']);
    });

    it('reports the points farther than 5 km from every branch, with the nearest branch', async () => {
      type Coverage = {
        coverage: {
          index: number;
          label: string | null;
          nearestBranchId: string | null;
          distanceKm: number;
        }[];
      };
      const query = /* GraphQL */ `
        query Coverage($points: [GeoPointInput!]!, $radiusKm: Float, $tenant: String) {
          coverage(points: $points, radiusKm: $radiusKm, tenant: $tenant) {
            index
            lat
            lng
            label
            nearestBranchId
            distanceKm
          }
        }
      `;
      // Next to the Quang Ninh center, and 0.2° of longitude (~21 km) west of Uong Bi.
      const points = [
        { lat: 20.9506, lng: 107.1, label: 'Hạ Long' },
        { lat: 21.0356, lng: 106.5745, label: 'xa' },
      ];
      const { coverage } = await data<Coverage>(query, { points, tenant: 'quang-ninh' }, {});
      expect(coverage).toEqual([
        expect.objectContaining({ index: 1, label: 'xa', nearestBranchId: 'qn-uong-bi' }),
      ]);
      expect(coverage[0].distanceKm).toBeGreaterThan(20);
      const wide = await data<Coverage>(query, { points, radiusKm: 25 }, {});
      expect(wide.coverage).toEqual([]);
      expect(await errorCodes(query, { points: [] }, {})).toEqual(['VALIDATION_FAILED']);
    });
  });
});
