import fc from 'fast-check';
import { addDuration, Duration, DurationUnit } from './duration';
import { toVietnamDate } from './vietnam-time';
import { WorkingCalendar } from './working-calendar';
import { WorkingTimeCalculator } from './working-time-calculator';

const vn = (local: string): Date => new Date(`${local}:00+07:00`);
const iso = (local: string): string => vn(local).toISOString();

const TET_2026 = ['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20'];
const calendar: WorkingCalendar = {
  tenant: 'hanoi',
  officeHours: [
    { start: '07:00', end: '11:30' },
    { start: '13:30', end: '17:00' },
  ],
  weekendDays: [6, 7],
  holidays: ['2026-01-01', ...TET_2026],
  workingDays: [],
};
const calc = new WorkingTimeCalculator(calendar);
const due = (start: string, value: number, unit: DurationUnit): string =>
  addDuration(calc, vn(start), { value, unit }).toISOString();

// 2026-01-05 is a Monday.
describe(addDuration.name, () => {
  describe('WORKING_DAYS', () => {
    it('matches addWorkingDays when the value is whole', () => {
      const start = vn('2026-01-09T15:00');
      expect(addDuration(calc, start, { value: 3, unit: 'WORKING_DAYS' })).toEqual(
        calc.addWorkingDays(start, 3),
      );
    });

    it('counts half a day of office time when the value is 0.5', () => {
      expect(due('2026-01-05T07:00', 0.5, 'WORKING_DAYS')).toBe(iso('2026-01-05T11:00'));
    });
  });

  describe('HOURS', () => {
    it('skips the lunch break when a 60-minute fast track starts at 11:00', () => {
      expect(due('2026-01-09T11:00', 1, 'HOURS')).toBe(iso('2026-01-09T14:00'));
    });

    it('carries over to the next working day when the hours outlast the day', () => {
      expect(due('2026-01-05T16:00', 4, 'HOURS')).toBe(iso('2026-01-06T10:00'));
    });

    it('equals one working day when given 8 hours of an 8-hour day', () => {
      expect(due('2026-01-05T10:00', 8, 'HOURS')).toBe(due('2026-01-05T10:00', 1, 'WORKING_DAYS'));
    });
  });

  describe('CALENDAR_DAYS', () => {
    it.each([
      ['lands inside office hours', '2026-01-05T10:00', 3, '2026-01-08T10:00'],
      ['lands exactly at closing', '2026-01-05T17:00', 1, '2026-01-06T17:00'],
      ['lands on a Saturday', '2026-01-07T10:00', 3, '2026-01-12T17:00'],
      ['lands during Tet', '2026-02-10T09:00', 7, '2026-02-23T17:00'],
      ['lands on New Year', '2025-12-25T09:00', 7, '2026-01-02T17:00'],
      ['lands in the lunch break', '2026-01-05T12:00', 1, '2026-01-06T17:00'],
      ['lands before opening', '2026-01-04T06:00', 1, '2026-01-05T17:00'],
      ['lands after closing', '2026-01-05T18:00', 1, '2026-01-07T17:00'],
      ['lands after closing on a Friday', '2026-01-08T18:00', 1, '2026-01-12T17:00'],
    ])('returns the due date when it %s', (_, start, days, expected) => {
      expect(due(start, days, 'CALENDAR_DAYS')).toBe(iso(expected));
    });

    it('uses the branch closing time when a branch has its own hours', () => {
      const branch = calc.withOfficeHours([
        { start: '07:30', end: '12:00' },
        { start: '13:00', end: '16:30' },
      ]);
      expect(
        addDuration(branch, vn('2026-01-07T10:00'), { value: 3, unit: 'CALENDAR_DAYS' }),
      ).toEqual(vn('2026-01-12T16:30'));
    });

    it('throws RangeError when the value is not a whole number', () => {
      expect(() => due('2026-01-05T10:00', 1.5, 'CALENDAR_DAYS')).toThrow(RangeError);
    });
  });

  it.each<DurationUnit>(['WORKING_DAYS', 'CALENDAR_DAYS', 'HOURS'])(
    'returns start unchanged when a %s duration is zero, even outside office hours',
    (unit) => {
      expect(due('2026-01-10T22:15', 0, unit)).toBe(iso('2026-01-10T22:15'));
    },
  );

  it.each<[string, Duration]>([
    ['the value is negative', { value: -1, unit: 'HOURS' }],
    ['the value is NaN', { value: NaN, unit: 'WORKING_DAYS' }],
    ['the value is infinite', { value: Infinity, unit: 'CALENDAR_DAYS' }],
    ['the unit is unknown', { value: 1, unit: 'WEEKS' as DurationUnit }],
  ])('throws RangeError when %s', (_, duration) => {
    expect(() => addDuration(calc, vn('2026-01-05T10:00'), duration)).toThrow(RangeError);
  });

  it('throws RangeError when start is an invalid Date', () => {
    expect(() => addDuration(calc, new Date('nope'), { value: 1, unit: 'CALENDAR_DAYS' })).toThrow(
      RangeError,
    );
  });

  describe('properties', () => {
    const RUNS = { seed: 148, numRuns: 300 };
    const instantArb = fc
      .integer({ min: Date.UTC(2025, 11, 1) / 60_000, max: Date.UTC(2026, 2, 31) / 60_000 })
      .map((minute) => new Date(minute * 60_000));

    it('never comes before the same wall time and lands in office hours for calendar days', () => {
      fc.assert(
        fc.property(instantArb, fc.integer({ min: 1, max: 60 }), (start, days) => {
          const target = new Date(start.getTime() + days * 86_400_000);
          const result = addDuration(calc, start, { value: days, unit: 'CALENDAR_DAYS' });
          const inOffice = calc
            .officePeriodsOn(toVietnamDate(result))
            .some((p) => p.start <= result && result <= p.end);
          return (
            result >= target &&
            inOffice &&
            // Carried no further than the end of the next working day.
            calc.workingMinutesBetween(target, result) <= calc.minutesPerDay
          );
        }),
        RUNS,
      );
    });

    it('is monotonic in the value for every unit', () => {
      const unitArb = fc.constantFrom<DurationUnit>('WORKING_DAYS', 'CALENDAR_DAYS', 'HOURS');
      fc.assert(
        fc.property(instantArb, unitArb, fc.nat(40), fc.nat(40), (start, unit, a, b) => {
          const [few, many] = a <= b ? [a, b] : [b, a];
          return (
            addDuration(calc, start, { value: few, unit }) <=
            addDuration(calc, start, { value: many, unit })
          );
        }),
        RUNS,
      );
    });
  });
});
