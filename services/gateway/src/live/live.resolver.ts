import { Args, Resolver, Subscription } from '@nestjs/graphql';
import { IntegratorScope, StaffRole } from '@motcua/contracts';
import { RpcClient } from '@motcua/platform';
import { SignedInAccess } from '../auth/access.decorator';
import { callOptions, type Caller } from '../auth/caller';
import { CurrentCaller } from '../auth/current-caller.decorator';
import { DossierUpdateModel, toDossierUpdateModel } from './dossier-update.model';
import { LiveFeed } from './live-feed.service';
import type { LiveUpdate } from './live-update';
import { assertMayWatch, inQueue, queueOf } from './queue-access';

/** Recorded in the personal-data access log with the staff read that authorizes a subscription. */
export const LIVE_UPDATES_PURPOSE = 'live updates';

const toModel = (update: LiveUpdate) => toDossierUpdateModel(update);

/** Live updates over WebSocket (graphql-ws), authorized when subscribed like the queries. */
@Resolver()
export class LiveResolver {
  constructor(
    private readonly rpc: RpcClient,
    private readonly feed: LiveFeed,
  ) {}

  @Subscription(() => DossierUpdateModel, {
    resolve: toModel,
    description:
      'Every change of one dossier, for whoever may read it (like dossier(code); reception decides, and logs staff reads with the purpose "live updates").',
  })
  @SignedInAccess({
    staff: {},
    citizen: {},
    integrator: { scopes: [IntegratorScope.DossierRead] },
  })
  async dossierUpdated(
    @Args('code', { type: () => String }) code: string,
    @CurrentCaller() caller: Caller,
  ): Promise<AsyncIterableIterator<LiveUpdate>> {
    const dossier = await this.rpc.request(
      'reception.dossier.get.v1',
      { code, purpose: LIVE_UPDATES_PURPOSE },
      callOptions(caller),
    );
    const tenant = caller.tenant;
    return this.feed.listen((u) => u.tenant === tenant && u.code === dossier.code);
  }

  @Subscription(() => DossierUpdateModel, {
    resolve: toModel,
    description:
      "Dossiers arriving in, or alerted to, one branch's queue (receivers of the branch) or one agency's (its handlers and approvers); supervisors watch any queue of the tenant. Name exactly one of branchId and agencyCode.",
  })
  @SignedInAccess({
    staff: {
      roles: [StaffRole.Receiver, StaffRole.Handler, StaffRole.Approver, StaffRole.Supervisor],
    },
  })
  queueUpdated(
    @Args('branchId', { type: () => String, nullable: true }) branchId: string | null | undefined,
    @Args('agencyCode', { type: () => String, nullable: true })
    agencyCode: string | null | undefined,
    @CurrentCaller() caller: Caller,
  ): AsyncIterableIterator<LiveUpdate> {
    const queue = queueOf(branchId, agencyCode);
    assertMayWatch(caller.principal!, queue);
    const tenant = caller.tenant!;
    return this.feed.listen((u) => inQueue(u, tenant, queue));
  }
}
