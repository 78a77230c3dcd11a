import { Args, Int, Mutation, Resolver } from '@nestjs/graphql';
import {
  IntegratorScope,
  StaffRole,
  type DossierCommandInput,
  type PaymentMethod,
  type ReturnMethod,
} from '@motcua/contracts';
import { RpcClient } from '@motcua/platform';
import { PublicAccess, SignedInAccess } from '../auth/access.decorator';
import { callOptions, holdsScope, type Caller } from '../auth/caller';
import { CurrentCaller } from '../auth/current-caller.decorator';
import { PublicLookupLimiter } from '../throttling/public-lookup.limiter';
import { DateTimeScalar } from '../graphql/date-time.scalar';
import { DossierTrackingModel } from './dossier-tracking.model';
import { ProcedureFeeInput } from '../catalog/procedure-definition.input';
import { PaymentMethodEnum, ReturnMethodEnum } from './dossier.enums';
import { toDossierModel, toDossierTrackingModel } from './dossier.mapper';
import { DossierModel } from './dossier.model';

import { ProcessingStepInput } from './processing-step.input';

const RECEPTION = { staff: { roles: [StaffRole.Receiver, StaffRole.Supervisor] } };
const AGENCY = {
  staff: { roles: [StaffRole.Handler, StaffRole.Approver, StaffRole.Supervisor] },
};

/**
 * The dossier lifecycle mutations (DOMAIN §4); reception checks role, tenant and agency again.
 * Abstract: DossiersResolver extends it, so the schema's resolver list stays as it is.
 */
@Resolver(() => DossierModel, { isAbstract: true })
export abstract class DossierLifecycleResolver {
  constructor(
    protected readonly rpc: RpcClient,
    protected readonly lookups: PublicLookupLimiter,
  ) {}

  private async step(
    caller: Caller,
    code: string,
    command: DossierCommandInput,
  ): Promise<DossierModel> {
    return toDossierModel(
      await this.rpc.request(
        'reception.dossier.transition.v1',
        { code, command },
        callOptions(caller),
      ),
    );
  }

  @Mutation(() => DossierModel, {
    description:
      'Accepts an online dossier after checking it (national 1 → 2): its clock starts and it is routed.',
  })
  @SignedInAccess(RECEPTION)
  acceptDossier(
    @Args('code', { type: () => String }) code: string,
    @Args('note', { type: () => String, nullable: true }) note: string | null | undefined,
    @CurrentCaller() caller: Caller,
  ): Promise<DossierModel> {
    return this.step(caller, code, { type: 'ACCEPT', note: note ?? undefined });
  }

  @Mutation(() => DossierModel, {
    description: 'Asks for a supplement, once, in writing (form 02); the clock pauses.',
  })
  @SignedInAccess(RECEPTION)
  requestSupplement(
    @Args('code', { type: () => String }) code: string,
    @Args('missingComponents', { type: () => [String] }) missingComponents: string[],
    @Args('note', { type: () => String, nullable: true }) note: string | null | undefined,
    @CurrentCaller() caller: Caller,
  ): Promise<DossierModel> {
    return this.step(caller, code, {
      type: 'REQUEST_SUPPLEMENT',
      missingComponents,
      note: note ?? undefined,
    });
  }

  @Mutation(() => DossierModel, {
    description: 'Records the supplement; the clock resumes with a new due date.',
  })
  @SignedInAccess(RECEPTION)
  receiveSupplement(
    @Args('code', { type: () => String }) code: string,
    @CurrentCaller() caller: Caller,
  ): Promise<DossierModel> {
    return this.step(caller, code, { type: 'RECEIVE_SUPPLEMENT' });
  }

  @Mutation(() => DossierModel, { description: 'Refuses the dossier with reasons (form 03).' })
  @SignedInAccess(RECEPTION)
  refuseDossier(
    @Args('code', { type: () => String }) code: string,
    @Args('reasons', { type: () => [String] }) reasons: string[],
    @CurrentCaller() caller: Caller,
  ): Promise<DossierModel> {
    return this.step(caller, code, { type: 'REFUSE', reasons });
  }

  @Mutation(() => DossierModel, {
    description: 'Logs a handover or inter-agency step (form 06) of the competent agency.',
  })
  @SignedInAccess(AGENCY)
  recordProcessingStep(
    @Args('code', { type: () => String }) code: string,
    @Args('input', { type: () => ProcessingStepInput }) input: ProcessingStepInput,
    @CurrentCaller() caller: Caller,
  ): Promise<DossierModel> {
    return this.step(caller, code, {
      type: 'RECORD_STEP',
      step: {
        title: input.title,
        from: input.from ?? undefined,
        to: input.to ?? undefined,
        interAgency: input.interAgency ?? undefined,
        note: input.note ?? undefined,
      },
    });
  }

