import type { WorkingCalendar } from '@motcua/contracts';

/**
 * Demo working calendars (DOMAIN §5). Public holidays per Labour Code 2019 Art. 112: 1 Jan; Lunar
 * New Year (5 days); Hung Kings' day (10th day of the 3rd lunar month); 30 Apr; 1 May; National
 * Day 2 Sep + one adjacent day. When a holiday falls on a weekly rest day the next working day is
 * a compensatory day off. Each year the Government fixes the exact days off for civil servants,
 * with swapped days and make-up Saturdays.
 *
 * Weekend dates inside an announced break are listed too (harmless: weekends are off anyway), so
 * the list reads like the announcement.
 *
 * 2025 — official (as announced for civil servants):
 *   01-01 · Tết 01-25 … 02-02 (9 days, Lunar New Year 01-29) · Hung Kings 04-07 ·
 *   04-30, 05-01 and 05-02 (swapped with the make-up Saturday 04-26) · National Day 09-01, 09-02.
 * 2026 — Tết as announced (to re-check), the rest are ESTIMATES generated from the rules:
 *   01-01 (estimate; a swapped Friday 01-02 may be added) · Tết 02-14 … 02-22 (Lunar New Year
 *   02-17, announced 9-day break) · Hung Kings 04-26 is a Sunday → compensatory 04-27 ·
 *   04-30, 05-01 · National Day 09-02 + adjacent 09-01 (estimate; could be 09-03).
 * 2027 — ESTIMATES (nothing published yet):
 *   01-01 · Tết: Lunar New Year 02-06 (Saturday); five days 02-05 (eve) … 02-09, two of them on a
 *   weekend → compensatory 02-10, 02-11 · Hung Kings 04-16 · 04-30; 05-01 is a Saturday →
 *   compensatory 05-03 · National Day 09-02 + adjacent 09-03.
 * Lunar dates were computed with the Ho Ngoc Duc algorithm for UTC+7 (it reproduces 2025: Tết
 * 01-29, Hung Kings 04-07).
 *
 * [?] A proposed new holiday (24 Nov, "Ngày Văn hóa Việt Nam") is not included until confirmed.
 * Tenants override this list through the catalog; office hours are per-tenant data ([?] in DOMAIN).
 */
const VN_HOLIDAYS_2025_2027: string[] = [
  // 2025 (official)
  '2025-01-01',
  '2025-01-25',
  '2025-01-26',
  '2025-01-27',
  '2025-01-28',
  '2025-01-29',
  '2025-01-30',
  '2025-01-31',
  '2025-02-01',
  '2025-02-02',
  '2025-04-07',
  '2025-04-30',
  '2025-05-01',
  '2025-05-02',
  '2025-09-01',
  '2025-09-02',
  // 2026 (Tết announced; rest estimated)
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
  '2026-04-26',
  '2026-04-27',
  '2026-04-30',
  '2026-05-01',
  '2026-09-01',
  '2026-09-02',
  // 2027 (estimated)
  '2027-01-01',
  '2027-02-05',
  '2027-02-06',
  '2027-02-07',
  '2027-02-08',
  '2027-02-09',
  '2027-02-10',
  '2027-02-11',
  '2027-04-16',
  '2027-04-30',
  '2027-05-01',
  '2027-05-03',
  '2027-09-02',
  '2027-09-03',
];

/** Make-up working Saturdays. 2025-04-26 is official (swapped with Friday 2025-05-02). */
const VN_MAKE_UP_SATURDAYS_2025_2027: string[] = ['2025-04-26'];

/**
 * Hanoi's fast tracks from DOMAIN §5: Hoai Duc's "Green Friday" (business procedures in 60
 * minutes on Fridays) and Me Linh's "Green Tuesday" (named procedures within 60 minutes).
 */
const HANOI_FAST_TRACKS: WorkingCalendar['fastTracks'] = [
  {
    id: 'hoai-duc-green-friday',
    name: 'Thứ Sáu xanh — Hoài Đức',
    unitCodes: ['09886'],
    procedureCodes: ['1.001612'],
    weekdays: [5],
    duration: { value: 1, unit: 'HOURS' },
  },
  {
    id: 'me-linh-green-tuesday',
    name: 'Thứ Ba xanh — Mê Linh',
    unitCodes: ['09022'],
    procedureCodes: ['1.001193', '1.000656', '2.000815', '1.001612'],
    weekdays: [2],
    duration: { value: 1, unit: 'HOURS' },
  },
];

function calendar(
  tenant: string,
  officeHours: WorkingCalendar['officeHours'],
  fastTracks: WorkingCalendar['fastTracks'] = [],
): WorkingCalendar {
  return {
    tenant,
    officeHours,
    weekendDays: [6, 7],
    holidays: [...VN_HOLIDAYS_2025_2027],
    workingDays: [...VN_MAKE_UP_SATURDAYS_2025_2027],
    fastTracks,
  };
}

export const DEMO_CALENDARS: WorkingCalendar[] = [
  calendar(
    'hanoi',
    [
      { start: '08:00', end: '12:00' },
      { start: '13:00', end: '17:00' },
    ],
    HANOI_FAST_TRACKS,
  ),
  calendar('hcmc', [
    { start: '07:30', end: '11:30' },
    { start: '13:00', end: '17:00' },
  ]),
  calendar('quang-ninh', [
    { start: '07:30', end: '11:30' },
    { start: '13:30', end: '17:00' },
  ]),
];
