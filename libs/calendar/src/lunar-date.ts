import { Lunar } from 'lunar-javascript';

/**
 * The Gregorian date (`YYYY-MM-DD`) of a day of the lunar calendar (regular, not leap, month).
 *
 * lunar-javascript computes the Chinese calendar, reckoned at UTC+8; Vietnam reckons at UTC+7.
 * A new moon between 00:00 and 01:00 Beijing time starts Vietnam's month a day earlier (Tết 2007:
 * 17 Feb in Vietnam, 18 Feb in China), and the shift can even move a leap month (Tết 1985: 21 Jan
 * vs 20 Feb). Such years are rare; the Prime Minister's published calendar and tenant overrides
 * take precedence over generated dates, which is why both exist (see buildHolidayCalendar).
 */
export function lunarToGregorian(lunarYear: number, lunarMonth: number, lunarDay: number): string {
  return Lunar.fromYmd(lunarYear, lunarMonth, lunarDay).getSolar().toYmd();
}
