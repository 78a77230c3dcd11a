import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { RpcClient } from '@motcua/platform';
import { SignedInAccess } from '../auth/access.decorator';
import { callOptions, type Caller } from '../auth/caller';
import { CurrentCaller } from '../auth/current-caller.decorator';
import { AlertModel, toAlertModel } from './alert.model';

/** Deadline alerts (escalation): nearing due to the handler, overdue to the head and one-stop unit. */
@Resolver(() => AlertModel)
export class AlertsResolver {
  constructor(private readonly rpc: RpcClient) {}

  @Query(() => [AlertModel], {
    description: "The caller's deadline alerts, newest first (staff; by role and unit).",
  })
  @SignedInAccess({ staff: {} })
  async myAlerts(
    @Args('includeAcknowledged', { type: () => Boolean, nullable: true })
    includeAcknowledged: boolean | null | undefined,
    @Args('first', { type: () => Int, nullable: true }) first: number | null | undefined,
    @CurrentCaller() caller: Caller,
  ): Promise<AlertModel[]> {
    const { alerts } = await this.rpc.request(
      'routing.alert.list.v1',
      { includeAcknowledged: includeAcknowledged ?? undefined, first: first ?? undefined },
      callOptions(caller),
    );
    return alerts.map(toAlertModel);
  }

  @Mutation(() => AlertModel, { description: 'Marks one of your alerts seen.' })
  @SignedInAccess({ staff: {} })
  async acknowledgeAlert(
    @Args('id', { type: () => String }) id: string,
    @CurrentCaller() caller: Caller,
  ): Promise<AlertModel> {
    return toAlertModel(
      await this.rpc.request('routing.alert.acknowledge.v1', { alertId: id }, callOptions(caller)),
    );
  }
}
