import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import type { RpcResponse } from '@motcua/contracts';
import { RpcHandler } from '@motcua/platform';
import { TenantEntity, toTenant } from './tenant.entity';

@Injectable()
export class TenantsHandler {
  constructor(@InjectRepository(TenantEntity) private readonly tenants: Repository<TenantEntity>) {}

  @RpcHandler('catalog.tenant.list.v1')
  async list(): Promise<RpcResponse<'catalog.tenant.list.v1'>> {
    const rows = await this.tenants.find({ order: { id: 'ASC' } });
    return { tenants: rows.map(toTenant) };
  }
}
