import fc from 'fast-check';
import { buildHolidayCalendar, HolidayCalendar } from './holiday-calendar';
import { vietnamPublicHolidays } from './vietnam-public-holidays';

// The Prime Minister's calendar for 2026 Tết: nine days off, with no make-up Saturday.
const PUBLISHED_2026: HolidayCalendar = {
  holidays: [
    '2026-01-01',
    '2026-02-14',
    '2026-02-15',
    '2026-02-16',
    '2026-02-17',
    '2026-02-18',
    '2026-02-19',
    '2026-02-20',
    '2026-02-21',
    '2026-02-22',
  ],
  workingDays: [],
};
const SWAP_2025: HolidayCalendar = {
  holidays: ['2025-01-01', '2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31'],
  workingDays: ['2025-02-08'],
};

describe(buildHolidayCalendar.name, () => {
  it('generates the holidays when no year is published', () => {
    expect(buildHolidayCalendar({ years: [2027] })).toEqual({
      holidays: vietnamPublicHolidays(2027),
      workingDays: [],
    });
  });

  it('uses the published year instead of the generated one when both exist', () => {
    const result = buildHolidayCalendar({ years: [2026], published: { 2026: PUBLISHED_2026 } });
    expect(result).toEqual(PUBLISHED_2026);
    expect(result.holidays).not.toContain('2026-04-26');
  });

  it('mixes published and generated years when only some are published', () => {
    const result = buildHolidayCalendar({
      years: [2026, 2025, 2027, 2025],
      published: { 2025: SWAP_2025 },
    });
    expect(result.holidays).toEqual(
      [
        ...new Set([
          ...SWAP_2025.holidays,
          ...vietnamPublicHolidays(2026),
          ...vietnamPublicHolidays(2027),
        ]),
      ].sort(),
    );
    expect(result.workingDays).toEqual(['2025-02-08']);
  });

  it('applies tenant overrides after the national calendar', () => {
    const result = buildHolidayCalendar({
      years: [2025],
      published: { 2025: SWAP_2025 },
      overrides: {
        add: ['2025-10-13', '2025-02-08'],
        remove: ['2025-01-27'],
        workingDays: ['2025-01-31', '2025-03-01'],
      },
    });
    expect(result).toEqual({
      holidays: [
        '2025-01-01',
        '2025-01-28',
        '2025-01-29',
        '2025-01-30',
        '2025-02-08',
        '2025-10-13',
      ],
      workingDays: ['2025-01-31', '2025-03-01'],
    });
  });

  it.each<[string, Parameters<typeof buildHolidayCalendar>[0]]>([
    [
      'a published date is malformed',
      { years: [2026], published: { 2026: { holidays: ['2026-2-17'], workingDays: [] } } },
    ],
    [
      'a published day is both off and working',
      {
        years: [2026],
        published: { 2026: { holidays: ['2026-02-21'], workingDays: ['2026-02-21'] } },
      },
    ],
    ['an override date is impossible', { years: [2026], overrides: { add: ['2026-02-30'] } }],
    [
      'an override adds and removes a day',
      { years: [2026], overrides: { add: ['2026-10-10'], remove: ['2026-10-10'] } },
    ],
    [
      'an override adds a working day off',
      { years: [2026], overrides: { add: ['2026-10-10'], workingDays: ['2026-10-10'] } },
    ],
    ['a year cannot be generated', { years: [2019] }],
  ])('throws RangeError when %s', (_, input) => {
    expect(() => buildHolidayCalendar(input)).toThrow(RangeError);
  });

  describe('properties', () => {
    const RUNS = { seed: 2019, numRuns: 200 };
    const dateArb = fc
      .integer({ min: Date.UTC(2026, 0, 1) / 86_400_000, max: Date.UTC(2027, 11, 31) / 86_400_000 })
      .map((day) => new Date(day * 86_400_000).toISOString().slice(0, 10));
    const overridesArb = fc
      .uniqueArray(fc.tuple(dateArb, fc.constantFrom('add', 'remove', 'workingDays')), {
        selector: ([date]) => date,
        maxLength: 20,
      })
      .map((entries) => ({
        add: entries.filter(([, kind]) => kind === 'add').map(([d]) => d),
        remove: entries.filter(([, kind]) => kind === 'remove').map(([d]) => d),
        workingDays: entries.filter(([, kind]) => kind === 'workingDays').map(([d]) => d),
      }));

    it('returns sorted unique disjoint lists that honour every override', () => {
      fc.assert(
        fc.property(overridesArb, fc.boolean(), (overrides, publish2026) => {
          const { holidays, workingDays } = buildHolidayCalendar({
            years: [2026, 2027],
            published: publish2026 ? { 2026: PUBLISHED_2026 } : {},
            overrides,
          });
          const sortedUnique = (list: string[]) => list.every((d, i) => i === 0 || list[i - 1] < d);
          return (
            sortedUnique(holidays) &&
            sortedUnique(workingDays) &&
            !holidays.some((d) => workingDays.includes(d)) &&
            overrides.add.every((d) => holidays.includes(d)) &&
            overrides.remove.every((d) => !holidays.includes(d)) &&
            overrides.workingDays.every((d) => workingDays.includes(d))
          );
        }),
        RUNS,
      );
    });
  });
});
