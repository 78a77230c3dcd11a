import { Injectable } from '@nestjs/common';
import type { RpcParsedRequest, RpcResponse } from '@motcua/contracts';
import { RpcHandler, type RpcCallContext } from '@motcua/platform';
import { HeldDossiersService } from './held-dossiers.service';

@Injectable()
export class HeldDossiersHandler {
  constructor(private readonly held: HeldDossiersService) {}

  @RpcHandler('routing.held.list.v1')
  list(
    request: RpcParsedRequest<'routing.held.list.v1'>,
    ctx: RpcCallContext,
  ): Promise<RpcResponse<'routing.held.list.v1'>> {
    return this.held.list(ctx.tenant!, request, ctx.actor);
  }

  @RpcHandler('routing.dossier.route.v1')
  route(
    request: RpcParsedRequest<'routing.dossier.route.v1'>,
    ctx: RpcCallContext,
  ): Promise<RpcResponse<'routing.dossier.route.v1'>> {
    const { agencyCode, reason, dossierCode, dossierId } = request;
    return this.held.route(
      ctx.tenant!,
      { dossier: { dossierCode, dossierId }, agencyCode, reason },
      ctx.actor,
    );
  }
}
