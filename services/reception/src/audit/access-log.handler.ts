import { Injectable } from '@nestjs/common';
import type { RpcParsedRequest, RpcResponse } from '@motcua/contracts';
import { RpcHandler, type RpcCallContext } from '@motcua/platform';
import { AccessLogService } from './access-log.service';

@Injectable()
export class AccessLogHandler {
  constructor(private readonly log: AccessLogService) {}

  @RpcHandler('reception.access-log.list.v1')
  list(
    request: RpcParsedRequest<'reception.access-log.list.v1'>,
    ctx: RpcCallContext,
  ): Promise<RpcResponse<'reception.access-log.list.v1'>> {
    return this.log.list(ctx.tenant!, request, ctx.actor);
  }
}
