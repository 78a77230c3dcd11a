import { Injectable } from '@nestjs/common';
import type { RpcParsedRequest, RpcResponse } from '@motcua/contracts';
import { RpcHandler, type RpcCallContext } from '@motcua/platform';
import { RulesAdminService } from './rules-admin.service';

@Injectable()
export class RulesHandler {
  constructor(private readonly rules: RulesAdminService) {}

  @RpcHandler('routing.rule.list.v1')
  list(
    request: RpcParsedRequest<'routing.rule.list.v1'>,
    ctx: RpcCallContext,
  ): Promise<RpcResponse<'routing.rule.list.v1'>> {
    return this.rules.list(ctx.tenant!, request, ctx.actor);
  }

  @RpcHandler('routing.rule.save.v1')
  save(
    request: RpcParsedRequest<'routing.rule.save.v1'>,
    ctx: RpcCallContext,
  ): Promise<RpcResponse<'routing.rule.save.v1'>> {
    return this.rules.save(ctx.tenant!, request, ctx.actor);
  }
}
