import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import type { ConsumerMessages } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import type { QueueBoard, QueueTicketChanged } from '@motcua/contracts';
import { NATS_CONNECTION, Naming, RpcClient, StreamProvisioner } from '@motcua/platform';
import { followNewEvents } from '../live/follow-new-events';
import { UpdateStream } from '../live/update-stream';

interface Listener {
  tenant: string;
  branchId: string;
  stream: UpdateStream<QueueBoard>;
}

const keyOf = (tenant: string, branchId: string) => `${tenant}|${branchId}`;

/**
 * Display boards kept live: every gateway replica reads the queue-ticket stream itself (an
 * ordered consumer, new events only) and, when a branch's queue moved and someone on this replica
 * watches that branch, asks reception for the board once and hands it to every watcher. Changes
 * arriving while a board is being fetched lead to one more fetch, not one per change.
 */
@Injectable()
export class QueueBoardFeed implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(QueueBoardFeed.name);
  private readonly listeners = new Set<Listener>();
  /** Branches whose board is being fetched; `again` when another change came meanwhile. */
  private readonly refreshing = new Map<string, { again: boolean }>();
  private messages?: ConsumerMessages;

  constructor(
    private readonly naming: Naming,
    private readonly streams: StreamProvisioner,
    private readonly rpc: RpcClient,
    @Inject(NATS_CONNECTION) private readonly nc: NatsConnection,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.streams.ensure();
    this.messages = await followNewEvents(
      this.nc,
      this.naming,
      'queue-ticket',
      ({ event }) => this.changed(event.tenant, (event.data as QueueTicketChanged).branchId),
      this.logger,
    );
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.messages?.close();
    for (const listener of [...this.listeners]) listener.stream.end();
  }

  /** Boards of the branch from now until the returned iterator ends. */
  listen(tenant: string, branchId: string): UpdateStream<QueueBoard> {
    const listener: Listener = {
      tenant,
      branchId,
      stream: new UpdateStream<QueueBoard>(() => this.listeners.delete(listener)),
    };
    this.listeners.add(listener);
    return listener.stream;
  }

  get listenerCount(): number {
    return this.listeners.size;
  }

  board(tenant: string, branchId: string): Promise<QueueBoard> {
    return this.rpc.request('reception.queue-ticket.board.v1', { branchId }, { tenant });
  }

  /** A ticket of the branch changed: refresh its watchers' board (coalesced per branch). */
  changed(tenant: string, branchId: string): void {
    if (![...this.listeners].some((l) => l.tenant === tenant && l.branchId === branchId)) return;
    const key = keyOf(tenant, branchId);
    const running = this.refreshing.get(key);
    if (running) {
      running.again = true;
      return;
    }
    const state = { again: false };
    this.refreshing.set(key, state);
    void (async () => {
      try {
        do {
          state.again = false;
          const board = await this.board(tenant, branchId);
          for (const l of this.listeners)
            if (l.tenant === tenant && l.branchId === branchId) l.stream.push(board);
        } while (state.again);
      } catch (err) {
        this.logger.warn(`could not refresh the board of ${branchId}: ${String(err)}`);
      } finally {
        this.refreshing.delete(key);
      }
    })();
  }
}
