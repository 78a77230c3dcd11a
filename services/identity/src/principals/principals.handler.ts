import { Injectable } from '@nestjs/common';
import type { RpcParsedRequest, RpcResponse } from '@motcua/contracts';
import { RpcHandler, type RpcCallContext } from '@motcua/platform';
import { PrincipalsService } from './principals.service';

@Injectable()
export class PrincipalsHandler {
  constructor(private readonly principals: PrincipalsService) {}

  /** The caller behind an access token; UNAUTHENTICATED for a bad token, FORBIDDEN for unknown staff. */
  @RpcHandler('identity.principal.resolve.v1')
  resolve(
    request: RpcParsedRequest<'identity.principal.resolve.v1'>,
    ctx: RpcCallContext,
  ): Promise<RpcResponse<'identity.principal.resolve.v1'>> {
    return this.principals.resolve(request.token, ctx.tenant);
  }
}
