import { addCalendarDays, isoWeekday, localDateToUtcMs } from './local-date';
import { toVietnamDate, VIETNAM_UTC_OFFSET_MINUTES } from './vietnam-time';
import {
  compileWorkingCalendar,
  CompiledCalendar,
  OfficePeriod,
  WorkingCalendar,
} from './working-calendar';

const MINUTE_MS = 60_000;
const OFFSET_MS = VIETNAM_UTC_OFFSET_MINUTES * MINUTE_MS;
/** Ten years without a single working day means the calendar is broken, not a long holiday. */
const MAX_CONSECUTIVE_DAYS_OFF = 3660;

/** Per-branch adjustments of a tenant's calendar. */
export interface WorkingTimeCalculatorOptions {
  /** A branch's own office hours, replacing the tenant's (split shifts allowed). */
  officeHours?: readonly OfficePeriod[];
}

/** One office period of a given day, as instants. */
export interface OfficeInterval {
  start: Date;
  end: Date;
}

/** Legal due dates counted in working time (DOMAIN §5): office hours, weekends and holidays. */
export class WorkingTimeCalculator {
  private readonly calendar: CompiledCalendar;
  /** Office minutes in one working day, i.e. the length of "one day" of a procedure. */
  readonly minutesPerDay: number;

  constructor(
    private readonly source: WorkingCalendar,
    options: WorkingTimeCalculatorOptions = {},
  ) {
    const officeHours = options.officeHours ? [...options.officeHours] : source.officeHours;
    this.calendar = compileWorkingCalendar({ ...source, officeHours });
    this.minutesPerDay = this.calendar.periods.reduce(
      (sum, p) => sum + p.endMinute - p.startMinute,
      0,
    );
  }

  /** The same calendar (holidays, weekends) with a branch's own office hours. */
  withOfficeHours(officeHours: readonly OfficePeriod[]): WorkingTimeCalculator {
    return new WorkingTimeCalculator(this.source, { officeHours });
  }

  /** Whether a Vietnam calendar date (`YYYY-MM-DD`) has office hours. */
  isWorkingDay(localDate: string): boolean {
    const { holidays, workingDays, weekendDays } = this.calendar;
    if (holidays.has(localDate)) return false;
    if (workingDays.has(localDate)) return true;
    return !weekendDays.has(isoWeekday(localDate));
  }

  /**
   * Due date of `days` working days from `start`. Counting begins at `start`, or at the next
   * period start when `start` is outside office hours; a due date landing exactly on a period
   * end is that period end (Monday 18:00 + 1 day = Tuesday 17:00).
   */
  addWorkingDays(start: Date, days: number): Date {
    if (!Number.isInteger(days) || days < 0) {
      throw new RangeError(`days must be a non-negative integer, got ${days}`);
    }
    return this.addWorkingMinutes(start, days * this.minutesPerDay);
  }

  /** Like addWorkingDays for a duration in working minutes (fast tracks, resumed clocks). */
  addWorkingMinutes(start: Date, minutes: number): Date {
    const startMs = validInstant(start);
    if (!Number.isFinite(minutes) || minutes < 0) {
      throw new RangeError(`minutes must be a non-negative finite number, got ${minutes}`);
    }
    // Whole milliseconds: minutes from workingMinutesBetween may carry float noise.
    let remaining = Math.round(minutes * MINUTE_MS);
    if (remaining === 0) return new Date(startMs);

    let daysOff = 0;
    for (let date = toVietnamDate(start); ; date = addCalendarDays(date, 1)) {
      if (!this.isWorkingDay(date)) {
        if (++daysOff > MAX_CONSECUTIVE_DAYS_OFF) {
          throw new RangeError(`No working day in ${MAX_CONSECUTIVE_DAYS_OFF} days after ${date}`);
        }
        continue;
      }
      daysOff = 0;
      for (const [periodStart, periodEnd] of this.periodsOn(date)) {
        const from = Math.max(startMs, periodStart);
        if (from >= periodEnd) continue;
        // `<=` so that exhausting the time at a period end returns that end, not the next start.
        if (remaining <= periodEnd - from) return new Date(from + remaining);
        remaining -= periodEnd - from;
      }
    }
  }

  /** Working minutes in [from, to); 0 when `to` is not after `from`. May be fractional. */
  workingMinutesBetween(from: Date, to: Date): number {
    const fromMs = validInstant(from);
    const toMs = validInstant(to);
    if (toMs <= fromMs) return 0;

    let total = 0;
    const lastDate = toVietnamDate(to);
    for (let date = toVietnamDate(from); date <= lastDate; date = addCalendarDays(date, 1)) {
      if (!this.isWorkingDay(date)) continue;
      for (const [periodStart, periodEnd] of this.periodsOn(date)) {
        total += Math.max(0, Math.min(toMs, periodEnd) - Math.max(fromMs, periodStart));
      }
    }
    return total / MINUTE_MS;
  }

  /** The first working day on or after a Vietnam date. */
  firstWorkingDayFrom(localDate: string): string {
    let date = localDate;
    for (let daysOff = 0; !this.isWorkingDay(date); daysOff++) {
      if (daysOff >= MAX_CONSECUTIVE_DAYS_OFF) {
        throw new RangeError(
          `No working day in ${MAX_CONSECUTIVE_DAYS_OFF} days after ${localDate}`,
        );
      }
      date = addCalendarDays(date, 1);
    }
    return date;
  }

  /** Office periods of a Vietnam date, in order; empty when the date is not a working day. */
  officePeriodsOn(localDate: string): OfficeInterval[] {
    if (!this.isWorkingDay(localDate)) return [];
    return this.periodsOn(localDate).map(([start, end]) => ({
      start: new Date(start),
      end: new Date(end),
    }));
  }

  /** Office periods of a Vietnam date as [start, end) epoch milliseconds. */
  private periodsOn(date: string): [number, number][] {
    const midnight = localDateToUtcMs(date) - OFFSET_MS;
    return this.calendar.periods.map((p) => [
      midnight + p.startMinute * MINUTE_MS,
      midnight + p.endMinute * MINUTE_MS,
    ]);
  }
}

function validInstant(instant: Date): number {
  const ms = instant.getTime();
  if (Number.isNaN(ms)) throw new RangeError('Invalid Date');
  return ms;
}
