import type { NatsConnection } from '@nats-io/transport-node';
import { Naming, RpcClient, baseEnvSchema, connectNats, loadConfig } from '@motcua/platform';

/** A request/reply client for command-line tools, configured like the services (NATS_URL, MOTCUA_SUBJECT_PREFIX). */
export async function connectCliRpc(name: string): Promise<{ rpc: RpcClient; nc: NatsConnection }> {
  const config = loadConfig(name, baseEnvSchema);
  const nc = await connectNats({ url: config.NATS_URL, name, failFast: true });
  const rpc = new RpcClient(nc, new Naming(config.MOTCUA_SUBJECT_PREFIX), {
    serviceName: name,
    natsUrl: config.NATS_URL,
    subjectPrefix: config.MOTCUA_SUBJECT_PREFIX,
    rpcTimeoutMs: config.RPC_TIMEOUT_MS,
    jetstreamReplicas: config.JETSTREAM_REPLICAS,
    shutdownTimeoutMs: config.SHUTDOWN_TIMEOUT_MS,
  });
  return { rpc, nc };
}
