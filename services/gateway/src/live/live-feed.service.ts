import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import type { ConsumerMessages } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { NATS_CONNECTION, Naming, StreamProvisioner } from '@motcua/platform';
import { followNewEvents } from './follow-new-events';
import { liveUpdateOf, type LiveUpdate } from './live-update';
import { UpdateStream } from './update-stream';

interface Listener {
  matches: (update: LiveUpdate) => boolean;
  stream: UpdateStream<LiveUpdate>;
}

/**
 * The dossier events this replica hears, fanned out to its own subscribers. Every gateway replica
 * reads the dossier stream itself (an ordered consumer, new events only), so a subscriber hears
 * every event whichever replica holds its socket.
 */
@Injectable()
export class LiveFeed implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(LiveFeed.name);
  private readonly listeners = new Set<Listener>();
  private messages?: ConsumerMessages;

  constructor(
    private readonly naming: Naming,
    private readonly streams: StreamProvisioner,
    @Inject(NATS_CONNECTION) private readonly nc: NatsConnection,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.streams.ensure();
    this.messages = await followNewEvents(
      this.nc,
      this.naming,
      'dossier',
      ({ type, event }) => {
        const update = liveUpdateOf(type, event);
        if (update) this.publish(update);
      },
      this.logger,
    );
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.messages?.close();
    for (const listener of [...this.listeners]) listener.stream.end();
  }

  /** The updates `matches` accepts, from now until the returned iterator is ended. */
  listen(matches: (update: LiveUpdate) => boolean): AsyncIterableIterator<LiveUpdate> {
    const listener: Listener = {
      matches,
      stream: new UpdateStream<LiveUpdate>(() => this.listeners.delete(listener)),
    };
    this.listeners.add(listener);
    return listener.stream;
  }

  /** Subscriptions open on this replica (health, tests). */
  get listenerCount(): number {
    return this.listeners.size;
  }

  publish(update: LiveUpdate): void {
    for (const listener of this.listeners) {
      if (listener.matches(update)) listener.stream.push(update);
    }
  }
}
