import { Injectable } from '@nestjs/common';
import type { RpcParsedRequest, RpcResponse } from '@motcua/contracts';
import { RpcHandler, type RpcCallContext } from '@motcua/platform';
import { NotificationPreferencesService } from './notification-preferences.service';

@Injectable()
export class NotificationPreferencesHandler {
  constructor(private readonly preferences: NotificationPreferencesService) {}

  @RpcHandler('notification.preferences.set.v1')
  set(
    request: RpcParsedRequest<'notification.preferences.set.v1'>,
    ctx: RpcCallContext,
  ): Promise<RpcResponse<'notification.preferences.set.v1'>> {
    return this.preferences.set(ctx.tenant!, request, ctx.actor);
  }
}
