import { Args, ID, Query, Resolver, Subscription } from '@nestjs/graphql';
import { StaffRole, type QueueBoard } from '@motcua/contracts';
import { RpcClient } from '@motcua/platform';
import { PublicAccess, SignedInAccess } from '../auth/access.decorator';
import { callOptions, type Caller } from '../auth/caller';
import { CurrentCaller } from '../auth/current-caller.decorator';
import { DateScalar } from './date.scalar';
import { QueueBoardFeed } from './queue-board-feed.service';
import { QueueBoardModel, QueueWaitingRowModel } from './queue-board.model';

/** The display board of a branch (public, live) and the waiting report (staff). */
@Resolver(() => QueueBoardModel)
export class QueueBoardResolver {
  constructor(
    private readonly rpc: RpcClient,
    private readonly feed: QueueBoardFeed,
  ) {}

  @Query(() => QueueBoardModel, {
    description: "A branch's display board: latest calls, waiting per group, today's figures.",
  })
  @PublicAccess('required')
  queueBoard(
    @Args('branchId', { type: () => ID }) branchId: string,
    @CurrentCaller() caller: Caller,
  ): Promise<QueueBoardModel> {
    return this.rpc.request('reception.queue-ticket.board.v1', { branchId }, callOptions(caller));
  }

  @Subscription(() => QueueBoardModel, {
    resolve: (board: QueueBoard) => board,
    description:
      'The whole board of a branch: first as it is now, then after every ticket change there (public; the tenant from the connection_init x-tenant).',
  })
  @PublicAccess('required')
  async queueBoardUpdated(
    @Args('branchId', { type: () => ID }) branchId: string,
    @CurrentCaller() caller: Caller,
  ): Promise<AsyncIterableIterator<QueueBoard>> {
    const tenant = caller.tenant!;
    // Listen before reading the board, so no change falls between the two.
    const stream = this.feed.listen(tenant, branchId);
    try {
      stream.push(await this.feed.board(tenant, branchId));
    } catch (err) {
      stream.end();
      throw err;
    }
    return stream;
  }

  @Query(() => [QueueWaitingRowModel], {
    description:
      'Waits per branch and service group over Vietnam days from..to (inclusive): supervisors, auditors and administrators any branch, receivers their own.',
  })
  @SignedInAccess({
    staff: {
      roles: [StaffRole.Supervisor, StaffRole.Auditor, StaffRole.TenantAdmin, StaffRole.Receiver],
    },
  })
  async queueWaitingReport(
    @Args('from', { type: () => DateScalar }) from: string,
    @Args('to', { type: () => DateScalar }) to: string,
    @Args('branchId', { type: () => ID, nullable: true }) branchId: string | null | undefined,
    @CurrentCaller() caller: Caller,
  ): Promise<QueueWaitingRowModel[]> {
    const { rows } = await this.rpc.request(
      'reception.queue-ticket.report.v1',
      { from, to, branchId: branchId ?? undefined },
      callOptions(caller),
    );
    return rows;
  }
}
