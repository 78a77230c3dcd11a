import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { DomainError, ErrorCode, StaffRole } from '@motcua/contracts';
import { RpcClient } from '@motcua/platform';
import { SignedInAccess } from '../auth/access.decorator';
import { callOptions, type Caller } from '../auth/caller';
import { CurrentCaller } from '../auth/current-caller.decorator';
import { DossierModel } from '../dossiers/dossier.model';
import { InterAgencyStepModel, toInterAgencyStepModel } from './inter-agency-step.model';

/** A dossier's inter-agency chain (DOMAIN §4): its steps, and handing it to the next agency. */
@Resolver(() => DossierModel)
export class InterAgencyChainResolver {
  constructor(private readonly rpc: RpcClient) {}

  @ResolveField(() => [InterAgencyStepModel], {
    description:
      "The agencies the dossier passes through in order, with each step's deadline; empty when its procedure has no inter-agency chain (or before it is routed). Staff only: empty for citizens and integrators.",
  })
  async interAgencySteps(
    @Parent() dossier: DossierModel,
    @CurrentCaller() caller: Caller,
  ): Promise<InterAgencyStepModel[]> {
    // Step deadlines and handlers are the administration's working data.
    if (dossier.status === 'REGISTERED' || caller.principal?.kind !== 'STAFF') return [];
    const chain = await this.rpc
      .request('routing.chain.get.v1', { dossierCode: dossier.code }, callOptions(caller))
      .catch((err: unknown) => {
        if (DomainError.is(err) && err.code === ErrorCode.NotFound) return null;
        throw err;
      });
    return chain ? chain.steps.map(toInterAgencyStepModel) : [];
  }

  @Mutation(() => [InterAgencyStepModel], {
    description:
      'The agency holding the active step (its handlers or approvers, or a supervisor) hands the dossier to the next agency of its chain; returns the chain. ILLEGAL_TRANSITION on the last step (mark the result ready instead) or without a chain.',
  })
  @SignedInAccess({
    staff: { roles: [StaffRole.Handler, StaffRole.Approver, StaffRole.Supervisor] },
  })
  async handOverToNextAgency(
    @Args('code', { type: () => String }) code: string,
    @Args('note', { type: () => String, nullable: true }) note: string | null | undefined,
    @CurrentCaller() caller: Caller,
  ): Promise<InterAgencyStepModel[]> {
    const chain = await this.rpc.request(
      'routing.chain.advance.v1',
      { dossierCode: code, note: note ?? undefined },
      callOptions(caller),
    );
    return chain.steps.map(toInterAgencyStepModel);
  }
}
