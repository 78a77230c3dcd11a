import { FixedClock } from '@motcua/platform';
import { graphqlClient, startGatewayStack, type GatewayStack } from './support/gateway-stack';

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

describe('gateway working calendar', () => {
  let stack: GatewayStack;
  const hanoi = { 'x-tenant': 'hanoi' };
  let admin: Record<string, string>;
  let receiver: Record<string, string>;
  const { gql, data, errorCodes } = graphqlClient(() => stack.gateway, hanoi);
  const calendar = async (headers?: Record<string, string>) =>
    (await data<{ workingCalendar: CalendarView }>(CALENDAR, undefined, headers)).workingCalendar;

  beforeAll(async () => {
    stack = await startGatewayStack({
      database: 'gateway_calendar',
      services: ['catalog', 'identity'],
      clock: new FixedClock(TODAY),
    });
    admin = await stack.staffAuth('demo.hanoi.admin');
    receiver = await stack.staffAuth('demo.hanoi.receiver');
  });

  afterAll(async () => {
    await stack?.close();
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
