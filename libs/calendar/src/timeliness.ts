import { toVietnamDate } from './vietnam-time';

/**
 * The timeliness buckets every report uses (DOMAIN §5): finished early / on time / late; in
 * progress within time / overdue; paused.
 */
export type Timeliness = 'EARLY' | 'ON_TIME' | 'LATE' | 'WITHIN_TIME' | 'OVERDUE' | 'PAUSED';

export interface TimelinessInput {
  /** The current due date; null while the clock is stopped (see dueAtWithPauses). */
  dueAt: Date | null;
  /**
   * The due date before an apology/extension moved it: a dossier whose due date was extended
   * still counts as late, so when given this is the date judged against.
   */
  originalDueAt?: Date | null;
  /** When the result was finished; absent or null while in progress. */
  finishedAt?: Date | null;
  now: Date;
  /** The clock is paused (awaiting a supplement); only matters while in progress. */
  paused?: boolean;
}

/**
 * The bucket of one dossier. Finished: EARLY on a Vietnam day before the due date's day, ON_TIME
 * on the due day at or before the due time, LATE after it (finished while the clock was stopped
 * cannot be late: ON_TIME). In progress: PAUSED when paused or without a due date, OVERDUE after
 * the due time, else WITHIN_TIME.
 */
export function timeliness(input: TimelinessInput): Timeliness {
  const { finishedAt, now } = input;
  const judgedDueAt = input.originalDueAt ?? input.dueAt;
  for (const instant of [input.dueAt, input.originalDueAt, finishedAt, now]) {
    if (instant && Number.isNaN(instant.getTime())) throw new RangeError('Invalid Date');
  }
  if (finishedAt) {
    if (!judgedDueAt) return 'ON_TIME';
    if (finishedAt > judgedDueAt) return 'LATE';
    return toVietnamDate(finishedAt) < toVietnamDate(judgedDueAt) ? 'EARLY' : 'ON_TIME';
  }
  if (input.paused || !input.dueAt || !judgedDueAt) return 'PAUSED';
  return now > judgedDueAt ? 'OVERDUE' : 'WITHIN_TIME';
}
