import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Channel, StaffRole } from '@motcua/contracts';
import { PublicAccess, SignedInAccess } from '../auth/access.decorator';
import type { FieldArgs } from '../auth/access-policy';
import { callOptions, type Caller } from '../auth/caller';
import { CurrentCaller } from '../auth/current-caller.decorator';
import { DossierLifecycleResolver } from './dossier-lifecycle.resolver';
import { DossierTrackingModel } from './dossier-tracking.model';
import { toDossierModel, toDossierTrackingModel, toSubmitRequest } from './dossier.mapper';
import { DossierModel } from './dossier.model';
import { SubmitDossierInput } from './submit-dossier.input';

const submitsOnline = (args: FieldArgs) =>
  (args.input as SubmitDossierInput | undefined)?.channel === Channel.Online;

@Resolver(() => DossierModel)
export class DossiersResolver extends DossierLifecycleResolver {
  @Mutation(() => DossierModel, {
    description:
      'Receives a dossier: at a counter (receivers, supervisors) or online (citizens). Idempotent by key.',
  })
  @SignedInAccess({
    staff: { roles: [StaffRole.Receiver, StaffRole.Supervisor] },
    citizen: { when: submitsOnline },
  })
  async submitDossier(
    @Args('input', { type: () => SubmitDossierInput }) input: SubmitDossierInput,
    @CurrentCaller() caller: Caller,
  ): Promise<DossierModel> {
    return toDossierModel(
      await this.rpc.request('reception.dossier.submit.v1', toSubmitRequest(input), {
        ...callOptions(caller),
        idempotencyKey: input.idempotencyKey,
      }),
    );
  }

  @Query(() => DossierModel, {
    nullable: true,
    description: "A dossier of the staff member's tenant, by code.",
  })
  @SignedInAccess({ staff: {} })
  async dossier(
    @Args('code', { type: () => String }) code: string,
    @CurrentCaller() caller: Caller,
  ): Promise<DossierModel> {
    return toDossierModel(
      await this.rpc.request('reception.dossier.get.v1', { code }, callOptions(caller)),
    );
  }

  @Query(() => DossierTrackingModel, {
    nullable: true,
    description:
      'Public tracking by dossier code and the phone number given at submission. Needs the tenant (x-tenant header).',
  })
  @PublicAccess('required')
  async trackDossier(
    @Args('code', { type: () => String }) code: string,
    @Args('phone', { type: () => String }) phone: string,
    @CurrentCaller() caller: Caller,
  ): Promise<DossierTrackingModel> {
    await this.lookups.consume(caller.clientAddress);
    return toDossierTrackingModel(
      await this.rpc.request('reception.dossier.track.v1', { code, phone }, callOptions(caller)),
    );
  }
}
