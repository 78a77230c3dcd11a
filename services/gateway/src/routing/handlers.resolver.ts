import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { StaffRole } from '@motcua/contracts';
import { RpcClient } from '@motcua/platform';
import { SignedInAccess } from '../auth/access.decorator';
import { callOptions, type Caller } from '../auth/caller';
import { CurrentCaller } from '../auth/current-caller.decorator';
import { SaveHandlerInput } from './handler.input';
import { HandlerModel, RecordedAbsenceModel, toHandlerModel } from './handler.model';
import { QueueItemModel, WorkQueueModel, toQueueItemModel, toWorkQueueModel } from './queue.model';

/** Administrators and agency heads (APPROVER of the agency); routing checks the agency. */
const MANAGERS = { staff: { roles: [StaffRole.TenantAdmin, StaffRole.Approver] } };

/** Handlers of agencies, their absences and work queues (DOMAIN §6: by skill and load). */
@Resolver(() => HandlerModel)
export class HandlersResolver {
  constructor(private readonly rpc: RpcClient) {}

  @Query(() => [HandlerModel], {
    description:
      "Handlers with norm, dossiers handled this year, open load and capacity (administrators; a head sees their agency's).",
  })
  @SignedInAccess(MANAGERS)
  async handlers(
    @Args('agencyCode', { type: () => String, nullable: true })
    agencyCode: string | null | undefined,
    @CurrentCaller() caller: Caller,
  ): Promise<HandlerModel[]> {
    const { handlers } = await this.rpc.request(
      'routing.handler.list.v1',
      { agencyCode: agencyCode ?? undefined },
      callOptions(caller),
    );
    return handlers.map(toHandlerModel);
  }

  @Mutation(() => HandlerModel, {
    description: 'Creates or changes a handler; deactivating one re-assigns their open dossiers.',
  })
  @SignedInAccess(MANAGERS)
  async saveHandler(
    @Args('input', { type: () => SaveHandlerInput }) input: SaveHandlerInput,
    @CurrentCaller() caller: Caller,
  ): Promise<HandlerModel> {
    return toHandlerModel(
      await this.rpc.request(
        'routing.handler.save.v1',
        {
          subject: input.subject,
          displayName: input.displayName,
          agencyCode: input.agencyCode,
          fieldCodes: input.fieldCodes ?? null,
          areaKind: input.areaKind,
          dailyCapacity: input.dailyCapacity ?? undefined,
          active: input.active ?? undefined,
        },
        callOptions(caller),
      ),
    );
  }

  @Mutation(() => RecordedAbsenceModel, {
    description:
      'Records an absence (both days included); open dossiers are re-assigned when it covers today.',
  })
  @SignedInAccess(MANAGERS)
  async recordHandlerAbsence(
    @Args('subject', { type: () => String }) subject: string,
    @Args('from', { type: () => String }) from: string,
    @Args('to', { type: () => String }) to: string,
    @Args('reason', { type: () => String, nullable: true }) reason: string | null | undefined,
    @CurrentCaller() caller: Caller,
  ): Promise<RecordedAbsenceModel> {
    const recorded = await this.rpc.request(
      'routing.handler.absence.record.v1',
      { subject, from, to, reason: reason ?? undefined },
      callOptions(caller),
    );
    return { handler: toHandlerModel(recorded.handler), reassigned: recorded.reassigned };
  }

  @Mutation(() => QueueItemModel, {
    description: "Gives an open dossier to another handler of its agency (the agency's head).",
  })
  @SignedInAccess(MANAGERS)
  async reassignDossier(
    @Args('code', { type: () => String }) code: string,
    @Args('handlerSubject', { type: () => String }) handlerSubject: string,
    @Args('reason', { type: () => String }) reason: string,
    @CurrentCaller() caller: Caller,
  ): Promise<QueueItemModel> {
    return toQueueItemModel(
      await this.rpc.request(
        'routing.assignment.reassign.v1',
        { dossierCode: code, handlerSubject, reason },
        callOptions(caller),
      ),
    );
  }

  @Query(() => WorkQueueModel, {
    description: "The calling handler's open dossiers by due time, with overdue and nearing flags.",
  })
  @SignedInAccess({ staff: { roles: [StaffRole.Handler, StaffRole.Approver] } })
  async myWorkQueue(
    @Args('first', { type: () => Int, nullable: true }) first: number | null | undefined,
    @CurrentCaller() caller: Caller,
  ): Promise<WorkQueueModel> {
    return toWorkQueueModel(
      await this.rpc.request(
        'routing.queue.mine.v1',
        { first: first ?? undefined },
        callOptions(caller),
      ),
    );
  }

  @Query(() => WorkQueueModel, {
    description:
      "An agency's open dossiers, unassigned ones included (its head: their own agency by default; administrators name one).",
  })
  @SignedInAccess(MANAGERS)
  async agencyQueue(
    @Args('agencyCode', { type: () => String, nullable: true })
    agencyCode: string | null | undefined,
    @Args('unassignedOnly', { type: () => Boolean, nullable: true })
    unassignedOnly: boolean | null | undefined,
    @Args('first', { type: () => Int, nullable: true }) first: number | null | undefined,
    @CurrentCaller() caller: Caller,
  ): Promise<WorkQueueModel> {
    return toWorkQueueModel(
      await this.rpc.request(
        'routing.queue.agency.v1',
        {
          agencyCode: agencyCode ?? undefined,
          unassignedOnly: unassignedOnly ?? undefined,
          first: first ?? undefined,
        },
        callOptions(caller),
      ),
    );
  }
}
