import { addCalendarDays } from './local-date';
import { toVietnamDate } from './vietnam-time';
import { WorkingTimeCalculator } from './working-time-calculator';

const DAY_MS = 86_400_000;

/**
 * How a processing time is counted. Structurally identical to `DurationUnit` in
 * `@motcua/contracts`, redeclared so this library has no dependencies.
 */
export type DurationUnit = 'WORKING_DAYS' | 'CALENDAR_DAYS' | 'HOURS';

/** A processing time, e.g. `{ value: 3, unit: 'WORKING_DAYS' }`. */
export interface Duration {
  value: number;
  unit: DurationUnit;
}

/**
 * Due date of `duration` from `start`; a zero duration returns `start` unchanged.
 *
 * - WORKING_DAYS: `value` × the office minutes of one day, as addWorkingDays (a fractional
 *   value such as 0.5 counts half a day of office time).
 * - HOURS: `value` × 60 minutes of office time.
 * - CALENDAR_DAYS (whole days): the same Vietnam wall time `value` days later. Office time at
 *   that moment is the due date. Otherwise the term is carried to the end of office hours of the
 *   first working day still ahead — that same day's closing when it is a working day not yet
 *   closed, else the next working day's (Civil Code 2015 Art. 148: a term whose last day is a
 *   day off ends at the end of the next working day). A due date never comes before the wall
 *   time it stands for.
 */
export function addDuration(
  calculator: WorkingTimeCalculator,
  start: Date,
  duration: Duration,
): Date {
  const { value, unit } = duration;
  if (!Number.isFinite(value) || value < 0) {
    throw new RangeError(`duration value must be a non-negative finite number, got ${value}`);
  }
  switch (unit) {
    case 'WORKING_DAYS':
      return calculator.addWorkingMinutes(start, value * calculator.minutesPerDay);
    case 'HOURS':
      return calculator.addWorkingMinutes(start, value * 60);
    case 'CALENDAR_DAYS':
      return addCalendarDaysDue(calculator, start, value);
  }
  // Unreachable for typed callers; guards data that skipped validation.
  throw new RangeError(`Unknown duration unit "${String(unit)}"`);
}

function addCalendarDaysDue(calculator: WorkingTimeCalculator, start: Date, days: number): Date {
  if (!Number.isInteger(days)) {
    throw new RangeError(`calendar days must be a whole number, got ${days}`);
  }
  const startMs = start.getTime();
  if (Number.isNaN(startMs)) throw new RangeError('Invalid Date');
  if (days === 0) return new Date(startMs);

  // Vietnam has no DST: the same wall time is exactly `days` × 24 hours later.
  const target = new Date(startMs + days * DAY_MS);
  const date = toVietnamDate(target);
  const periods = calculator.officePeriodsOn(date);
  if (periods.some((p) => p.start <= target && target <= p.end)) return target;

  const closing = periods.at(-1)?.end;
  if (closing && target < closing) return closing;
  const nextDay = calculator.firstWorkingDayFrom(addCalendarDays(date, 1));
  // A working day always has at least one period (the calendar requires office hours).
  return calculator.officePeriodsOn(nextDay).at(-1)!.end;
}
