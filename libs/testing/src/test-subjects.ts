import { randomBytes } from 'node:crypto';
import { connect } from '@nats-io/transport-node';
import { jetstreamManager } from '@nats-io/jetstream';

export const TEST_NATS_URL = process.env.TEST_NATS_URL ?? 'nats://127.0.0.1:4222';

/** A subject prefix of its own for one test file (`t3f9a1c.`), so runs cannot hear each other. */
export function testSubjectPrefix(): string {
  return `t${randomBytes(4).toString('hex')}.`;
}

/** Deletes the JetStream streams a test run created under its prefix. */
export async function deleteTestStreams(prefix: string, natsUrl = TEST_NATS_URL): Promise<void> {
  const nc = await connect({ servers: natsUrl });
  try {
    const jsm = await jetstreamManager(nc);
    const streamPrefix = prefix.replace(/\.$/, '_').toUpperCase();
    for await (const name of jsm.streams.names()) {
      if (name.startsWith(streamPrefix)) await jsm.streams.delete(name);
    }
  } finally {
    await nc.close();
  }
}
