import { Injectable } from '@nestjs/common';
import type { RpcParsedRequest, RpcResponse } from '@motcua/contracts';
import { RpcHandler, type RpcCallContext } from '@motcua/platform';
import { QueuesService } from './queues.service';

@Injectable()
export class QueuesHandler {
  constructor(private readonly queues: QueuesService) {}

  @RpcHandler('routing.queue.mine.v1')
  mine(
    request: RpcParsedRequest<'routing.queue.mine.v1'>,
    ctx: RpcCallContext,
  ): Promise<RpcResponse<'routing.queue.mine.v1'>> {
    return this.queues.mine(ctx.tenant!, request, ctx.actor);
  }

  @RpcHandler('routing.queue.agency.v1')
  agency(
    request: RpcParsedRequest<'routing.queue.agency.v1'>,
    ctx: RpcCallContext,
  ): Promise<RpcResponse<'routing.queue.agency.v1'>> {
    return this.queues.agency(ctx.tenant!, request, ctx.actor);
  }
}
