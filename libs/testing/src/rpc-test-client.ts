import { connect, type NatsConnection } from '@nats-io/transport-node';
import { Naming, RpcClient, type PlatformRuntimeOptions } from '@motcua/platform';
import { TEST_NATS_URL } from './test-subjects';

export interface RpcTestClient {
  rpc: RpcClient;
  nc: NatsConnection;
  naming: Naming;
  close(): Promise<void>;
}

/** A typed request/reply client on its own connection, as another service would call. */
export async function connectRpcTestClient(
  prefix: string,
  natsUrl = TEST_NATS_URL,
): Promise<RpcTestClient> {
  const nc = await connect({ servers: natsUrl, noAsyncTraces: true });
  const naming = new Naming(prefix);
  const options: PlatformRuntimeOptions = {
    serviceName: 'test-client',
    natsUrl,
    subjectPrefix: prefix,
    rpcTimeoutMs: 5000,
    jetstreamReplicas: 1,
    shutdownTimeoutMs: 1000,
  };
  return { rpc: new RpcClient(nc, naming, options), nc, naming, close: () => nc.close() };
}
