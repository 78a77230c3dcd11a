import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { StaffRole, type DeliveryChannel, type DeliveryStatus } from '@motcua/contracts';
import { RpcClient } from '@motcua/platform';
import { SignedInAccess } from '../auth/access.decorator';
import { callOptions, type Caller } from '../auth/caller';
import { CurrentCaller } from '../auth/current-caller.decorator';
import { DateTimeScalar } from '../graphql/date-time.scalar';
import {
  DeliveryChannelEnum,
  DeliveryConnectionModel,
  DeliveryModel,
  DeliveryStatusEnum,
  toDeliveryConnection,
} from './delivery.model';

const REPLAYERS = [StaffRole.TenantAdmin, StaffRole.Supervisor];

/** Notification deliveries with their attempts, and replays of dead letters. */
@Resolver(() => DeliveryModel)
export class DeliveriesResolver {
  constructor(private readonly rpc: RpcClient) {}

  @Query(() => DeliveryConnectionModel, {
    description:
      "The tenant's deliveries (e-mail, SMS, webhook) with every attempt, newest first (supervisors, tenant administrators, auditors).",
  })
  @SignedInAccess({
    staff: { roles: [StaffRole.Supervisor, StaffRole.TenantAdmin, StaffRole.Auditor] },
  })
  async deliveries(
    @Args('dossierCode', { type: () => String, nullable: true }) dossierCode: string | null,
    @Args('status', { type: () => DeliveryStatusEnum, nullable: true })
    status: DeliveryStatus | null,
    @Args('first', { type: () => Int, nullable: true }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
    @CurrentCaller() caller: Caller,
  ): Promise<DeliveryConnectionModel> {
    return toDeliveryConnection(
      await this.rpc.request(
        'notification.delivery.list.v1',
        {
          dossierCode: dossierCode ?? undefined,
          status: status ?? undefined,
          first: first ?? undefined,
          after: after ?? undefined,
        },
        callOptions(caller),
      ),
    );
  }

  @Mutation(() => DeliveryModel, {
    description: 'Re-queues one dead (FAILED) delivery; its attempts count on.',
  })
  @SignedInAccess({ staff: { roles: REPLAYERS } })
  replayDeadDelivery(
    @Args('id', { type: () => String }) id: string,
    @CurrentCaller() caller: Caller,
  ): Promise<DeliveryModel> {
    return this.rpc.request('notification.delivery.replay.v1', { id }, callOptions(caller));
  }

  @Mutation(() => Int, {
    description:
      "Re-queues the tenant's dead deliveries, of one channel and/or created since an instant; returns how many.",
  })
  @SignedInAccess({ staff: { roles: REPLAYERS } })
  async replayDeadDeliveries(
    @Args('channel', { type: () => DeliveryChannelEnum, nullable: true })
    channel: DeliveryChannel | null,
    @Args('since', { type: () => DateTimeScalar, nullable: true }) since: string | null,
    @CurrentCaller() caller: Caller,
  ): Promise<number> {
    const { replayed } = await this.rpc.request(
      'notification.delivery.replay-dead.v1',
      { channel: channel ?? undefined, since: since ?? undefined },
      callOptions(caller),
    );
    return replayed;
  }
}
