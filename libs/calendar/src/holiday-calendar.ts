import { localDateToUtcMs } from './local-date';
import { vietnamPublicHolidays } from './vietnam-public-holidays';

/** Days off and make-up working days, `YYYY-MM-DD`: the holiday part of a WorkingCalendar. */
export interface HolidayCalendar {
  holidays: string[];
  workingDays: string[];
}

/** A tenant's own changes, applied after the national calendar. */
export interface HolidayOverrides {
  /** Extra days off (a provincial anniversary, a local swap). */
  add?: readonly string[];
  /** National days off the tenant works anyway. */
  remove?: readonly string[];
  /** Extra working days (make-up Saturdays); they are no longer days off. */
  workingDays?: readonly string[];
}

export interface HolidayCalendarInput {
  years: readonly number[];
  /** The Prime Minister's yearly decisions as data, keyed by year; they replace generated years. */
  published?: Readonly<Partial<Record<number, HolidayCalendar>>>;
  overrides?: HolidayOverrides;
}

/**
 * The holidays and working days of `years`: each year's published calendar, or the one
 * generated from the Labour Code (vietnamPublicHolidays) when none is published; then the
 * tenant's overrides. Sorted and without duplicates; throws RangeError on a malformed date, on
 * a published year that declares a day both off and working, and on contradictory overrides.
 */
export function buildHolidayCalendar(input: HolidayCalendarInput): HolidayCalendar {
  const holidays = new Set<string>();
  const workingDays = new Set<string>();
  for (const year of new Set(input.years)) {
    const published = input.published?.[year];
    if (published) {
      assertDates(`published ${year}`, [...published.holidays, ...published.workingDays]);
      const clash = published.workingDays.find((d) => published.holidays.includes(d));
      if (clash) throw new RangeError(`published ${year}: ${clash} is both off and working`);
      published.holidays.forEach((d) => holidays.add(d));
      published.workingDays.forEach((d) => workingDays.add(d));
    } else {
      vietnamPublicHolidays(year).forEach((d) => holidays.add(d));
    }
  }

  const { add = [], remove = [], workingDays: extraWorking = [] } = input.overrides ?? {};
  assertDates('overrides', [...add, ...remove, ...extraWorking]);
  const contradiction = add.find((d) => remove.includes(d) || extraWorking.includes(d));
  if (contradiction) {
    throw new RangeError(`overrides: ${contradiction} is both added and removed or working`);
  }
  for (const d of add) {
    holidays.add(d);
    workingDays.delete(d);
  }
  remove.forEach((d) => holidays.delete(d));
  for (const d of extraWorking) {
    workingDays.add(d);
    holidays.delete(d);
  }

  const clash = [...workingDays].find((d) => holidays.has(d));
  if (clash) throw new RangeError(`${clash} is both a holiday and a working day`);
  return { holidays: [...holidays].sort(), workingDays: [...workingDays].sort() };
}

function assertDates(where: string, dates: readonly string[]): void {
  for (const date of dates) {
    try {
      localDateToUtcMs(date);
    } catch (error) {
      throw new RangeError(`${where}: ${(error as Error).message}`);
    }
  }
}
