import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { DomainError, ErrorCode, type RpcResponse } from '@motcua/contracts';
import { RpcHandler, type RpcCallContext } from '@motcua/platform';
import { WorkingCalendarEntity, toCalendar } from './working-calendar.entity';

@Injectable()
export class CalendarsHandler {
  constructor(
    @InjectRepository(WorkingCalendarEntity)
    private readonly calendars: Repository<WorkingCalendarEntity>,
  ) {}

  @RpcHandler('catalog.calendar.get.v1')
  async get(
    _request: unknown,
    ctx: RpcCallContext,
  ): Promise<RpcResponse<'catalog.calendar.get.v1'>> {
    const row = await this.calendars.findOneBy({ tenantId: ctx.tenant });
    if (!row)
      throw new DomainError(ErrorCode.NotFound, `tenant ${ctx.tenant} has no working calendar`);
    return toCalendar(row);
  }
}
