import { Query, Resolver } from '@nestjs/graphql';
import { RpcClient } from '@motcua/platform';
import { PublicAccess } from '../auth/access.decorator';
import { callOptions, type Caller } from '../auth/caller';
import { CurrentCaller } from '../auth/current-caller.decorator';
import { toTenantModel } from './catalog.mapper';
import { TenantModel } from './tenant.model';

@Resolver(() => TenantModel)
export class TenantsResolver {
  constructor(private readonly rpc: RpcClient) {}

  @Query(() => [TenantModel], { description: 'Every tenant (province) on the platform.' })
  @PublicAccess()
  async tenants(@CurrentCaller() caller: Caller): Promise<TenantModel[]> {
    const { tenants } = await this.rpc.request('catalog.tenant.list.v1', {}, callOptions(caller));
    return tenants.map(toTenantModel);
  }
}
