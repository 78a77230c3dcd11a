import { Injectable } from '@nestjs/common';
import type { Duration, WorkingCalendar } from '@motcua/contracts';
import {
  WorkingTimeCalculator,
  addDuration,
  applicableFastTrack,
  dueAtWithPauses,
  type ClockPause,
} from '@motcua/calendar';
import { CatalogClient } from '@motcua/platform';

export interface DeadlineQuery {
  receivedAt: Date;
  /** The procedure's processing time. */
  duration: Duration;
  procedureCode: string;
  /** The receiving unit, for fast tracks of that unit. */
  unitCode: string;
}

export interface Deadline {
  dueAt: Date;
  /** The processing time that applied (the fast track's when one did). */
  duration: Duration;
  /** The fast track that shortened the processing time, if any. */
  fastTrackId: string | null;
}

/** Due dates in the tenant's working time (calendar cached by the catalog client), fast tracks applied. */
@Injectable()
export class DeadlineService {
  private readonly calculators = new WeakMap<WorkingCalendar, WorkingTimeCalculator>();

  constructor(private readonly catalog: CatalogClient) {}

  async deadline(tenant: string, query: DeadlineQuery): Promise<Deadline> {
    const calendar = await this.catalog.getCalendar(tenant);
    const calculator = this.calculatorOf(calendar);
    const fastTrack = applicableFastTrack(calendar.fastTracks, query);
    const duration = fastTrack?.duration ?? query.duration;
    return {
      dueAt: addDuration(calculator, query.receivedAt, duration),
      duration,
      fastTrackId: fastTrack?.id ?? null,
    };
  }

  /**
   * The due date once the clock runs again after closed pauses (DOMAIN §5). Without a stored
   * duration, or once an apology fixed the date by hand, the current due date is pushed later by
   * the working time of the last pause instead.
   */
  async resumedDueAt(
    tenant: string,
    clock: { receivedAt: Date; duration: Duration | null; dueAt: Date; apologized: boolean },
    pauses: readonly ClockPause[],
  ): Promise<Date> {
    const calculator = this.calculatorOf(await this.catalog.getCalendar(tenant));
    if (clock.duration && !clock.apologized) {
      const due = dueAtWithPauses(calculator, {
        start: clock.receivedAt,
        duration: clock.duration,
        pauses,
      });
      if (due) return due;
    }
    const last = pauses.at(-1);
    if (!last?.to) return clock.dueAt;
    return calculator.addWorkingMinutes(
      clock.dueAt,
      calculator.workingMinutesBetween(last.from, last.to),
    );
  }

  private calculatorOf(calendar: WorkingCalendar): WorkingTimeCalculator {
    let calculator = this.calculators.get(calendar);
    if (!calculator) {
      calculator = new WorkingTimeCalculator(calendar);
      this.calculators.set(calendar, calculator);
    }
    return calculator;
  }
}
