import { Injectable } from '@nestjs/common';
import type { RpcParsedRequest, RpcResponse } from '@motcua/contracts';
import { RpcHandler, type RpcCallContext } from '@motcua/platform';
import { DossierFormsService } from './dossier-forms.service';

@Injectable()
export class DossierFormsHandler {
  constructor(private readonly forms: DossierFormsService) {}

  @RpcHandler('reception.dossier.form.v1')
  form(
    request: RpcParsedRequest<'reception.dossier.form.v1'>,
    ctx: RpcCallContext,
  ): Promise<RpcResponse<'reception.dossier.form.v1'>> {
    return this.forms.render(ctx.tenant!, request.code, request.kind, ctx.actor, request.purpose);
  }
}
