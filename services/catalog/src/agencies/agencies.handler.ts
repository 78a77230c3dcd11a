import { Injectable } from '@nestjs/common';
import type { RpcParsedRequest, RpcResponse } from '@motcua/contracts';
import { RpcHandler, type RpcCallContext } from '@motcua/platform';
import { AgenciesService } from './agencies.service';
import { toAgency } from './agency.entity';

@Injectable()
export class AgenciesHandler {
  constructor(private readonly agencies: AgenciesService) {}

  @RpcHandler('catalog.agency.list.v1')
  async list(
    request: RpcParsedRequest<'catalog.agency.list.v1'>,
    ctx: RpcCallContext,
  ): Promise<RpcResponse<'catalog.agency.list.v1'>> {
    const rows = await this.agencies.list(ctx.tenant!, request);
    return { agencies: rows.map(toAgency) };
  }
}
