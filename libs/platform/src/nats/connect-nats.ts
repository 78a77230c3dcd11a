import { connect, type NatsConnection } from '@nats-io/transport-node';

export interface NatsConnectOptions {
  url: string;
  name: string;
  /** Fail at once when the first connection cannot be made (boot), instead of retrying. */
  failFast?: boolean;
}

/**
 * One connection per process. `noAsyncTraces` roughly doubles request/reply throughput (it skips
 * capturing async stacks); reconnects are unlimited so a NATS restart is ridden out.
 */
export async function connectNats(options: NatsConnectOptions): Promise<NatsConnection> {
  return connect({
    servers: options.url.split(',').map((s) => s.trim()),
    name: options.name,
    noAsyncTraces: true,
    maxReconnectAttempts: -1,
    reconnectTimeWait: 500,
    waitOnFirstConnect: !options.failFast,
    timeout: 5000,
  });
}
