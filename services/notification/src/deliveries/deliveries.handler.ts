import { Injectable } from '@nestjs/common';
import type { RpcParsedRequest, RpcResponse } from '@motcua/contracts';
import { RpcHandler, type RpcCallContext } from '@motcua/platform';
import { DeliveriesService } from './deliveries.service';

/** Delivery oversight: the attempt log, and replays of dead letters. */
@Injectable()
export class DeliveriesHandler {
  constructor(private readonly deliveries: DeliveriesService) {}

  @RpcHandler('notification.delivery.list.v1')
  list(
    request: RpcParsedRequest<'notification.delivery.list.v1'>,
    ctx: RpcCallContext,
  ): Promise<RpcResponse<'notification.delivery.list.v1'>> {
    return this.deliveries.list(ctx.tenant!, request, ctx.actor);
  }

  @RpcHandler('notification.delivery.replay.v1')
  replay(
    request: RpcParsedRequest<'notification.delivery.replay.v1'>,
    ctx: RpcCallContext,
  ): Promise<RpcResponse<'notification.delivery.replay.v1'>> {
    return this.deliveries.replay(ctx.tenant!, request.id, ctx.actor);
  }

  @RpcHandler('notification.delivery.replay-dead.v1')
  async replayDead(
    request: RpcParsedRequest<'notification.delivery.replay-dead.v1'>,
    ctx: RpcCallContext,
  ): Promise<RpcResponse<'notification.delivery.replay-dead.v1'>> {
    return { replayed: await this.deliveries.replayAll(ctx.tenant!, request, ctx.actor) };
  }
}
