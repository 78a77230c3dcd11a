/** Vietnam is UTC+7 all year (no DST), so a fixed offset is exact. */
const VIETNAM_OFFSET_MS = 7 * 60 * 60_000;

/** Wall-clock fields of an instant in Vietnam time. */
export interface VietnamDateParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

export function vietnamDateParts(instant: Date): VietnamDateParts {
  const ms = instant.getTime();
  if (Number.isNaN(ms)) throw new RangeError('Invalid Date');
  const local = new Date(ms + VIETNAM_OFFSET_MS);
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
  };
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** "ngày 09 tháng 01 năm 2026" (Vietnam date of the instant). */
export function formatVietnamDate(instant: Date): string {
  const p = vietnamDateParts(instant);
  return `ngày ${pad2(p.day)} tháng ${pad2(p.month)} năm ${p.year}`;
}

/** "10 giờ 00 phút, ngày 09 tháng 01 năm 2026" (Vietnam wall time of the instant). */
export function formatVietnamDateTime(instant: Date): string {
  const p = vietnamDateParts(instant);
  return `${pad2(p.hour)} giờ ${pad2(p.minute)} phút, ${formatVietnamDate(instant)}`;
}

/** "10:00 09/01/2026", for narrow table cells. */
export function formatVietnamShortDateTime(instant: Date): string {
  const p = vietnamDateParts(instant);
  return `${pad2(p.hour)}:${pad2(p.minute)} ${pad2(p.day)}/${pad2(p.month)}/${p.year}`;
}
