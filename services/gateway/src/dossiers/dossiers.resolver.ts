import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import {
  Channel,
  idempotencyKeySchema,
  IntegratorScope,
  parseOrThrow,
  StaffRole,
} from '@motcua/contracts';
import { PublicAccess, SignedInAccess } from '../auth/access.decorator';
import type { FieldArgs } from '../auth/access-policy';
import { callOptions, holdsScope, type Caller } from '../auth/caller';
import { CurrentCaller } from '../auth/current-caller.decorator';
import { DossierConnectionModel, toDossierConnection } from './dossier-connection.model';
import { DossierLifecycleResolver } from './dossier-lifecycle.resolver';
import { DossierTrackingModel } from './dossier-tracking.model';
import { toDossierModel, toDossierTrackingModel, toSubmitRequest } from './dossier.mapper';
import { DossierModel } from './dossier.model';
import { PurposeArg } from './purpose.arg';
import { SubmitDossierInput } from './submit-dossier.input';

const submitsOnline = (args: FieldArgs) =>
  (args.input as SubmitDossierInput | undefined)?.channel === Channel.Online;

@Resolver(() => DossierModel)
export class DossiersResolver extends DossierLifecycleResolver {
  @Mutation(() => DossierModel, {
    description:
      'Receives a dossier: at a counter (receivers, supervisors) or online (citizens; API clients with dossier:submit). Idempotent by key.',
  })
  @SignedInAccess({
    staff: { roles: [StaffRole.Receiver, StaffRole.Supervisor] },
    citizen: { when: submitsOnline },
    integrator: { scopes: [IntegratorScope.DossierSubmit], when: submitsOnline },
  })
  async submitDossier(
    @Args('input', { type: () => SubmitDossierInput }) input: SubmitDossierInput,
    @CurrentCaller() caller: Caller,
  ): Promise<DossierModel> {
    // The key also travels as a NATS header: checked here, before it could break one.
    const idempotencyKey = parseOrThrow(
      idempotencyKeySchema,
      input.idempotencyKey,
      'idempotencyKey',
    );
    return toDossierModel(
      await this.rpc.request('reception.dossier.submit.v1', toSubmitRequest(input), {
        ...callOptions(caller),
        idempotencyKey,
      }),
    );
  }

  @Query(() => DossierModel, {
    nullable: true,
    description:
      'A dossier by code: staff of its branches and agencies (supervisors, auditors: all of the tenant), its applicant or representative, API clients with dossier:read. Reception decides.',
  })
  @SignedInAccess({
    staff: {},
    citizen: {},
    integrator: { scopes: [IntegratorScope.DossierRead] },
  })
  async dossier(
    @Args('code', { type: () => String }) code: string,
    @PurposeArg() purpose: string | null | undefined,
    @CurrentCaller() caller: Caller,
  ): Promise<DossierModel> {
    return toDossierModel(
      await this.rpc.request(
        'reception.dossier.get.v1',
        { code, purpose: purpose ?? undefined },
        callOptions(caller),
      ),
    );
  }

  @Query(() => DossierConnectionModel, {
    description:
      "The signed-in citizen's dossiers in the tenant, newest first: as applicant, as authorized representative, or submitted online by them.",
  })
  @SignedInAccess({ citizen: {} })
  async myDossiers(
    @Args('first', { type: () => Int, nullable: true, description: 'Page size, 1..50.' })
    first: number | null | undefined,
    @Args('after', {
      type: () => String,
      nullable: true,
      description: 'Cursor of the edge after which the page starts.',
    })
    after: string | null | undefined,
    @CurrentCaller() caller: Caller,
  ): Promise<DossierConnectionModel> {
    return toDossierConnection(
      await this.rpc.request(
        'reception.dossier.mine.v1',
        { first: first ?? undefined, after: after ?? undefined },
        callOptions(caller),
      ),
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
    if (!holdsScope(caller, IntegratorScope.PublicRead))
      await this.lookups.consume(caller.clientAddress);
    return toDossierTrackingModel(
      await this.rpc.request('reception.dossier.track.v1', { code, phone }, callOptions(caller)),
    );
  }
}
