import { Injectable } from '@nestjs/common';
import type { RpcParsedRequest, RpcResponse } from '@motcua/contracts';
import { RpcHandler, type RpcCallContext } from '@motcua/platform';
import { DecisionsService } from './decisions.service';

@Injectable()
export class DecisionsHandler {
  constructor(private readonly decisions: DecisionsService) {}

  @RpcHandler('routing.decision.get.v1')
  get(
    request: RpcParsedRequest<'routing.decision.get.v1'>,
    ctx: RpcCallContext,
  ): Promise<RpcResponse<'routing.decision.get.v1'>> {
    return this.decisions.get(ctx.tenant!, request, ctx.actor);
  }
}
