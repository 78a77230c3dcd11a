import { localDateToUtcMs, parseHhmm, utcMsToLocalDate } from './local-date';

/** Vietnam is UTC+7 all year (no DST), so a fixed offset is exact. */
export const VIETNAM_UTC_OFFSET_MINUTES = 420;
const OFFSET_MS = VIETNAM_UTC_OFFSET_MINUTES * 60_000;

/** The Vietnam calendar date (`YYYY-MM-DD`) of an instant. */
export function toVietnamDate(instant: Date): string {
  const ms = instant.getTime();
  if (Number.isNaN(ms)) throw new RangeError('Invalid Date');
  return utcMsToLocalDate(ms + OFFSET_MS);
}

/** The instant at which Vietnam wall clocks show `hhmm` on `date`. */
export function vietnamWallTime(date: string, hhmm: string): Date {
  return new Date(localDateToUtcMs(date) + parseHhmm(hhmm) * 60_000 - OFFSET_MS);
}
