import { Injectable } from '@nestjs/common';
import type { Duration, WorkingCalendar } from '@motcua/contracts';
import { WorkingTimeCalculator, addDuration, applicableFastTrack } from '@motcua/calendar';
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
    let calculator = this.calculators.get(calendar);
    if (!calculator) {
      calculator = new WorkingTimeCalculator(calendar);
      this.calculators.set(calendar, calculator);
    }
    const fastTrack = applicableFastTrack(calendar.fastTracks, query);
    return {
      dueAt: addDuration(calculator, query.receivedAt, fastTrack?.duration ?? query.duration),
      fastTrackId: fastTrack?.id ?? null,
    };
  }
}
