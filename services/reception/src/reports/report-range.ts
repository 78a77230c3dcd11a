import { DomainError, ErrorCode, type ReportDimension } from '@motcua/contracts';

/** Vietnam is UTC+7 all year (no daylight saving). */
const VIETNAM_OFFSET = '+07:00';
const DAY_MS = 86_400_000;
/** A report covers at most a year (a leap year's 366 days). */
export const MAX_REPORT_DAYS = 366;
/** Rows per Vietnam day: at most about two months of them. */
export const MAX_DAY_PERIODS = 62;

/** One row period of a report: its label and its instants [start, end). */
export interface ReportPeriod {
  label: string | null;
  start: Date;
  end: Date;
}

/** The report's days as instants, and its row periods in order. */
export interface ReportRange {
  from: string;
  to: string;
  start: Date;
  end: Date;
  days: number;
  periods: ReportPeriod[];
}

/** The instant a Vietnam day (`yyyy-MM-dd`) begins. */
export function vietnamMidnight(day: string): Date {
  return new Date(`${day}T00:00:00${VIETNAM_OFFSET}`);
}

function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
}

function invalid(message: string): DomainError {
  return new DomainError(ErrorCode.ValidationFailed, message);
}

/**
 * Checks a report's range (days included at both ends, Vietnam time) and cuts it into the row
 * periods `groupBy` asks for: one period without MONTH or DAY.
 */
export function reportRange(
  from: string,
  to: string,
  groupBy: readonly ReportDimension[] = [],
): ReportRange {
  if (from > to) throw invalid(`from (${from}) must not be after to (${to})`);
  const days = Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS) + 1;
  if (days > MAX_REPORT_DAYS)
    throw invalid(`a report covers at most ${MAX_REPORT_DAYS} days; ${from}..${to} has ${days}`);
  const byMonth = groupBy.includes('MONTH');
  const byDay = groupBy.includes('DAY');
  if (byMonth && byDay) throw invalid('group by MONTH or by DAY, not both');
  if (byDay && days > MAX_DAY_PERIODS)
    throw invalid(`rows per DAY cover at most ${MAX_DAY_PERIODS} days; use MONTH`);
  const start = vietnamMidnight(from);
  const end = vietnamMidnight(addDays(to, 1));
  const periods: ReportPeriod[] = [];
  if (byDay) {
    for (let day = from; day <= to; day = addDays(day, 1))
      periods.push({
        label: day,
        start: vietnamMidnight(day),
        end: vietnamMidnight(addDays(day, 1)),
      });
  } else if (byMonth) {
    for (let day = from; day <= to;) {
      const month = day.slice(0, 7);
      const next = nextMonth(month);
      const last = next <= to ? addDays(next, -1) : to;
      periods.push({
        label: month,
        start: vietnamMidnight(day),
        end: vietnamMidnight(addDays(last, 1)),
      });
      day = next;
    }
  } else {
    periods.push({ label: null, start, end });
  }
  return { from, to, start, end, days, periods };
}

/** The first day of the month after `yyyy-MM`. */
function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
}
