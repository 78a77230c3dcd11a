import { VIETNAM_UTC_OFFSET_MINUTES } from '@motcua/calendar';

const pad = (n: number) => String(n).padStart(2, '0');

/** `yyyyMMddHHmmss` in Vietnam time (UTC+7 all year), as the national portal takes dates. */
export function formatPortalDateTime(iso: string): string {
  const ms = new Date(iso).getTime();
  if (Number.isNaN(ms)) throw new RangeError(`invalid date ${iso}`);
  const t = new Date(ms + VIETNAM_UTC_OFFSET_MINUTES * 60_000);
  return `${t.getUTCFullYear()}${pad(t.getUTCMonth() + 1)}${pad(t.getUTCDate())}${pad(t.getUTCHours())}${pad(t.getUTCMinutes())}${pad(t.getUTCSeconds())}`;
}
