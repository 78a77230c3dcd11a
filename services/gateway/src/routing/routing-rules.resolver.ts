import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AsOfArg } from '../graphql/as-of.arg';
import { RpcClient } from '@motcua/platform';
import { SignedInAccess, TenantAdminAccess } from '../auth/access.decorator';
import { callOptions, type Caller } from '../auth/caller';
import { CurrentCaller } from '../auth/current-caller.decorator';
import { SaveRoutingRuleInput, toSaveRuleRequest } from './routing-rule.input';
import { RoutingRuleModel, SavedRoutingRuleModel, toRoutingRuleModel } from './routing-rule.model';

/** The tenant's routing rules: read by staff, versioned by administrators (docs/routing.md). */
@Resolver(() => RoutingRuleModel)
export class RoutingRulesResolver {
  constructor(private readonly rpc: RpcClient) {}

  @Query(() => [RoutingRuleModel], {
    description:
      'Rules in force on `asOf` (today) in the order they are checked; with `allVersions`, every version (of `id`).',
  })
  @SignedInAccess({ staff: {} })
  async routingRules(
    @AsOfArg() asOf: string | null | undefined,
    @Args('allVersions', { type: () => Boolean, nullable: true })
    allVersions: boolean | null | undefined,
    @Args('id', { type: () => String, nullable: true }) id: string | null | undefined,
    @CurrentCaller() caller: Caller,
  ): Promise<RoutingRuleModel[]> {
    const { rules } = await this.rpc.request(
      'routing.rule.list.v1',
      { asOf: asOf ?? undefined, allVersions: allVersions ?? undefined, id: id ?? undefined },
      callOptions(caller),
    );
    return rules.map(toRoutingRuleModel);
  }

  @Mutation(() => SavedRoutingRuleModel, {
    description:
      'Creates a rule or its next version from `validFrom`; the version before ends the day before. Tenant administrators.',
  })
  @TenantAdminAccess()
  async saveRoutingRule(
    @Args('input', { type: () => SaveRoutingRuleInput }) input: SaveRoutingRuleInput,
    @CurrentCaller() caller: Caller,
  ): Promise<SavedRoutingRuleModel> {
    const saved = await this.rpc.request(
      'routing.rule.save.v1',
      toSaveRuleRequest(input),
      callOptions(caller),
    );
    return {
      rule: toRoutingRuleModel(saved.rule),
      previous: saved.previous ? toRoutingRuleModel(saved.previous) : null,
    };
  }
}
