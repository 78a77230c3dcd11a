import { Injectable } from '@nestjs/common';
import type { RpcParsedRequest, RpcResponse } from '@motcua/contracts';
import { RpcHandler, type RpcCallContext } from '@motcua/platform';
import { ApiClientsService } from './api-clients.service';

/** API client administration; the service checks who asks (tenant administrators). */
@Injectable()
export class ApiClientsHandler {
  constructor(private readonly clients: ApiClientsService) {}

  @RpcHandler('identity.client.list.v1')
  async list(
    _request: RpcParsedRequest<'identity.client.list.v1'>,
    ctx: RpcCallContext,
  ): Promise<RpcResponse<'identity.client.list.v1'>> {
    return { clients: await this.clients.list(ctx) };
  }

  @RpcHandler('identity.client.register.v1')
  register(
    request: RpcParsedRequest<'identity.client.register.v1'>,
    ctx: RpcCallContext,
  ): Promise<RpcResponse<'identity.client.register.v1'>> {
    return this.clients.register(ctx, request);
  }

  @RpcHandler('identity.client.rotate-secret.v1')
  rotateSecret(
    request: RpcParsedRequest<'identity.client.rotate-secret.v1'>,
    ctx: RpcCallContext,
  ): Promise<RpcResponse<'identity.client.rotate-secret.v1'>> {
    return this.clients.rotateSecret(ctx, request);
  }

  @RpcHandler('identity.client.revoke.v1')
  revoke(
    request: RpcParsedRequest<'identity.client.revoke.v1'>,
    ctx: RpcCallContext,
  ): Promise<RpcResponse<'identity.client.revoke.v1'>> {
    return this.clients.revoke(ctx, request);
  }
}
