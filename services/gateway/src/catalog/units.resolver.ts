import { Args, Query, Resolver } from '@nestjs/graphql';
import { AsOfArg } from '../graphql/as-of.arg';
import { RpcClient } from '@motcua/platform';
import { PublicAccess } from '../auth/access.decorator';
import { callOptions, type Caller } from '../auth/caller';
import { CurrentCaller } from '../auth/current-caller.decorator';
import { AdministrativeUnitModel, UnitResolutionModel } from './administrative-unit.model';
import { toUnitModel, toUnitResolutionModel } from './catalog.mapper';
import { UnitsArgs } from './units.args';

@Resolver(() => AdministrativeUnitModel)
export class UnitsResolver {
  constructor(private readonly rpc: RpcClient) {}

  @Query(() => [AdministrativeUnitModel], {
    description:
      "The tenant's administrative units as the map stood on `asOf` (today when absent): provinces, then districts, then communes. Needs the tenant (x-tenant header).",
  })
  @PublicAccess('required')
  async units(
    @Args() args: UnitsArgs,
    @CurrentCaller() caller: Caller,
  ): Promise<AdministrativeUnitModel[]> {
    const request = {
      asOf: args.asOf ?? undefined,
      level: args.level ?? undefined,
      parentCode: args.parentCode ?? undefined,
    };
    const { units } = await this.rpc.request('catalog.unit.list.v1', request, callOptions(caller));
    return units.map(toUnitModel);
  }

  @Query(() => UnitResolutionModel, {
    nullable: true,
    description:
      'A unit, also one that ended, with the units in force on `asOf` (today when absent) that hold its territory. Needs the tenant (x-tenant header).',
  })
  @PublicAccess('required')
  async unit(
    @Args('code', { type: () => String }) code: string,
    @AsOfArg()
    asOf: string | null | undefined,
    @CurrentCaller() caller: Caller,
  ): Promise<UnitResolutionModel> {
    return toUnitResolutionModel(
      await this.rpc.request(
        'catalog.unit.resolve.v1',
        { code, asOf: asOf ?? undefined },
        callOptions(caller),
      ),
    );
  }
}
