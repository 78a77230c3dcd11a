import { Injectable } from '@nestjs/common';
import type { RpcParsedRequest, RpcResponse } from '@motcua/contracts';
import { RpcHandler } from '@motcua/platform';
import { toTenant } from './tenant.entity';
import { TenantsService } from './tenants.service';

@Injectable()
export class TenantsHandler {
  constructor(private readonly tenants: TenantsService) {}

  @RpcHandler('catalog.tenant.list.v1')
  async list(
    request: RpcParsedRequest<'catalog.tenant.list.v1'>,
  ): Promise<RpcResponse<'catalog.tenant.list.v1'>> {
    const rows = await this.tenants.list(request.asOf);
    return { tenants: rows.map(toTenant) };
  }

  @RpcHandler('catalog.tenant.get.v1')
  async get(
    request: RpcParsedRequest<'catalog.tenant.get.v1'>,
  ): Promise<RpcResponse<'catalog.tenant.get.v1'>> {
    return toTenant(await this.tenants.get(request.id, request.asOf));
  }
}