  @Mutation(() => DossierModel, { description: 'The competent agency has the result ready.' })
  @SignedInAccess(AGENCY)
  markResultReady(
    @Args('code', { type: () => String }) code: string,
    @CurrentCaller() caller: Caller,
  ): Promise<DossierModel> {
    return this.step(caller, code, { type: 'MARK_RESULT_READY' });
  }

  @Mutation(() => DossierModel, { description: 'Hands the result back to the applicant.' })
  @SignedInAccess(RECEPTION)
  returnResult(
    @Args('code', { type: () => String }) code: string,
    @Args('method', { type: () => ReturnMethodEnum }) method: ReturnMethod,
    @CurrentCaller() caller: Caller,
  ): Promise<DossierModel> {
    return this.step(caller, code, { type: 'RETURN_RESULT', method });
  }

  @Mutation(() => DossierModel, {
    description: "Withdraws the dossier at the applicant's request.",
  })
  @SignedInAccess(RECEPTION)
  withdrawDossier(
    @Args('code', { type: () => String }) code: string,
    @Args('reason', { type: () => String }) reason: string,
    @CurrentCaller() caller: Caller,
  ): Promise<DossierModel> {
    return this.step(caller, code, { type: 'WITHDRAW', reason });
  }

  @Mutation(() => DossierModel, { description: 'Stops processing (form 05).' })
  @SignedInAccess(AGENCY)
  stopDossier(
    @Args('code', { type: () => String }) code: string,
    @Args('reason', { type: () => String }) reason: string,
    @CurrentCaller() caller: Caller,
  ): Promise<DossierModel> {
    return this.step(caller, code, { type: 'STOP', reason });
  }

  @Mutation(() => DossierModel, {
    description:
      'Apology letter with a later due date (form 04); the dossier still counts as late.',
  })
  @SignedInAccess(AGENCY)
  apologizeDossier(
    @Args('code', { type: () => String }) code: string,
    @Args('newDueAt', { type: () => DateTimeScalar }) newDueAt: string,
    @Args('reason', { type: () => String }) reason: string,
    @CurrentCaller() caller: Caller,
  ): Promise<DossierModel> {
    return this.step(caller, code, { type: 'APOLOGIZE', newDueAt, reason });
  }

  @Mutation(() => DossierModel, {
    description:
      'Asks the applicant to pay fees or charges (national status 6); the clock pauses while processing is under way.',
  })
  @SignedInAccess(RECEPTION)
  requestPayment(
    @Args('code', { type: () => String }) code: string,
    @Args('fees', { type: () => [ProcedureFeeInput] }) fees: ProcedureFeeInput[],
    @Args('note', { type: () => String, nullable: true }) note: string | null | undefined,
    @CurrentCaller() caller: Caller,
  ): Promise<DossierModel> {
    return this.step(caller, code, {
      type: 'REQUEST_PAYMENT',
      fees: fees.map((f) => ({ description: f.description, amountVnd: f.amountVnd })),
      note: note ?? undefined,
    });
  }

  @Mutation(() => DossierModel, {
    description: 'Records the payment; the dossier goes on where it was, the clock resumes.',
  })
  @SignedInAccess(RECEPTION)
  confirmPayment(
    @Args('code', { type: () => String }) code: string,
    @Args('method', { type: () => PaymentMethodEnum }) method: PaymentMethod,
    @Args('reference', { type: () => String, nullable: true }) reference: string | null | undefined,
    @CurrentCaller() caller: Caller,
  ): Promise<DossierModel> {
    return this.step(caller, code, {
      type: 'CONFIRM_PAYMENT',
      method,
      reference: reference ?? undefined,
    });
  }

  @Mutation(() => DossierTrackingModel, {
    description:
      "The applicant's satisfaction rating (1..5), once, after the return. Needs the code, the phone given at submission and the tenant (x-tenant header).",
  })
  @PublicAccess('required')
  async rateDossier(
    @Args('code', { type: () => String }) code: string,
    @Args('phone', { type: () => String }) phone: string,
    @Args('rating', { type: () => Int }) rating: number,
    @CurrentCaller() caller: Caller,
  ): Promise<DossierTrackingModel> {
    if (!holdsScope(caller, IntegratorScope.PublicRead))
      await this.lookups.consume(caller.clientAddress);
    return toDossierTrackingModel(
      await this.rpc.request(
        'reception.dossier.rate.v1',
        { code, phone, rating },
        callOptions(caller),
      ),
    );
  }
}
