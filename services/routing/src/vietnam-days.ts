import { toVietnamDate, vietnamWallTime } from '@motcua/calendar';

const DAY_MS = 86_400_000;

/** The Vietnam day `now` falls on, as a date and as the instants it starts and ends. */
export interface VietnamDay {
  date: string;
  start: Date;
  end: Date;
  /** Start of the Vietnam year the day belongs to. */
  yearStart: Date;
}

export function vietnamDay(now: Date): VietnamDay {
  const date = toVietnamDate(now);
  const start = vietnamWallTime(date, '00:00');
  return {
    date,
    start,
    end: new Date(start.getTime() + DAY_MS),
    yearStart: vietnamWallTime(`${date.slice(0, 4)}-01-01`, '00:00'),
  };
}
