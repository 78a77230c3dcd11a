import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { DomainError, ErrorCode, type RpcResponse } from '@motcua/contracts';
import { buildHolidayCalendar, toVietnamDate } from '@motcua/calendar';
import { Clock, RpcHandler, type RpcCallContext } from '@motcua/platform';
import { WorkingCalendarEntity, toCalendar } from './working-calendar.entity';

/** Years a calendar answers for: from the first stored year to two years ahead. */
const YEARS_AHEAD = 2;

@Injectable()
export class CalendarsHandler {
  constructor(
    @InjectRepository(WorkingCalendarEntity)
    private readonly calendars: Repository<WorkingCalendarEntity>,
    private readonly clock: Clock,
  ) {}

  /**
   * The tenant's office hours and days off. Stored years (the Prime Minister's published decisions,
   * with the tenant's own changes) are given as stored; years not stored yet are generated from
   * the Labour Code's rules and the lunar calendar, so deadlines never run off the calendar.
   */
  @RpcHandler('catalog.calendar.get.v1')
  async get(
    _request: unknown,
    ctx: RpcCallContext,
  ): Promise<RpcResponse<'catalog.calendar.get.v1'>> {
    const row = await this.calendars.findOneBy({ tenantId: ctx.tenant });
    if (!row)
      throw new DomainError(ErrorCode.NotFound, `tenant ${ctx.tenant} has no working calendar`);
    const stored = toCalendar(row);
    const published: Record<number, { holidays: string[]; workingDays: string[] }> = {};
    for (const day of stored.holidays)
      (published[Number(day.slice(0, 4))] ??= { holidays: [], workingDays: [] }).holidays.push(day);
    for (const day of stored.workingDays)
      (published[Number(day.slice(0, 4))] ??= { holidays: [], workingDays: [] }).workingDays.push(
        day,
      );
    const thisYear = Number(toVietnamDate(this.clock.now()).slice(0, 4));
    const first = Math.min(thisYear, ...Object.keys(published).map(Number));
    const years = Array.from({ length: thisYear + YEARS_AHEAD - first + 1 }, (_, i) => first + i);
    const { holidays, workingDays } = buildHolidayCalendar({ years, published });
    return { ...stored, holidays, workingDays };
  }
}
