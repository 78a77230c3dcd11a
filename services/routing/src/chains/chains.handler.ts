import { Injectable } from '@nestjs/common';
import type { RpcParsedRequest, RpcResponse } from '@motcua/contracts';
import { RpcHandler, type RpcCallContext } from '@motcua/platform';
import { ChainsService } from './chains.service';

@Injectable()
export class ChainsHandler {
  constructor(private readonly chains: ChainsService) {}

  @RpcHandler('routing.chain.get.v1')
  get(
    request: RpcParsedRequest<'routing.chain.get.v1'>,
    ctx: RpcCallContext,
  ): Promise<RpcResponse<'routing.chain.get.v1'>> {
    return this.chains.get(ctx.tenant!, request, ctx.actor);
  }

  @RpcHandler('routing.chain.advance.v1')
  advance(
    request: RpcParsedRequest<'routing.chain.advance.v1'>,
    ctx: RpcCallContext,
  ): Promise<RpcResponse<'routing.chain.advance.v1'>> {
    return this.chains.advance(ctx.tenant!, request, ctx.actor);
  }
}
