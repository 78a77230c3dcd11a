import fc from 'fast-check';
import { buildHolidayCalendar } from './holiday-calendar';
import { toVietnamDate } from './vietnam-time';
import { OfficePeriod, WorkingCalendar } from './working-calendar';
import { WorkingTimeCalculator } from './working-time-calculator';

const RUNS = { seed: 20260105, numRuns: 200 };
const MINUTE_MS = 60_000;

const hhmm = (minute: number): string =>
  `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;

/** One to three sorted, disjoint office periods anywhere in the day (split shifts included). */
const officeHoursArb: fc.Arbitrary<OfficePeriod[]> = fc
  .uniqueArray(fc.integer({ min: 0, max: 1439 }), { minLength: 2, maxLength: 6 })
  .map((minutes) => {
    const sorted = [...minutes].sort((a, b) => a - b);
    const periods: OfficePeriod[] = [];
    for (let i = 0; i + 1 < sorted.length; i += 2) {
      periods.push({ start: hhmm(sorted[i]), end: hhmm(sorted[i + 1]) });
    }
    return periods;
  });

const { holidays, workingDays } = buildHolidayCalendar({
  years: [2025, 2026, 2027, 2028],
  overrides: { workingDays: ['2026-02-28'] },
});
const calculatorArb = officeHoursArb.map(
  (officeHours) =>
    new WorkingTimeCalculator({
      tenant: 'property',
      officeHours,
      weekendDays: [6, 7],
      holidays,
      workingDays,
    } satisfies WorkingCalendar),
);

/** Minute-precision instants from 2025 to mid-2027, so every due date is inside the data. */
const instantArb = fc
  .integer({
    min: Date.UTC(2025, 0, 1) / MINUTE_MS,
    max: Date.UTC(2027, 5, 30) / MINUTE_MS,
  })
  .map((minute) => new Date(minute * MINUTE_MS));
const daysArb = fc.integer({ min: 0, max: 40 });

/** An instant inside office hours (either end included), built from a date and an offset. */
const officeInstantArb = fc
  .tuple(calculatorArb, instantArb, fc.nat(), fc.nat())
  .map(([calc, instant, periodPick, offsetPick]) => {
    const date = calc.firstWorkingDayFrom(toVietnamDate(instant));
    const periods = calc.officePeriodsOn(date);
    const { start, end } = periods[periodPick % periods.length];
    const length = (end.getTime() - start.getTime()) / MINUTE_MS;
    return { calc, start: new Date(start.getTime() + (offsetPick % (length + 1)) * MINUTE_MS) };
  });

function isInsideOfficeHours(calc: WorkingTimeCalculator, instant: Date): boolean {
  return calc
    .officePeriodsOn(toVietnamDate(instant))
    .some((p) => p.start <= instant && instant <= p.end);
}

describe(`${WorkingTimeCalculator.name} properties`, () => {
  it('is monotonic in days when the start is fixed', () => {
    fc.assert(
      fc.property(calculatorArb, instantArb, daysArb, daysArb, (calc, start, a, b) => {
        const [few, many] = a <= b ? [a, b] : [b, a];
        return calc.addWorkingDays(start, few) <= calc.addWorkingDays(start, many);
      }),
      RUNS,
    );
  });

  it('is monotonic in the start when the days are fixed', () => {
    fc.assert(
      fc.property(calculatorArb, instantArb, instantArb, daysArb, (calc, s1, s2, days) => {
        const [early, late] = s1 <= s2 ? [s1, s2] : [s2, s1];
        return calc.addWorkingDays(early, days) <= calc.addWorkingDays(late, days);
      }),
      RUNS,
    );
  });

  it('equals adding a + b days when a then b days are added', () => {
    fc.assert(
      fc.property(calculatorArb, instantArb, daysArb, daysArb, (calc, start, a, b) => {
        const stepwise = calc.addWorkingDays(calc.addWorkingDays(start, a), b);
        return stepwise.getTime() === calc.addWorkingDays(start, a + b).getTime();
      }),
      RUNS,
    );
  });

  it('lands inside office hours of a working day when days is positive, on start when zero', () => {
    fc.assert(
      fc.property(calculatorArb, instantArb, daysArb, (calc, start, days) => {
        const due = calc.addWorkingDays(start, days);
        return days === 0 ? due.getTime() === start.getTime() : isInsideOfficeHours(calc, due);
      }),
      RUNS,
    );
  });

  it('measures back exactly the minutes added when start is inside office hours', () => {
    fc.assert(
      fc.property(officeInstantArb, fc.integer({ min: 0, max: 20_000 }), ({ calc, start }, m) => {
        return calc.workingMinutesBetween(start, calc.addWorkingMinutes(start, m)) === m;
      }),
      RUNS,
    );
  });

  it('measures back exactly the minutes added when start is anywhere', () => {
    fc.assert(
      fc.property(calculatorArb, instantArb, fc.integer({ min: 0, max: 20_000 }), (c, s, m) => {
        return c.workingMinutesBetween(s, c.addWorkingMinutes(s, m)) === m;
      }),
      RUNS,
    );
  });

  it('never counts more working minutes than wall-clock minutes', () => {
    fc.assert(
      fc.property(calculatorArb, instantArb, instantArb, (calc, a, b) => {
        const wall = Math.max(0, b.getTime() - a.getTime()) / MINUTE_MS;
        return calc.workingMinutesBetween(a, b) <= wall;
      }),
      RUNS,
    );
  });
});
