import { Injectable } from '@nestjs/common';
import type { WorkingCalendar } from '@motcua/contracts';
import { WorkingTimeCalculator } from '@motcua/calendar';
import { CatalogClient } from '@motcua/platform';

/** Due dates in working time, from each tenant's calendar (cached by the catalog client). */
@Injectable()
export class DeadlineService {
  private readonly calculators = new WeakMap<WorkingCalendar, WorkingTimeCalculator>();

  constructor(private readonly catalog: CatalogClient) {}

  async dueAt(tenant: string, receivedAt: Date, durationDays: number): Promise<Date> {
    const calendar = await this.catalog.getCalendar(tenant);
    let calculator = this.calculators.get(calendar);
    if (!calculator) {
      calculator = new WorkingTimeCalculator(calendar);
      this.calculators.set(calendar, calculator);
    }
    return calculator.addWorkingDays(receivedAt, durationDays);
  }
}
