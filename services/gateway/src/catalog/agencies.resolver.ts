import { Args, Query, Resolver } from '@nestjs/graphql';
import { RpcClient } from '@motcua/platform';
import { PublicAccess } from '../auth/access.decorator';
import { callOptions, type Caller } from '../auth/caller';
import { CurrentCaller } from '../auth/current-caller.decorator';
import { AgenciesArgs } from './agencies.args';
import { AgencyModel } from './agency.model';
import { toAgencyModel } from './catalog.mapper';

@Resolver(() => AgencyModel)
export class AgenciesResolver {
  constructor(private readonly rpc: RpcClient) {}

  @Query(() => [AgencyModel], {
    description:
      "The tenant's agencies, by code; filtered by the unit they are competent for, kind and field. Needs the tenant (x-tenant header).",
  })
  @PublicAccess('required')
  async agencies(
    @Args() args: AgenciesArgs,
    @CurrentCaller() caller: Caller,
  ): Promise<AgencyModel[]> {
    const request = {
      jurisdictionUnitCode: args.unitCode ?? undefined,
      kind: args.kind ?? undefined,
      fieldCode: args.fieldCode ?? undefined,
      asOf: args.asOf ?? undefined,
    };
    const { agencies } = await this.rpc.request(
      'catalog.agency.list.v1',
      request,
      callOptions(caller),
    );
    return agencies.map(toAgencyModel);
  }
}
