import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test, type TestingModuleBuilder } from '@nestjs/testing';
import request from 'supertest';
import { fetchDemoToken, startLocalIdp, type LocalIdp } from '@motcua/local-idp';
import { Clock, FixedClock } from '@motcua/platform';
import {
  createTestDatabase,
  deleteTestStreams,
  serviceTestEnv,
  testSubjectPrefix,
  TEST_NATS_URL,
  type TestDatabase,
} from '@motcua/testing';
// Tests only: the real catalog and identity services, in-process on this test's prefix.
import { AppModule as CatalogAppModule } from '../../catalog/src/app.module';
import { loadCatalogConfig } from '../../catalog/src/config/catalog.config';
import { AppModule as IdentityAppModule } from '../../identity/src/app.module';
import { loadIdentityConfig } from '../../identity/src/config/identity.config';
import { AppModule } from '../src/app.module';
import { loadGatewayConfig } from '../src/config/gateway.config';

interface GraphqlError {
  message: string;
  extensions?: { code?: string; details?: { path: string; message: string }[] };
}
interface GraphqlBody<T> {
  data?: T | null;
  errors?: GraphqlError[];
}
interface CalendarView {
  officeHours: { start: string; end: string }[];
  weekendDays: number[];
  holidays: string[];
  workingDays: string[];
  fastTracks: {
    id: string;
    name: string;
    unitCodes: string[];
    procedureCodes: string[];
    weekdays: number[];
    dates: string[];
    duration: { value: number; unit: string };
  }[];
}

/** "Today" in Vietnam for the catalog: 2026-01-09, 10:00 local time. */
const TODAY = new Date('2026-01-09T03:00:00.000Z');

const CALENDAR_FIELDS = /* GraphQL */ `
  fragment CalendarFields on WorkingCalendar {
    officeHours {
      start
      end
    }
    weekendDays
    holidays
    workingDays
    fastTracks {
      id
      name
      unitCodes
      procedureCodes
      weekdays
      dates
      duration {
        value
        unit
      }
    }
  }
`;
const CALENDAR = /* GraphQL */ `
  query Calendar {
    workingCalendar {
      ...CalendarFields
    }
  }
  ${CALENDAR_FIELDS}
`;
const UPDATE = /* GraphQL */ `
  mutation Update($input: WorkingCalendarUpdateInput!) {
    updateWorkingCalendar(input: $input) {
      ...CalendarFields
    }
  }
  ${CALENDAR_FIELDS}
`;

/** The Government's days off for 2027 as an administrator loads them. */
const DECISION_2027 = {
  year: 2027,
  holidays: ['2027-01-01', '2027-02-05', '2027-02-08', '2027-09-02', '2027-09-03'],
  workingDays: ['2027-02-20'],
};

const inYear = (days: string[], year: number) => days.filter((d) => d.startsWith(`${year}-`));

async function startApp(
  imports: Parameters<typeof Test.createTestingModule>[0]['imports'],
  override: (builder: TestingModuleBuilder) => TestingModuleBuilder = (b) => b,
): Promise<NestFastifyApplication> {
  const moduleRef = await override(Test.createTestingModule({ imports })).compile();
  const app = moduleRef.createNestApplication<NestFastifyApplication>(new FastifyAdapter());
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return app;
}

