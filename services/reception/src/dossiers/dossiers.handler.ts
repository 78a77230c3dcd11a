import { Injectable } from '@nestjs/common';
import type { RpcParsedRequest, RpcResponse } from '@motcua/contracts';
import { RpcHandler, type RpcCallContext } from '@motcua/platform';
import { DossiersService } from './dossiers.service';
import { MyDossiersService } from './my-dossiers.service';

@Injectable()
export class DossiersHandler {
  constructor(
    private readonly dossiers: DossiersService,
    private readonly mine: MyDossiersService,
  ) {}

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
    return this.dossiers.get(ctx.tenant!, request.code, ctx.actor, request.purpose);
  }

  @RpcHandler('reception.dossier.mine.v1')
  myDossiers(
    request: RpcParsedRequest<'reception.dossier.mine.v1'>,
    ctx: RpcCallContext,
  ): Promise<RpcResponse<'reception.dossier.mine.v1'>> {
    return this.mine.list(ctx.tenant!, request, ctx.actor);
  }

  @RpcHandler('reception.dossier.track.v1')
  track(
    request: RpcParsedRequest<'reception.dossier.track.v1'>,
    ctx: RpcCallContext,
  ): Promise<RpcResponse<'reception.dossier.track.v1'>> {
    return this.dossiers.track(ctx.tenant!, request.code, request.phone);
  }
}
