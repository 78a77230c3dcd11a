import { Injectable } from '@nestjs/common';
import type { RpcParsedRequest, RpcResponse } from '@motcua/contracts';
import { RpcHandler, type RpcCallContext } from '@motcua/platform';
import { NotificationTemplatesService } from './notification-templates.service';

@Injectable()
export class NotificationTemplatesHandler {
  constructor(private readonly templates: NotificationTemplatesService) {}

  @RpcHandler('notification.template.list.v1')
  async list(
    request: RpcParsedRequest<'notification.template.list.v1'>,
    ctx: RpcCallContext,
  ): Promise<RpcResponse<'notification.template.list.v1'>> {
    return { templates: await this.templates.list(ctx.tenant!, request, ctx.actor) };
  }

  @RpcHandler('notification.template.versions.v1')
  async versions(
    request: RpcParsedRequest<'notification.template.versions.v1'>,
    ctx: RpcCallContext,
  ): Promise<RpcResponse<'notification.template.versions.v1'>> {
    return { versions: await this.templates.versions(ctx.tenant!, request, ctx.actor) };
  }

  @RpcHandler('notification.template.save.v1')
  save(
    request: RpcParsedRequest<'notification.template.save.v1'>,
    ctx: RpcCallContext,
  ): Promise<RpcResponse<'notification.template.save.v1'>> {
    return this.templates.save(ctx.tenant!, request, ctx.actor);
  }
}
