import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IntegratorScope, StaffRole, type QueueTicketCommand } from '@motcua/contracts';
import { RpcClient } from '@motcua/platform';
import { PublicAccess, SignedInAccess } from '../auth/access.decorator';
import { callOptions, holdsScope, type Caller } from '../auth/caller';
import { CurrentCaller } from '../auth/current-caller.decorator';
import { QueueTicketLimiter } from './queue-ticket.limiter';
import { QueueServiceGroupModel, QueueTicketModel } from './queue-ticket.model';
import { TakeQueueTicketInput } from './take-queue-ticket.input';

/** Receivers of the branch and supervisors work the counters (reception checks the branch). */
const CLERKS = { staff: { roles: [StaffRole.Receiver, StaffRole.Supervisor] } };

/** The numbering machine: the kiosk (public) and the counters (staff). */
@Resolver(() => QueueTicketModel)
export class QueueTicketsResolver {
  constructor(
    private readonly rpc: RpcClient,
    private readonly limiter: QueueTicketLimiter,
  ) {}

  @Query(() => [QueueServiceGroupModel], {
    description:
      "The kiosk's service groups at a branch, with today's waiting counts. Needs the tenant (x-tenant header or host).",
  })
  @PublicAccess('required')
  async queueServiceGroups(
    @Args('branchId', { type: () => ID }) branchId: string,
    @CurrentCaller() caller: Caller,
  ): Promise<QueueServiceGroupModel[]> {
    const { groups } = await this.rpc.request(
      'reception.queue-ticket.groups.v1',
      { branchId },
      callOptions(caller),
    );
    return groups;
  }

  @Query(() => QueueTicketModel, {
    description: 'One ticket by its id (public: the holder follows its place).',
  })
  @PublicAccess('required')
  async queueTicket(
    @Args('id', { type: () => ID }) id: string,
    @CurrentCaller() caller: Caller,
  ): Promise<QueueTicketModel> {
    const ticket = await this.rpc.request(
      'reception.queue-ticket.get.v1',
      { id },
      callOptions(caller),
    );
    // The holder follows their place; which dossier the visit became is for staff only.
    return caller.principal?.kind === 'STAFF' ? ticket : { ...ticket, dossierCode: null };
  }

  @Mutation(() => QueueTicketModel, {
    description:
      'Draws the next number of a service group at a branch (the kiosk; limited per client address).',
  })
  @PublicAccess('required')
  async takeQueueTicket(
    @Args('input', { type: () => TakeQueueTicketInput }) input: TakeQueueTicketInput,
    @CurrentCaller() caller: Caller,
  ): Promise<QueueTicketModel> {
    if (!holdsScope(caller, IntegratorScope.PublicRead))
      await this.limiter.consume(caller.clientAddress);
    return this.rpc.request(
      'reception.queue-ticket.take.v1',
      {
        branchId: input.branchId,
        serviceGroupCode: input.serviceGroupCode,
        phone: input.phone ?? undefined,
      },
      callOptions(caller),
    );
  }

  @Mutation(() => QueueTicketModel, {
    nullable: true,
    description:
      'Calls the oldest waiting ticket of today (of the groups named; none or an empty list: any group) to a counter; null when nobody waits.',
  })
  @SignedInAccess(CLERKS)
  async callNextQueueTicket(
    @Args('branchId', { type: () => ID }) branchId: string,
    @Args('counter', { type: () => Int }) counter: number,
    @Args('serviceGroupCodes', { type: () => [String], nullable: true })
    serviceGroupCodes: string[] | null | undefined,
    @CurrentCaller() caller: Caller,
  ): Promise<QueueTicketModel | null> {
    const { ticket } = await this.rpc.request(
      'reception.queue-ticket.call-next.v1',
      { branchId, counter, serviceGroupCodes: serviceGroupCodes ?? undefined },
      callOptions(caller),
    );
    return ticket;
  }

  @Mutation(() => QueueTicketModel, { description: 'The called person is at the counter.' })
  @SignedInAccess(CLERKS)
  startServingQueueTicket(
    @Args('id', { type: () => ID }) id: string,
    @CurrentCaller() caller: Caller,
  ): Promise<QueueTicketModel> {
    return this.step(id, { type: 'START' }, caller);
  }

  @Mutation(() => QueueTicketModel, {
    description: 'Served; optionally links the dossier received.',
  })
  @SignedInAccess(CLERKS)
  finishQueueTicket(
    @Args('id', { type: () => ID }) id: string,
    @Args('dossierCode', { type: () => String, nullable: true })
    dossierCode: string | null | undefined,
    @CurrentCaller() caller: Caller,
  ): Promise<QueueTicketModel> {
    return this.step(id, { type: 'FINISH', dossierCode: dossierCode ?? undefined }, caller);
  }

  @Mutation(() => QueueTicketModel, { description: 'The called person did not come (no-show).' })
  @SignedInAccess(CLERKS)
  skipQueueTicket(
    @Args('id', { type: () => ID }) id: string,
    @CurrentCaller() caller: Caller,
  ): Promise<QueueTicketModel> {
    return this.step(id, { type: 'SKIP' }, caller);
  }

  @Mutation(() => QueueTicketModel, {
    description: 'Calls a CALLED or SKIPPED ticket again (to the same counter).',
  })
  @SignedInAccess(CLERKS)
  recallQueueTicket(
    @Args('id', { type: () => ID }) id: string,
    @CurrentCaller() caller: Caller,
  ): Promise<QueueTicketModel> {
    return this.step(id, { type: 'RECALL' }, caller);
  }

  @Mutation(() => QueueTicketModel, {
    description:
      'Sends the ticket back to waiting in another group, keeping its issue time (its place).',
  })
  @SignedInAccess(CLERKS)
  transferQueueTicket(
    @Args('id', { type: () => ID }) id: string,
    @Args('serviceGroupCode', { type: () => String }) serviceGroupCode: string,
    @CurrentCaller() caller: Caller,
  ): Promise<QueueTicketModel> {
    return this.step(id, { type: 'TRANSFER', serviceGroupCode }, caller);
  }

  private step(id: string, command: QueueTicketCommand, caller: Caller): Promise<QueueTicketModel> {
    return this.rpc.request(
      'reception.queue-ticket.transition.v1',
      { id, command },
      callOptions(caller),
    );
  }
}
