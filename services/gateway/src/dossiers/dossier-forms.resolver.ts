import { Args, Query, Resolver } from '@nestjs/graphql';
import { IntegratorScope, type DossierFormKind } from '@motcua/contracts';
import { RpcClient } from '@motcua/platform';
import { SignedInAccess } from '../auth/access.decorator';
import { callOptions, type Caller } from '../auth/caller';
import { CurrentCaller } from '../auth/current-caller.decorator';
import { DossierFormKindEnum, DossierFormModel } from './dossier-form.model';
import { PurposeArg } from './purpose.arg';

/** The printable forms of a dossier; reception checks the tenant and that the form's event happened. */
@Resolver(() => DossierFormModel)
export class DossierFormsResolver {
  constructor(private readonly rpc: RpcClient) {}

  @Query(() => DossierFormModel, {
    description:
      'A form (01–06) of a dossier as a PDF, for whoever may read the dossier; CONFLICT when its event has not happened.',
  })
  @SignedInAccess({
    staff: {},
    citizen: {},
    integrator: { scopes: [IntegratorScope.DossierRead] },
  })
  dossierForm(
    @Args('code', { type: () => String }) code: string,
    @Args('kind', { type: () => DossierFormKindEnum }) kind: DossierFormKind,
    @PurposeArg() purpose: string | null | undefined,
    @CurrentCaller() caller: Caller,
  ): Promise<DossierFormModel> {
    return this.rpc.request(
      'reception.dossier.form.v1',
      { code, kind, purpose: purpose ?? undefined },
      callOptions(caller),
    );
  }
}