describe('gateway working calendar', () => {
  let db: TestDatabase;
  let prefix: string;
  let idp: LocalIdp;
  let catalog: NestFastifyApplication;
  let identity: NestFastifyApplication;
  let gateway: NestFastifyApplication;
  const hanoi = { 'x-tenant': 'hanoi' };
  let admin: Record<string, string>;
  let receiver: Record<string, string>;

  async function gql<T>(
    query: string,
    variables?: Record<string, unknown>,
    headers: Record<string, string> = hanoi,
  ): Promise<GraphqlBody<T>> {
    const res = await request(gateway.getHttpServer())
      .post('/graphql')
      .set(headers)
      .send({ query, variables });
    expect(res.status).toBe(200);
    return res.body as GraphqlBody<T>;
  }
  /** The data of an answer that must have no errors. */
  async function data<T>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<T> {
    const body = await gql<T>(query, variables, headers);
    expect(body.errors).toBeUndefined();
    return body.data!;
  }
  const errorCodes = async (
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ) => ((await gql(query, variables, headers)).errors ?? []).map((e) => e.extensions?.code);
  const staffAuth = async (username: string) => ({
    authorization: `Bearer ${(await fetchDemoToken({ issuer: idp.issuers.staff.hanoi, username })).accessToken}`,
  });
  const calendar = async (headers?: Record<string, string>) =>
    (await data<{ workingCalendar: CalendarView }>(CALENDAR, undefined, headers)).workingCalendar;

  beforeAll(async () => {
    db = await createTestDatabase('gateway_calendar');
    prefix = testSubjectPrefix();
    idp = await startLocalIdp({ port: 0, realms: ['hanoi'] });
    const issuers = [
      { issuer: idp.issuers.staff.hanoi, kind: 'staff', tenant: 'hanoi' },
      { issuer: idp.issuers.citizen, kind: 'citizen' },
    ];
    catalog = await startApp(
      [
        CatalogAppModule.forRoot(
          loadCatalogConfig(serviceTestEnv(db, prefix, { MOTCUA_DEMO_SEED: 'true' })),
        ),
      ],
      (builder) => builder.overrideProvider(Clock).useValue(new FixedClock(TODAY)),
    );
    identity = await startApp([
      IdentityAppModule.forRoot(
        loadIdentityConfig(
          serviceTestEnv(db, prefix, {
            MOTCUA_DEMO_SEED: 'true',
            IDENTITY_ISSUERS: JSON.stringify(issuers),
          }),
        ),
      ),
    ]);
    gateway = await startApp([
      AppModule.forRoot(
        loadGatewayConfig({
          NATS_URL: TEST_NATS_URL,
          MOTCUA_SUBJECT_PREFIX: prefix,
          LOG_LEVEL: 'silent',
          NODE_ENV: 'test',
        }),
      ),
    ]);
    admin = await staffAuth('demo.hanoi.admin');
    receiver = await staffAuth('demo.hanoi.receiver');
  });

  afterAll(async () => {
    await gateway?.close();
    await identity?.close();
    await catalog?.close();
    await idp?.close();
    await deleteTestStreams(prefix);
    await db?.drop();
  });

  describe('workingCalendar', () => {
    it('answers office hours, stored and generated days off and fast tracks when anyone names the tenant', async () => {
      const view = await calendar();
      expect(view.officeHours).toEqual([
        { start: '08:00', end: '12:00' },
        { start: '13:00', end: '17:00' },
      ]);
      expect(view.weekendDays).toEqual([6, 7]);
      expect(view.holidays).toEqual(expect.arrayContaining(['2026-01-01', '2026-09-02']));
      // 2028 is not stored: generated from the rules (Lunar New Year 2028-01-26).
      expect(view.holidays).toContain('2028-01-26');
      expect(view.workingDays).toContain('2025-04-26');
      expect(view.fastTracks).toContainEqual({
        id: 'hoai-duc-green-friday',
        name: 'Thứ Sáu xanh — Hoài Đức',
        unitCodes: ['09886'],
        procedureCodes: ['1.001612'],
        weekdays: [5],
        dates: [],
        duration: { value: 1, unit: 'HOURS' },
      });
    });

    it("answers the calendar of the staff member's tenant when the token names no tenant", async () => {
      const view = await calendar(receiver);
      expect(view.fastTracks.map((t) => t.id)).toContain('hoai-duc-green-friday');
    });

    it('answers BAD_REQUEST when no tenant is named', async () => {
      expect(await errorCodes(CALENDAR, undefined, {})).toEqual(['BAD_REQUEST']);
    });
  });

  describe('updateWorkingCalendar', () => {
    it("replaces a year's days off when an administrator loads the published decision", async () => {
      const { updateWorkingCalendar: updated } = await data<{
        updateWorkingCalendar: CalendarView;
      }>(UPDATE, { input: { years: [DECISION_2027] } }, admin);
      expect(inYear(updated.holidays, 2027)).toEqual(DECISION_2027.holidays);
      expect(inYear(updated.workingDays, 2027)).toEqual(DECISION_2027.workingDays);

      const after = await calendar();
      expect(inYear(after.holidays, 2027)).toEqual(DECISION_2027.holidays);
      expect(inYear(after.workingDays, 2027)).toEqual(DECISION_2027.workingDays);
      expect(after.holidays).toContain('2026-09-02'); // other years untouched
    });

    it('replaces office hours and fast tracks when an administrator leaves optional fields null', async () => {
      const input = {
        officeHours: [
          { start: '07:30', end: '11:30' },
          { start: '13:00', end: '17:00' },
        ],
        weekendDays: null,
        years: null,
        fastTracks: [
          {
            id: 'test-green-monday',
            name: 'Thứ Hai xanh',
            unitCodes: [],
            procedureCodes: ['1.001193'],
            weekdays: [1],
            dates: null,
            duration: { value: 4, unit: 'HOURS' },
          },
        ],
      };
      await data(UPDATE, { input }, admin);
      const after = await calendar();
      expect(after.officeHours).toEqual(input.officeHours);
      expect(after.weekendDays).toEqual([6, 7]);
      expect(after.fastTracks).toEqual([{ ...input.fastTracks[0], dates: [] }]);
    });

    it('answers VALIDATION_FAILED when a day lies outside the year given', async () => {
      const body = await gql(
        UPDATE,
        { input: { years: [{ year: 2027, holidays: ['2028-01-01'] }] } },
        admin,
      );
      expect(body.errors?.[0].extensions).toMatchObject({
        code: 'VALIDATION_FAILED',
        details: [expect.objectContaining({ path: 'years' })],
      });
    });

    it('answers FORBIDDEN when staff without TENANT_ADMIN update the calendar', async () => {
      expect(await errorCodes(UPDATE, { input: { weekendDays: [7] } }, receiver)).toEqual([
        'FORBIDDEN',
      ]);
    });

    it('answers UNAUTHENTICATED when an anonymous caller updates the calendar', async () => {
      expect(await errorCodes(UPDATE, { input: { weekendDays: [7] } })).toEqual([
        'UNAUTHENTICATED',
      ]);
    });
  });
});
