/**
 * Calendar-date and wall-clock helpers on plain strings (`YYYY-MM-DD`, `HH:MM`). They know
 * nothing about time zones: UTC arithmetic is used only as a proleptic Gregorian calendar.
 */

const DAY_MS = 86_400_000;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_RE = /^(\d{2}):(\d{2})$/;

/** Midnight of `date` as if it were UTC; throws RangeError for a malformed or impossible date. */
export function localDateToUtcMs(date: string): number {
  const m = DATE_RE.exec(date);
  if (!m) throw new RangeError(`Invalid date "${date}", expected YYYY-MM-DD`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  // Date.UTC rolls 2026-02-30 over to March: a round trip catches impossible dates.
  if (utcMsToLocalDate(ms) !== date) throw new RangeError(`Invalid date "${date}"`);
  return ms;
}

export function utcMsToLocalDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Minutes after midnight for `HH:MM` (00:00–23:59). */
export function parseHhmm(hhmm: string): number {
  const m = TIME_RE.exec(hhmm);
  const h = m ? Number(m[1]) : NaN;
  const min = m ? Number(m[2]) : NaN;
  if (!(h <= 23 && min <= 59)) throw new RangeError(`Invalid time "${hhmm}", expected HH:MM`);
  return h * 60 + min;
}

export function addCalendarDays(date: string, days: number): string {
  return utcMsToLocalDate(localDateToUtcMs(date) + days * DAY_MS);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  return new Date(localDateToUtcMs(date)).getUTCDay() || 7;
}
