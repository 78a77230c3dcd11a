import { Args, Query, Resolver } from '@nestjs/graphql';
import { AsOfArg } from '../graphql/as-of.arg';
import { RpcClient } from '@motcua/platform';
import { PublicAccess } from '../auth/access.decorator';
import { callOptions, type Caller } from '../auth/caller';
import { CurrentCaller } from '../auth/current-caller.decorator';
import { toTenantModel } from './catalog.mapper';
import { TenantModel } from './tenant.model';

@Resolver(() => TenantModel)
export class TenantsResolver {
  constructor(private readonly rpc: RpcClient) {}

  @Query(() => [TenantModel], {
    description:
      'The tenants (provinces) on the platform as they stood on `asOf` (today when absent).',
  })
  @PublicAccess()
  async tenants(
    @AsOfArg() asOf: string | null | undefined,
    @CurrentCaller() caller: Caller,
  ): Promise<TenantModel[]> {
    const { tenants } = await this.rpc.request(
      'catalog.tenant.list.v1',
      { asOf: asOf ?? undefined },
      callOptions(caller),
    );
    return tenants.map(toTenantModel);
  }

  @Query(() => TenantModel, {
    nullable: true,
    description:
      'A tenant by id, also a former one; with `asOf`, only when in force that day (NOT_FOUND otherwise).',
  })
  @PublicAccess()
  async tenant(
    @Args('id', { type: () => String }) id: string,
    @AsOfArg() asOf: string | null | undefined,
    @CurrentCaller() caller: Caller,
  ): Promise<TenantModel> {
    return toTenantModel(
      await this.rpc.request(
        'catalog.tenant.get.v1',
        { id, asOf: asOf ?? undefined },
        callOptions(caller),
      ),
    );
  }
}
