import { Args, Query, Resolver } from '@nestjs/graphql';
import { RpcClient } from '@motcua/platform';
import { PublicAccess } from '../auth/access.decorator';
import { callOptions, type Caller } from '../auth/caller';
import { CurrentCaller } from '../auth/current-caller.decorator';
import { BranchModel } from './branch.model';
import { BranchesArgs } from './branches.args';
import { toBranchModel, toUncoveredPointModel } from './catalog.mapper';
import { CoverageArgs } from './coverage.args';
import { UncoveredPointModel } from './uncovered-point.model';

@Resolver(() => BranchModel)
export class BranchesResolver {
  constructor(private readonly rpc: RpcClient) {}

  @Query(() => [BranchModel], {
    description:
      'Branches of one tenant or all; with `near`, those within `radiusKm`, nearest first.',
  })
  @PublicAccess()
  async branches(
    @Args() args: BranchesArgs,
    @CurrentCaller() caller: Caller,
  ): Promise<BranchModel[]> {
    const request = {
      tenant: args.tenant ?? undefined,
      near: args.near ? { lat: args.near.lat, lng: args.near.lng } : undefined,
      radiusKm: args.radiusKm ?? undefined,
    };
    const { branches } = await this.rpc.request(
      'catalog.branch.list.v1',
      request,
      callOptions(caller),
    );
    return branches.map(toBranchModel);
  }

  @Query(() => [UncoveredPointModel], {
    description:
      'The 5 km goal: the points farther than `radiusKm` (default 5) from every branch (of `tenant`, or of all), in request order, each with its nearest branch.',
  })
  @PublicAccess()
  async coverage(
    @Args() args: CoverageArgs,
    @CurrentCaller() caller: Caller,
  ): Promise<UncoveredPointModel[]> {
    const request = {
      tenant: args.tenant ?? undefined,
      points: args.points.map((p) => ({ lat: p.lat, lng: p.lng, label: p.label ?? undefined })),
      radiusKm: args.radiusKm ?? undefined,
    };
    const { uncovered } = await this.rpc.request(
      'catalog.branch.coverage.v1',
      request,
      callOptions(caller),
    );
    return uncovered.map(toUncoveredPointModel);
  }
}
