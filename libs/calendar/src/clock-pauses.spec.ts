import fc from 'fast-check';
import { ClockPause, dueAtWithPauses } from './clock-pauses';
import { addDuration, Duration } from './duration';
import { WorkingTimeCalculator } from './working-time-calculator';

const vn = (local: string): Date => new Date(`${local}:00+07:00`);
const pause = (from: string, to: string | null): ClockPause => ({
  from: vn(from),
  to: to === null ? null : vn(to),
});

const calc = new WorkingTimeCalculator({
  tenant: 'hanoi',
  officeHours: [
    { start: '07:00', end: '11:30' },
    { start: '13:30', end: '17:00' },
  ],
  weekendDays: [6, 7],
  holidays: ['2026-01-01'],
  workingDays: [],
});
const THREE_DAYS: Duration = { value: 3, unit: 'WORKING_DAYS' };
// Received Monday 2026-01-05 10:00; three working days → Thursday 10:00.
const START = vn('2026-01-05T10:00');
const dueWith = (...pauses: ClockPause[]): Date | null =>
  dueAtWithPauses(calc, { start: START, duration: THREE_DAYS, pauses });

describe(dueAtWithPauses.name, () => {
  it('returns the plain due date when there are no pauses', () => {
    expect(dueWith()).toEqual(vn('2026-01-08T10:00'));
  });

  it('extends by one working day when paused for one working day', () => {
    expect(dueWith(pause('2026-01-06T10:00', '2026-01-07T10:00'))).toEqual(vn('2026-01-09T10:00'));
  });

  it('extends by the office time only when the pause spans a weekend', () => {
    // Friday 16:00 → Monday 08:00 is 120 office minutes.
    const start = vn('2026-01-07T10:00');
    const pauses = [pause('2026-01-09T16:00', '2026-01-12T08:00')];
    expect(dueAtWithPauses(calc, { start, duration: THREE_DAYS, pauses })).toEqual(
      vn('2026-01-12T14:00'),
    );
  });

  it('leaves the due date unchanged when the pause lies outside office hours', () => {
    expect(dueWith(pause('2026-01-05T17:30', '2026-01-06T06:30'))).toEqual(vn('2026-01-08T10:00'));
  });

  it('adds up several pauses when the clock was paused twice', () => {
    const due = dueWith(
      pause('2026-01-05T10:00', '2026-01-05T11:00'),
      pause('2026-01-06T14:00', '2026-01-06T15:30'),
    );
    expect(due).toEqual(vn('2026-01-08T14:30'));
  });

  it('returns null when the last pause is still open', () => {
    expect(
      dueWith(pause('2026-01-06T10:00', '2026-01-07T10:00'), pause('2026-01-07T15:00', null)),
    ).toBeNull();
  });

  it('counts a pause that begins exactly at the due date', () => {
    expect(dueWith(pause('2026-01-08T10:00', '2026-01-08T11:00'))).toEqual(vn('2026-01-08T11:00'));
  });

  it('ignores a pause that begins after the due date, even an open one', () => {
    expect(dueWith(pause('2026-01-08T10:01', '2026-01-09T10:00'))).toEqual(vn('2026-01-08T10:00'));
    expect(dueWith(pause('2026-01-09T09:00', null))).toEqual(vn('2026-01-08T10:00'));
  });

  it('extends a 60-minute fast track when it is paused', () => {
    const due = dueAtWithPauses(calc, {
      start: vn('2026-01-09T10:00'),
      duration: { value: 1, unit: 'HOURS' },
      pauses: [pause('2026-01-09T10:30', '2026-01-09T14:00')],
    });
    expect(due).toEqual(vn('2026-01-09T14:30'));
  });

  it.each<[string, ClockPause[]]>([
    ['a pause begins before the clock starts', [pause('2026-01-05T09:00', '2026-01-05T11:00')]],
    ['a pause ends before it begins', [pause('2026-01-06T10:00', '2026-01-06T09:00')]],
    [
      'pauses are out of order',
      [
        pause('2026-01-07T10:00', '2026-01-07T11:00'),
        pause('2026-01-06T10:00', '2026-01-06T11:00'),
      ],
    ],
    [
      'pauses overlap',
      [
        pause('2026-01-06T10:00', '2026-01-06T15:00'),
        pause('2026-01-06T14:00', '2026-01-06T16:00'),
      ],
    ],
    [
      'an open pause is not the last',
      [pause('2026-01-06T10:00', null), pause('2026-01-07T10:00', '2026-01-07T11:00')],
    ],
    ['a pause has an invalid Date', [{ from: new Date('nope'), to: null }]],
  ])('throws RangeError when %s', (_, pauses) => {
    expect(() => dueWith(...pauses)).toThrow(RangeError);
  });

  describe('properties', () => {
    const RUNS = { seed: 61, numRuns: 300 };
    const MINUTE_MS = 60_000;
    const startArb = fc
      .integer({ min: Date.UTC(2026, 0, 1) / MINUTE_MS, max: Date.UTC(2026, 11, 1) / MINUTE_MS })
      .map((minute) => new Date(minute * MINUTE_MS));
    const durationArb = fc.oneof(
      fc.record({ value: fc.integer({ min: 1, max: 20 }), unit: fc.constant('WORKING_DAYS') }),
      fc.record({ value: fc.integer({ min: 1, max: 30 }), unit: fc.constant('CALENDAR_DAYS') }),
      fc.record({ value: fc.integer({ min: 1, max: 24 }), unit: fc.constant('HOURS') }),
    ) as fc.Arbitrary<Duration>;
    /** [gap before, length] in minutes, turned into ordered pauses starting before the due date. */
    const stepsArb = fc.array(fc.tuple(fc.nat(6000), fc.nat(6000)), { maxLength: 5 });

    function pausesFrom(start: Date, plainDue: Date, steps: [number, number][]): ClockPause[] {
      const pauses: ClockPause[] = [];
      let cursor = start.getTime();
      for (const [gap, length] of steps) {
        const from = cursor + gap * MINUTE_MS;
        if (from >= plainDue.getTime()) break;
        cursor = from + length * MINUTE_MS;
        pauses.push({ from: new Date(from), to: new Date(cursor) });
      }
      return pauses;
    }

    it('moves the due date later by exactly the paused working minutes', () => {
      fc.assert(
        fc.property(startArb, durationArb, stepsArb, (start, duration, steps) => {
          const plainDue = addDuration(calc, start, duration);
          const pauses = pausesFrom(start, plainDue, steps);
          const due = dueAtWithPauses(calc, { start, duration, pauses });
          const paused = pauses.reduce(
            (sum, p) => sum + calc.workingMinutesBetween(p.from, p.to!),
            0,
          );
          return (
            due !== null && due >= plainDue && calc.workingMinutesBetween(plainDue, due) === paused
          );
        }),
        RUNS,
      );
    });

    it('returns null when the last pause before the due date is still open', () => {
      fc.assert(
        fc.property(startArb, durationArb, stepsArb, (start, duration, steps) => {
          const pauses = pausesFrom(start, addDuration(calc, start, duration), steps);
          fc.pre(pauses.length > 0);
          pauses[pauses.length - 1] = { from: pauses[pauses.length - 1].from, to: null };
          return dueAtWithPauses(calc, { start, duration, pauses }) === null;
        }),
        RUNS,
      );
    });
  });
});
