import { Args, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DomainError, ErrorCode, StaffRole } from '@motcua/contracts';
import { RpcClient } from '@motcua/platform';
import { SignedInAccess } from '../auth/access.decorator';
import { callOptions, type Caller } from '../auth/caller';
import { CurrentCaller } from '../auth/current-caller.decorator';
import { DossierModel } from '../dossiers/dossier.model';
import { HeldDossierPageModel, toHeldDossierPageModel } from './held-dossier.model';
import { DossierRoutingModel, toDossierRoutingModel } from './routing-decision.model';

/** Who routed a dossier and why, and the supervisor queue of held dossiers (DOMAIN §6). */
@Resolver(() => DossierModel)
export class DossierRoutingResolver {
  constructor(private readonly rpc: RpcClient) {}

  @ResolveField(() => DossierRoutingModel, {
    nullable: true,
    description:
      'The competent agency, the rule that matched and why; null until routed or held. Staff only: null for citizens and integrators.',
  })
  async routing(
    @Parent() dossier: DossierModel,
    @CurrentCaller() caller: Caller,
  ): Promise<DossierRoutingModel | null> {
    // Routing has not decided yet while the dossier only waits to be accepted or routed.
    // Rules, reasons and who routed by hand are the administration's working data.
    if (dossier.status === 'REGISTERED' || caller.principal?.kind !== 'STAFF') return null;
    const decision = await this.rpc
      .request('routing.decision.get.v1', { dossierCode: dossier.code }, callOptions(caller))
      .catch((err: unknown) => {
        if (DomainError.is(err) && err.code === ErrorCode.NotFound) return null;
        throw err;
      });
    return decision ? toDossierRoutingModel(decision) : null;
  }

  @Query(() => HeldDossierPageModel, {
    description: 'Dossiers no rule routed, oldest first, with why (supervisors, administrators).',
  })
  @SignedInAccess({ staff: { roles: [StaffRole.Supervisor, StaffRole.TenantAdmin] } })
  async heldDossiers(
    @Args('first', { type: () => Int, nullable: true }) first: number | null | undefined,
    @Args('after', { type: () => String, nullable: true }) after: string | null | undefined,
    @CurrentCaller() caller: Caller,
  ): Promise<HeldDossierPageModel> {
    return toHeldDossierPageModel(
      await this.rpc.request(
        'routing.held.list.v1',
        { first: first ?? undefined, after: after ?? undefined },
        callOptions(caller),
      ),
    );
  }

  @Mutation(() => DossierRoutingModel, {
    description:
      'Routes a held dossier by hand to an agency of the catalog, with a reason (supervisors).',
  })
  @SignedInAccess({ staff: { roles: [StaffRole.Supervisor] } })
  async routeHeldDossier(
    @Args('code', { type: () => String }) code: string,
    @Args('agencyCode', { type: () => String }) agencyCode: string,
    @Args('reason', { type: () => String }) reason: string,
    @CurrentCaller() caller: Caller,
  ): Promise<DossierRoutingModel> {
    return toDossierRoutingModel(
      await this.rpc.request(
        'routing.dossier.route.v1',
        { dossierCode: code, agencyCode, reason },
        callOptions(caller),
      ),
    );
  }
}
