import { VIETNAM_UTC_OFFSET_MINUTES } from '@motcua/calendar';

const pad = (n: number) => String(n).padStart(2, '0');

/** `dd/MM/yyyy HH:mm` in Vietnam time (UTC+7 all year), as printed on receipt slips. */
export function formatVietnamDateTime(instant: Date): string {
  const ms = instant.getTime();
  if (Number.isNaN(ms)) throw new RangeError('Invalid Date');
  const local = new Date(ms + VIETNAM_UTC_OFFSET_MINUTES * 60_000);
  return `${pad(local.getUTCDate())}/${pad(local.getUTCMonth() + 1)}/${local.getUTCFullYear()} ${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`;
}
