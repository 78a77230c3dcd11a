import { WorkingCalendar } from './working-calendar';
import { WorkingTimeCalculator } from './working-time-calculator';

/** An instant given as Vietnam wall time, so expectations read like the office clock. */
const vn = (local: string): Date =>
  new Date(`${local.length === 16 ? `${local}:00` : local}+07:00`);
const iso = (local: string): string => vn(local).toISOString();

const HOURS_A = [
  { start: '07:00', end: '11:30' },
  { start: '13:30', end: '17:00' },
];
const HOURS_B = [
  { start: '07:30', end: '12:00' },
  { start: '13:00', end: '16:30' },
];
// Lunar New Year 2026 days off, as the Prime Minister published them.
const TET_2026 = [
  '2026-02-14',
  '2026-02-15',
  '2026-02-16',
  '2026-02-17',
  '2026-02-18',
  '2026-02-19',
  '2026-02-20',
  '2026-02-21',
  '2026-02-22',
];

function calendar(overrides: Partial<WorkingCalendar> = {}): WorkingCalendar {
  return {
    tenant: 'hanoi',
    officeHours: HOURS_A,
    weekendDays: [6, 7],
    holidays: ['2026-01-01', ...TET_2026],
    workingDays: [],
    ...overrides,
  };
}

// 2026-01-05 is a Monday; 2026-01-09 a Friday; 2026-02-13 the Friday before Tet.
describe(WorkingTimeCalculator.name, () => {
  const calc = new WorkingTimeCalculator(calendar());
  const calcB = new WorkingTimeCalculator(calendar({ tenant: 'me-linh', officeHours: HOURS_B }));

  describe('constructor', () => {
    it('counts one working day as the sum of the office periods when hours have a lunch break', () => {
      expect(calc.minutesPerDay).toBe(480);
      expect(
        new WorkingTimeCalculator(calendar({ officeHours: [{ start: '08:00', end: '12:00' }] }))
          .minutesPerDay,
      ).toBe(240);
    });

    it.each<[string, Partial<WorkingCalendar>]>([
      ['there are no office hours', { officeHours: [] }],
      ['periods are unsorted', { officeHours: [HOURS_A[1], HOURS_A[0]] }],
      [
        'periods overlap',
        {
          officeHours: [
            { start: '07:00', end: '12:00' },
            { start: '11:30', end: '17:00' },
          ],
        },
      ],
      ['a period ends before it starts', { officeHours: [{ start: '17:00', end: '07:00' }] }],
      ['a period is empty', { officeHours: [{ start: '07:00', end: '07:00' }] }],
      ['a time is malformed', { officeHours: [{ start: '7:00', end: '11:30' }] }],
      ['a weekend day is not an ISO weekday', { weekendDays: [0, 6] }],
      ['a holiday is not a real date', { holidays: ['2026-02-30'] }],
      ['a working day is malformed', { workingDays: ['03/01/2026'] }],
      ['a day is both a holiday and a working day', { workingDays: ['2026-01-01'] }],
    ])('throws RangeError when %s', (_, overrides) => {
      expect(() => new WorkingTimeCalculator(calendar(overrides))).toThrow(RangeError);
    });
  });

  describe('withOfficeHours', () => {
    it('counts with the branch hours when a branch overrides the tenant hours', () => {
      const branch = calc.withOfficeHours(HOURS_B);
      expect(branch.minutesPerDay).toBe(480);
      expect(branch.addWorkingDays(vn('2026-01-05T12:30'), 1).toISOString()).toBe(
        iso('2026-01-06T12:00'),
      );
      expect(calc.addWorkingDays(vn('2026-01-05T12:30'), 1).toISOString()).toBe(
        iso('2026-01-06T11:30'),
      );
    });

    it('keeps the tenant holidays and weekends when the hours are overridden', () => {
      const branch = calc.withOfficeHours([{ start: '08:00', end: '12:00' }]);
      expect(branch.minutesPerDay).toBe(240);
      expect(branch.addWorkingDays(vn('2026-02-13T10:00'), 1).toISOString()).toBe(
        iso('2026-02-23T10:00'),
      );
    });

    it('supports a three-shift day when the constructor is given branch hours', () => {
      const shifts = new WorkingTimeCalculator(calendar(), {
        officeHours: [
          { start: '07:00', end: '09:00' },
          { start: '10:00', end: '12:00' },
          { start: '14:00', end: '16:00' },
        ],
      });
      expect(shifts.minutesPerDay).toBe(360);
      expect(shifts.addWorkingMinutes(vn('2026-01-05T08:30'), 180).toISOString()).toBe(
        iso('2026-01-05T14:30'),
      );
    });

    it('throws RangeError when the branch hours are invalid', () => {
      expect(() => calc.withOfficeHours([])).toThrow(RangeError);
      expect(() => calc.withOfficeHours([HOURS_A[1], HOURS_A[0]])).toThrow(RangeError);
    });
  });

  describe('firstWorkingDayFrom', () => {
    it('returns the date itself when it is a working day', () => {
      expect(calc.firstWorkingDayFrom('2026-01-05')).toBe('2026-01-05');
    });

    it('skips the weekend and Tet when the date is the Saturday before Tet', () => {
      expect(calc.firstWorkingDayFrom('2026-02-14')).toBe('2026-02-23');
    });

    it('throws RangeError when the calendar has no working day', () => {
      const neverOpen = new WorkingTimeCalculator(calendar({ weekendDays: [1, 2, 3, 4, 5, 6, 7] }));
      expect(() => neverOpen.firstWorkingDayFrom('2026-01-05')).toThrow(RangeError);
    });
  });

  describe('officePeriodsOn', () => {
    it('returns the office periods as instants when the date is a working day', () => {
      expect(calc.officePeriodsOn('2026-01-05')).toEqual([
        { start: vn('2026-01-05T07:00'), end: vn('2026-01-05T11:30') },
        { start: vn('2026-01-05T13:30'), end: vn('2026-01-05T17:00') },
      ]);
    });

    it('returns nothing when the date is a holiday', () => {
      expect(calc.officePeriodsOn('2026-01-01')).toEqual([]);
    });
  });

  describe('isWorkingDay', () => {
    it('returns true when the date is an ordinary weekday', () => {
      expect(calc.isWorkingDay('2026-01-05')).toBe(true);
    });

    it('returns false when the date is a Saturday or Sunday', () => {
      expect(calc.isWorkingDay('2026-01-10')).toBe(false);
      expect(calc.isWorkingDay('2026-01-11')).toBe(false);
    });

    it('returns false when the date is a holiday on a weekday', () => {
      expect(calc.isWorkingDay('2026-02-17')).toBe(false);
    });

    it('returns true when a weekend date is declared a make-up working day', () => {
      const withMakeUp = new WorkingTimeCalculator(calendar({ workingDays: ['2026-01-03'] }));
      expect(withMakeUp.isWorkingDay('2026-01-03')).toBe(true);
      expect(withMakeUp.isWorkingDay('2026-01-10')).toBe(false);
    });

    it('throws when the date is malformed', () => {
      expect(() => calc.isWorkingDay('2026-13-01')).toThrow(RangeError);
    });
  });

  describe('addWorkingDays', () => {
    it.each([
      ['received within hours', '2026-01-05T10:00', 1, '2026-01-06T10:00'],
      ['received within hours, seconds kept', '2026-01-05T10:00:30', 1, '2026-01-06T10:00:30'],
      ['received before opening', '2026-01-05T06:00', 1, '2026-01-05T17:00'],
      ['received after closing', '2026-01-05T18:00', 1, '2026-01-06T17:00'],
      ['received during the lunch break', '2026-01-05T12:00', 1, '2026-01-06T11:30'],
      ['received at a period end', '2026-01-05T11:30', 1, '2026-01-06T11:30'],
      ['received on Friday', '2026-01-09T14:00', 1, '2026-01-12T14:00'],
      ['received on Friday after closing', '2026-01-09T17:30', 1, '2026-01-12T17:00'],
      ['received on a Sunday', '2026-01-11T09:00', 2, '2026-01-13T17:00'],
      ['received before Tet', '2026-02-13T10:00', 1, '2026-02-23T10:00'],
      ['received two days before Tet', '2026-02-12T15:00', 3, '2026-02-24T15:00'],
      ['received on a holiday', '2025-12-31T18:00', 1, '2026-01-02T17:00'],
      ['counting fifteen days', '2026-01-05T10:00', 15, '2026-01-26T10:00'],
    ])('returns the due date when %s (hours 07:00–11:30, 13:30–17:00)', (_, start, days, due) => {
      expect(calc.addWorkingDays(vn(start), days).toISOString()).toBe(iso(due));
    });

    it.each([
      ['received within hours', '2026-01-05T10:00', 1, '2026-01-06T10:00'],
      ['received before opening', '2026-01-05T07:00', 1, '2026-01-05T16:30'],
      ['received during the lunch break', '2026-01-05T12:30', 1, '2026-01-06T12:00'],
      ['received after closing', '2026-01-05T16:45', 2, '2026-01-07T16:30'],
      ['received on Friday', '2026-01-09T15:00', 1, '2026-01-12T15:00'],
      ['received in the afternoon before Tet', '2026-02-13T14:00', 1, '2026-02-23T14:00'],
    ])('returns the due date when %s (hours 07:30–12:00, 13:00–16:30)', (_, start, days, due) => {
      expect(calcB.addWorkingDays(vn(start), days).toISOString()).toBe(iso(due));
    });

    it('counts a make-up Saturday when the calendar declares it working', () => {
      const withMakeUp = new WorkingTimeCalculator(calendar({ workingDays: ['2026-01-10'] }));
      expect(withMakeUp.addWorkingDays(vn('2026-01-09T14:00'), 1).toISOString()).toBe(
        iso('2026-01-10T14:00'),
      );
      expect(withMakeUp.addWorkingDays(vn('2026-01-09T14:00'), 2).toISOString()).toBe(
        iso('2026-01-12T14:00'),
      );
    });

    it('returns start unchanged when days is zero, even outside office hours', () => {
      const start = vn('2026-01-10T22:15');
      expect(calc.addWorkingDays(start, 0).getTime()).toBe(start.getTime());
    });

    it.each([-1, 1.5, NaN, Infinity])('throws RangeError when days is %p', (days) => {
      expect(() => calc.addWorkingDays(vn('2026-01-05T10:00'), days)).toThrow(RangeError);
    });

    it('throws RangeError when start is an invalid Date', () => {
      expect(() => calc.addWorkingDays(new Date('nope'), 1)).toThrow(RangeError);
    });

    it('throws RangeError when the calendar has no working day for ten years', () => {
      const neverOpen = new WorkingTimeCalculator(calendar({ weekendDays: [1, 2, 3, 4, 5, 6, 7] }));
      expect(() => neverOpen.addWorkingDays(vn('2026-01-05T10:00'), 1)).toThrow(RangeError);
    });
  });

  describe('addWorkingMinutes', () => {
    it('returns the due time when a 60-minute fast track crosses the lunch break', () => {
      expect(calc.addWorkingMinutes(vn('2026-01-09T11:00'), 60).toISOString()).toBe(
        iso('2026-01-09T14:00'),
      );
    });

    it('throws RangeError when minutes is negative', () => {
      expect(() => calc.addWorkingMinutes(vn('2026-01-09T11:00'), -5)).toThrow(RangeError);
    });
  });

  describe('workingMinutesBetween', () => {
    it('counts the plain difference when both instants are in one period', () => {
      expect(calc.workingMinutesBetween(vn('2026-01-05T08:00'), vn('2026-01-05T09:15'))).toBe(75);
    });

    it('skips the lunch break when the range spans it', () => {
      expect(calc.workingMinutesBetween(vn('2026-01-05T11:00'), vn('2026-01-05T14:00'))).toBe(60);
      expect(calcB.workingMinutesBetween(vn('2026-01-05T11:00'), vn('2026-01-05T14:00'))).toBe(120);
    });

    it('skips the weekend when the range runs from Friday to Monday', () => {
      expect(calc.workingMinutesBetween(vn('2026-01-09T16:00'), vn('2026-01-12T08:00'))).toBe(120);
    });

    it('returns 0 when the range lies outside office hours', () => {
      expect(calc.workingMinutesBetween(vn('2026-01-05T17:00'), vn('2026-01-06T07:00'))).toBe(0);
      expect(calc.workingMinutesBetween(vn('2026-02-14T00:00'), vn('2026-02-23T07:00'))).toBe(0);
    });

    it('returns 0 when to is not after from', () => {
      expect(calc.workingMinutesBetween(vn('2026-01-05T10:00'), vn('2026-01-05T10:00'))).toBe(0);
      expect(calc.workingMinutesBetween(vn('2026-01-05T10:00'), vn('2026-01-05T09:00'))).toBe(0);
    });

    it('returns whole working days when measured up to a due date from addWorkingDays', () => {
      const start = vn('2026-02-12T15:00');
      const due = calc.addWorkingDays(start, 3);
      expect(calc.workingMinutesBetween(start, due)).toBe(3 * calc.minutesPerDay);
    });
  });
});
