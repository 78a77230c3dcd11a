import { Injectable } from '@nestjs/common';
import type { RpcParsedRequest, RpcResponse } from '@motcua/contracts';
import { RpcHandler, type RpcCallContext } from '@motcua/platform';
import { DossierLifecycleService } from './dossier-lifecycle.service';

@Injectable()
export class DossierLifecycleHandler {
  constructor(private readonly lifecycle: DossierLifecycleService) {}

  @RpcHandler('reception.dossier.transition.v1')
  transition(
    request: RpcParsedRequest<'reception.dossier.transition.v1'>,
    ctx: RpcCallContext,
  ): Promise<RpcResponse<'reception.dossier.transition.v1'>> {
    return this.lifecycle.transition(ctx.tenant!, request.code, request.command, ctx.actor);
  }

  @RpcHandler('reception.dossier.rate.v1')
  rate(
    request: RpcParsedRequest<'reception.dossier.rate.v1'>,
    ctx: RpcCallContext,
  ): Promise<RpcResponse<'reception.dossier.rate.v1'>> {
    return this.lifecycle.rate(ctx.tenant!, request.code, request.phone, request.rating);
  }
}
