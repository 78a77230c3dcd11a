import { addDuration, Duration } from './duration';
import { WorkingTimeCalculator } from './working-time-calculator';

/** A stretch during which the processing clock stood still; `to` is null while it still does. */
export interface ClockPause {
  /** When the supplement request (or other stop) was issued. */
  from: Date;
  /** When the supplement was received and the clock resumed; null while still paused. */
  to: Date | null;
}

/** A processing clock: received at `start`, counting `duration`, stopped during `pauses`. */
export interface PausedClock {
  start: Date;
  duration: Duration;
  /** In chronological order, non-overlapping, none before `start`; only the last may be open. */
  pauses: readonly ClockPause[];
}

/**
 * Due date of a clock that was paused (DOMAIN §5: a supplement request pauses the clock, receipt
 * of the supplement resumes it): the plain due date pushed later by the office time spent
 * paused. Returns null while a pause is open (the clock is stopped, there is no due date).
 *
 * A pause that begins after the running due date is ignored: the clock had already run out and
 * a late supplement request does not make an overdue dossier timely again.
 */
export function dueAtWithPauses(
  calculator: WorkingTimeCalculator,
  clock: PausedClock,
): Date | null {
  assertValidPauses(clock.start, clock.pauses);
  let due = addDuration(calculator, clock.start, clock.duration);
  for (const { from, to } of clock.pauses) {
    if (from > due) break;
    if (to === null) return null;
    due = calculator.addWorkingMinutes(due, calculator.workingMinutesBetween(from, to));
  }
  return due;
}

function assertValidPauses(start: Date, pauses: readonly ClockPause[]): void {
  let previousEnd = start;
  pauses.forEach(({ from, to }, i) => {
    if (Number.isNaN(from.getTime()) || (to !== null && Number.isNaN(to.getTime()))) {
      throw new RangeError(`pause ${i}: invalid Date`);
    }
    if (from < previousEnd) {
      throw new RangeError(
        i === 0
          ? `pause 0 begins before the clock starts`
          : `pause ${i} is out of order or overlaps pause ${i - 1}`,
      );
    }
    if (to === null) {
      if (i !== pauses.length - 1) throw new RangeError(`pause ${i} is open but is not the last`);
      return;
    }
    if (to < from) throw new RangeError(`pause ${i} ends before it begins`);
    previousEnd = to;
  });
}
