import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, type Repository } from 'typeorm';
import {
  DomainError,
  ErrorCode,
  type RpcParsedRequest,
  type RpcResponse,
  type WorkingCalendar,
} from '@motcua/contracts';
import { WorkingTimeCalculator, buildHolidayCalendar, toVietnamDate } from '@motcua/calendar';
import { Clock, OutboxWriter, RpcHandler, type RpcCallContext } from '@motcua/platform';
import { requireTenantAdmin } from '../access/require-tenant-admin';
import { WorkingCalendarEntity, toCalendar } from './working-calendar.entity';

/** Years a calendar answers for: from the first stored year to two years ahead. */
const YEARS_AHEAD = 2;

@Injectable()
export class CalendarsHandler {
  constructor(
    @InjectRepository(WorkingCalendarEntity)
    private readonly calendars: Repository<WorkingCalendarEntity>,
    private readonly clock: Clock,
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
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
    return this.withGeneratedYears(toCalendar(row));
  }

  /** Tenant administrators replace office hours, weekend days, fast tracks or whole years of days off. */
  @RpcHandler('catalog.calendar.update.v1')
  async update(
    request: RpcParsedRequest<'catalog.calendar.update.v1'>,
    ctx: RpcCallContext,
  ): Promise<RpcResponse<'catalog.calendar.update.v1'>> {
    requireTenantAdmin(ctx);
    const tenant = ctx.tenant!;
    for (const { year, holidays, workingDays } of request.years ?? []) {
      const stray = [...holidays, ...workingDays].find((d) => !d.startsWith(`${year}-`));
      if (stray) {
        throw new DomainError(ErrorCode.ValidationFailed, `${stray} is not in ${year}`, [
          { path: 'years', message: `${stray} is not in ${year}` },
        ]);
      }
    }
    const saved = await this.dataSource.transaction(async (manager) => {
      const row = await manager.findOne(WorkingCalendarEntity, {
        where: { tenantId: tenant },
        lock: { mode: 'pessimistic_write' },
      });
      if (!row && !request.officeHours) {
        throw new DomainError(ErrorCode.ValidationFailed, 'a new calendar needs officeHours', [
          { path: 'officeHours', message: 'required for a new calendar' },
        ]);
      }
      const next =
        row ??
        manager.create(WorkingCalendarEntity, {
          tenantId: tenant,
          weekendDays: [6, 7],
          holidays: [],
          workingDays: [],
          fastTracks: [],
        });
      if (request.officeHours) next.officeHours = request.officeHours;
      if (request.weekendDays) next.weekendDays = request.weekendDays;
      if (request.fastTracks) next.fastTracks = request.fastTracks;
      for (const { year, holidays, workingDays } of request.years ?? []) {
        const otherYears = (days: string[]) => days.filter((d) => !d.startsWith(`${year}-`));
        next.holidays = [...otherYears(next.holidays), ...holidays].sort();
        next.workingDays = [...otherYears(next.workingDays), ...workingDays].sort();
      }
      // The whole calendar must still make sense (ordered periods, no day both off and working).
      try {
        new WorkingTimeCalculator(toCalendar(next));
      } catch (err) {
        throw new DomainError(ErrorCode.ValidationFailed, `calendar: ${(err as Error).message}`);
      }
      const stored = await manager.save(WorkingCalendarEntity, next);
      await this.outbox.append(
        manager,
        'catalog.changed.v1',
        { entity: 'calendar', keys: [] },
        { tenant },
      );
      return stored;
    });
    return this.withGeneratedYears(toCalendar(saved));
  }

  private withGeneratedYears(stored: WorkingCalendar): WorkingCalendar {
    const published: Record<number, { holidays: string[]; workingDays: string[] }> = {};
    const yearOf = (day: string) =>
      (published[Number(day.slice(0, 4))] ??= { holidays: [], workingDays: [] });
    for (const day of stored.holidays) yearOf(day).holidays.push(day);
    for (const day of stored.workingDays) yearOf(day).workingDays.push(day);
    const thisYear = Number(toVietnamDate(this.clock.now()).slice(0, 4));
    const first = Math.min(thisYear, ...Object.keys(published).map(Number));
    const years = Array.from({ length: thisYear + YEARS_AHEAD - first + 1 }, (_, i) => first + i);
    const { holidays, workingDays } = buildHolidayCalendar({ years, published });
    return { ...stored, holidays, workingDays };
  }
}
