import { Injectable } from '@nestjs/common';
import type { RpcParsedRequest, RpcResponse } from '@motcua/contracts';
import { RpcHandler, type RpcCallContext } from '@motcua/platform';
import { RosterService } from './roster.service';

@Injectable()
export class RosterHandler {
  constructor(private readonly roster: RosterService) {}

  @RpcHandler('routing.handler.save.v1')
  save(
    request: RpcParsedRequest<'routing.handler.save.v1'>,
    ctx: RpcCallContext,
  ): Promise<RpcResponse<'routing.handler.save.v1'>> {
    return this.roster.save(ctx.tenant!, request, ctx.actor);
  }

  @RpcHandler('routing.handler.absence.record.v1')
  recordAbsence(
    request: RpcParsedRequest<'routing.handler.absence.record.v1'>,
    ctx: RpcCallContext,
  ): Promise<RpcResponse<'routing.handler.absence.record.v1'>> {
    return this.roster.recordAbsence(ctx.tenant!, request, ctx.actor);
  }

  @RpcHandler('routing.handler.list.v1')
  list(
    request: RpcParsedRequest<'routing.handler.list.v1'>,
    ctx: RpcCallContext,
  ): Promise<RpcResponse<'routing.handler.list.v1'>> {
    return this.roster.list(ctx.tenant!, request, ctx.actor);
  }
}
