import { addCalendarDays, isoWeekday } from './local-date';
import { lunarToGregorian } from './lunar-date';

/** The statutory holidays of Labour Code 2019 Art. 112(1). */
export type VietnamHoliday =
  | 'NEW_YEAR'
  | 'LUNAR_NEW_YEAR'
  | 'HUNG_KINGS'
  | 'REUNIFICATION_DAY'
  | 'LABOUR_DAY'
  | 'NATIONAL_DAY';

/** One day off: a statutory holiday, or the compensatory day for one that fell on a weekend. */
export interface PublicHolidayDay {
  date: string;
  holiday: VietnamHoliday;
  compensatory: boolean;
}

/** Labour Code 2019 (with the second National Day) is in force from 2021. */
const FIRST_YEAR = 2021;
/** The lunar tables are reliable well beyond this; later years want fresh data anyway. */
const LAST_YEAR = 2199;
/** Civil servants' weekly rest days (Saturday, Sunday). */
const WEEKEND = new Set([6, 7]);

/**
 * The days off of `year` generated from the rules of Labour Code 2019, for years whose
 * calendar the Prime Minister has not published yet:
 * - 1 Jan; 30 Apr; 1 May; 2 Sep with 1 Sep as its adjacent day;
 * - Tết: the last day of the lunar year (the day before lunar 1/1, the 29th or 30th) and lunar
 *   1/1–1/4, five days;
 * - Hung Kings' day, lunar 3/10;
 * - a holiday on a Saturday or Sunday gives a compensatory day on the next weekday that is not
 *   itself a day off (Art. 111(3)), taken in date order.
 * Swapped days and make-up Saturdays are decided yearly and only exist as published data.
 */
export function vietnamPublicHolidayDays(year: number): PublicHolidayDay[] {
  if (!Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR) {
    throw new RangeError(`Holidays can be generated for ${FIRST_YEAR}–${LAST_YEAR}, not ${year}`);
  }
  const tet = lunarToGregorian(year, 1, 1);
  const statutory: PublicHolidayDay[] = [
    day(`${year}-01-01`, 'NEW_YEAR'),
    ...[-1, 0, 1, 2, 3].map((offset) => day(addCalendarDays(tet, offset), 'LUNAR_NEW_YEAR')),
    day(lunarToGregorian(year, 3, 10), 'HUNG_KINGS'),
    day(`${year}-04-30`, 'REUNIFICATION_DAY'),
    day(`${year}-05-01`, 'LABOUR_DAY'),
    day(`${year}-09-01`, 'NATIONAL_DAY'),
    day(`${year}-09-02`, 'NATIONAL_DAY'),
  ].sort(byDate);

  const taken = new Set(statutory.map((d) => d.date));
  const compensatory: PublicHolidayDay[] = [];
  for (const { date, holiday } of statutory) {
    if (!WEEKEND.has(isoWeekday(date))) continue;
    let next = addCalendarDays(date, 1);
    while (WEEKEND.has(isoWeekday(next)) || taken.has(next)) next = addCalendarDays(next, 1);
    taken.add(next);
    compensatory.push({ date: next, holiday, compensatory: true });
  }
  return [...statutory, ...compensatory].sort(byDate);
}

/** The dates of vietnamPublicHolidayDays, sorted. */
export function vietnamPublicHolidays(year: number): string[] {
  return vietnamPublicHolidayDays(year).map((d) => d.date);
}

function day(date: string, holiday: VietnamHoliday): PublicHolidayDay {
  return { date, holiday, compensatory: false };
}

function byDate(a: PublicHolidayDay, b: PublicHolidayDay): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : 0;
}
