import { Injectable } from '@nestjs/common';
import type { RpcParsedRequest, RpcResponse } from '@motcua/contracts';
import { RpcHandler, type RpcCallContext } from '@motcua/platform';
import { DossiersService } from './dossiers.service';

@Injectable()
export class DossiersHandler {
  constructor(private readonly dossiers: DossiersService) {}

  @RpcHandler('reception.dossier.submit.v1')
  submit(
    request: RpcParsedRequest<'reception.dossier.submit.v1'>,
    ctx: RpcCallContext,
  ): Promise<RpcResponse<'reception.dossier.submit.v1'>> {
    return this.dossiers.submit(ctx.tenant!, request, ctx.actor);
  }

  @RpcHandler('reception.dossier.get.v1')
  get(
    request: RpcParsedRequest<'reception.dossier.get.v1'>,
    ctx: RpcCallContext,
  ): Promise<RpcResponse<'reception.dossier.get.v1'>> {
    return this.dossiers.get(ctx.tenant!, request.code);
  }

  @RpcHandler('reception.dossier.track.v1')
  track(
    request: RpcParsedRequest<'reception.dossier.track.v1'>,
    ctx: RpcCallContext,
  ): Promise<RpcResponse<'reception.dossier.track.v1'>> {
    return this.dossiers.track(ctx.tenant!, request.code, request.phone);
  }
}
