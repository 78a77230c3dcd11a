import { Injectable } from '@nestjs/common';
import type { RpcParsedRequest, RpcResponse } from '@motcua/contracts';
import { RpcHandler, type RpcCallContext } from '@motcua/platform';
import { AttachmentsService } from './attachments.service';

@Injectable()
export class AttachmentsHandler {
  constructor(private readonly attachments: AttachmentsService) {}

  @RpcHandler('reception.attachment.request.v1')
  request(
    request: RpcParsedRequest<'reception.attachment.request.v1'>,
    ctx: RpcCallContext,
  ): Promise<RpcResponse<'reception.attachment.request.v1'>> {
    return this.attachments.request(ctx.tenant!, request, ctx.actor);
  }

  @RpcHandler('reception.attachment.complete.v1')
  complete(
    request: RpcParsedRequest<'reception.attachment.complete.v1'>,
    ctx: RpcCallContext,
  ): Promise<RpcResponse<'reception.attachment.complete.v1'>> {
    return this.attachments.complete(ctx.tenant!, request);
  }

  @RpcHandler('reception.attachment.get.v1')
  get(
    request: RpcParsedRequest<'reception.attachment.get.v1'>,
    ctx: RpcCallContext,
  ): Promise<RpcResponse<'reception.attachment.get.v1'>> {
    return this.attachments.get(ctx.tenant!, request.attachmentId, ctx.actor, request.purpose);
  }
}
