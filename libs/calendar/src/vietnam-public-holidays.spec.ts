import fc from 'fast-check';
import { isoWeekday } from './local-date';
import { lunarToGregorian } from './lunar-date';
import { vietnamPublicHolidayDays, vietnamPublicHolidays } from './vietnam-public-holidays';

const datesOf = (year: number, holiday: string): string[] =>
  vietnamPublicHolidayDays(year)
    .filter((d) => d.holiday === holiday && !d.compensatory)
    .map((d) => d.date);

describe(vietnamPublicHolidayDays.name, () => {
  it.each([
    [2025, '2025-01-29'],
    [2026, '2026-02-17'],
    [2027, '2027-02-06'],
    [2028, '2028-01-26'],
    [2030, '2030-02-03'],
  ])('starts Tết %i on the known lunar new year when generated', (year, tet) => {
    expect(lunarToGregorian(year, 1, 1)).toBe(tet);
    expect(datesOf(year, 'LUNAR_NEW_YEAR')).toContain(tet);
  });

  it.each([
    [2025, '2025-04-07'],
    [2026, '2026-04-26'],
    [2027, '2027-04-16'],
  ])('places Hung Kings day %i on the known date when generated', (year, date) => {
    expect(datesOf(year, 'HUNG_KINGS')).toEqual([date]);
  });

  it('gives the last day of the lunar year and four days of Tết when generating 2026', () => {
    expect(datesOf(2026, 'LUNAR_NEW_YEAR')).toEqual([
      '2026-02-16',
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
    ]);
  });

  it('lists every day off of 2026 when only Hung Kings day falls on a weekend', () => {
    expect(vietnamPublicHolidays(2026)).toEqual([
      '2026-01-01',
      '2026-02-16',
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
      '2026-04-26',
      '2026-04-27',
      '2026-04-30',
      '2026-05-01',
      '2026-09-01',
      '2026-09-02',
    ]);
    expect(vietnamPublicHolidayDays(2026).find((d) => d.date === '2026-04-27')).toEqual({
      date: '2026-04-27',
      holiday: 'HUNG_KINGS',
      compensatory: true,
    });
  });

  it('compensates 30 Apr and 1 May on Monday and Tuesday when they fall on a weekend (2022)', () => {
    const days = vietnamPublicHolidayDays(2022).filter((d) => d.compensatory);
    expect(days.map((d) => [d.date, d.holiday])).toEqual([
      ['2022-01-03', 'NEW_YEAR'],
      ['2022-04-11', 'HUNG_KINGS'],
      ['2022-05-02', 'REUNIFICATION_DAY'],
      ['2022-05-03', 'LABOUR_DAY'],
    ]);
  });

  it('compensates Tết after the last day of Tết when Tết starts on a weekend (2030)', () => {
    const tetDays = vietnamPublicHolidayDays(2030).filter((d) => d.holiday === 'LUNAR_NEW_YEAR');
    expect(tetDays.map((d) => d.date)).toEqual([
      '2030-02-02',
      '2030-02-03',
      '2030-02-04',
      '2030-02-05',
      '2030-02-06',
      '2030-02-07',
      '2030-02-08',
    ]);
  });

  it('compensates National Day on the Monday when 2 Sep is a Saturday (2023)', () => {
    expect(vietnamPublicHolidays(2023)).toEqual(
      expect.arrayContaining(['2023-09-01', '2023-09-02', '2023-09-04']),
    );
  });

  it.each([2020, 2200, 2026.5, NaN])('throws RangeError when asked for year %p', (year) => {
    expect(() => vietnamPublicHolidayDays(year)).toThrow(RangeError);
  });

  describe('properties', () => {
    const yearArb = fc.integer({ min: 2021, max: 2199 });
    const RUNS = { seed: 112, numRuns: 200 };

    it('gives 11 statutory days and one weekday compensation per weekend holiday', () => {
      fc.assert(
        fc.property(yearArb, (year) => {
          const days = vietnamPublicHolidayDays(year);
          const statutory = days.filter((d) => !d.compensatory);
          const compensatory = days.filter((d) => d.compensatory);
          const onWeekend = statutory.filter((d) => isoWeekday(d.date) >= 6);
          const dates = days.map((d) => d.date);
          return (
            statutory.length === 11 &&
            compensatory.length === onWeekend.length &&
            compensatory.every((d) => isoWeekday(d.date) <= 5) &&
            new Set(dates).size === dates.length &&
            dates.every((d, i) => i === 0 || dates[i - 1] < d) &&
            dates.every((d) => d.startsWith(`${year}-`))
          );
        }),
        RUNS,
      );
    });

    it('starts Tết between 21 Jan and 20 Feb and counts five consecutive days', () => {
      fc.assert(
        fc.property(yearArb, (year) => {
          const tet = datesOf(year, 'LUNAR_NEW_YEAR');
          const first = lunarToGregorian(year, 1, 1);
          const spanDays = (Date.parse(tet[4]) - Date.parse(tet[0])) / 86_400_000;
          return (
            first >= `${year}-01-21` &&
            first <= `${year}-02-20` &&
            tet[1] === first &&
            tet.length === 5 &&
            spanDays === 4
          );
        }),
        RUNS,
      );
    });
  });
});
