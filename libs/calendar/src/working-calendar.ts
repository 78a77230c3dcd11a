import { localDateToUtcMs, parseHhmm } from './local-date';

/** One office period in Vietnam local time, `HH:MM`. */
export interface OfficePeriod {
  start: string;
  end: string;
}

/**
 * A tenant's working calendar. Structurally identical to `WorkingCalendar` in
 * `@motcua/contracts`, redeclared so this library has no dependencies.
 */
export interface WorkingCalendar {
  tenant: string;
  /** Office periods of one working day, e.g. 07:00–11:30 and 13:30–17:00. */
  officeHours: OfficePeriod[];
  /** ISO weekdays normally off (1 = Monday … 7 = Sunday). */
  weekendDays: number[];
  /** Public holidays and compensatory days off, `YYYY-MM-DD`. */
  holidays: string[];
  /** Weekend days declared working (make-up Saturdays), `YYYY-MM-DD`. */
  workingDays: string[];
}

/** A validated calendar in the form the calculator walks: periods as minutes after midnight. */
export interface CompiledCalendar {
  periods: readonly { startMinute: number; endMinute: number }[];
  weekendDays: ReadonlySet<number>;
  holidays: ReadonlySet<string>;
  workingDays: ReadonlySet<string>;
}

/** Validates a calendar and compiles it; throws RangeError on the first problem. */
export function compileWorkingCalendar(calendar: WorkingCalendar): CompiledCalendar {
  const where = `working calendar of "${calendar.tenant}"`;
  if (calendar.officeHours.length === 0) throw new RangeError(`${where}: no office hours`);

  const periods = calendar.officeHours.map(({ start, end }) => {
    const period = { startMinute: parseHhmm(start), endMinute: parseHhmm(end) };
    if (period.startMinute >= period.endMinute) {
      throw new RangeError(`${where}: office period ${start}–${end} does not end after it starts`);
    }
    return period;
  });
  // Order matters: the calculator walks periods in sequence and relies on them not overlapping.
  for (let i = 1; i < periods.length; i++) {
    if (periods[i].startMinute < periods[i - 1].endMinute) {
      const { start, end } = calendar.officeHours[i];
      throw new RangeError(
        `${where}: office period ${start}–${end} is unsorted or overlaps the previous one`,
      );
    }
  }

  for (const day of calendar.weekendDays) {
    if (!Number.isInteger(day) || day < 1 || day > 7) {
      throw new RangeError(`${where}: weekend day ${day} is not an ISO weekday 1–7`);
    }
  }
  calendar.holidays.forEach(localDateToUtcMs);
  calendar.workingDays.forEach(localDateToUtcMs);

  const holidays = new Set(calendar.holidays);
  // A day both off and working is a data error upstream (merge of national and tenant calendars).
  const clash = calendar.workingDays.find((d) => holidays.has(d));
  if (clash) throw new RangeError(`${where}: ${clash} is both a holiday and a working day`);

  return {
    periods,
    weekendDays: new Set(calendar.weekendDays),
    holidays,
    workingDays: new Set(calendar.workingDays),
  };
}
