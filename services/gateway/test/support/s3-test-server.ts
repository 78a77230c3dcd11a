import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from 's3rver';
import { S3Client } from '@aws-sdk/client-s3';
import type { S3StoreConfig } from '../../src/config/attachment-store.config';

/** A real S3-protocol server (s3rver, files in a temporary folder) with one bucket, for tests. */
export interface S3TestServer {
  /** The gateway variables that select this server as the attachment store. */
  env: Record<string, string>;
  config: S3StoreConfig;
  /** A plain client of the server, to look at the bucket behind the gateway's back. */
  client: S3Client;
  close(): Promise<void>;
}

const BUCKET = 'motcua-attachments';
// s3rver checks request signatures against its one fixed key pair.
const ACCESS_KEY = 'S3RVER';

export async function startS3TestServer(): Promise<S3TestServer> {
  const directory = await mkdtemp(join(tmpdir(), 'motcua-s3rver-'));
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: BUCKET }],
  });
  const { port } = await server.run();
  const config: S3StoreConfig = {
    kind: 's3',
    endpoint: `http://127.0.0.1:${port}`,
    region: 'us-east-1',
    bucket: BUCKET,
    accessKeyId: ACCESS_KEY,
    secretAccessKey: ACCESS_KEY,
    forcePathStyle: true,
  };
  const client = new S3Client({
    endpoint: config.endpoint,
    region: config.region,
    forcePathStyle: true,
    credentials: { accessKeyId: ACCESS_KEY, secretAccessKey: ACCESS_KEY },
  });
  return {
    env: {
      ATTACHMENT_STORE: 's3',
      ATTACHMENT_S3_ENDPOINT: config.endpoint,
      ATTACHMENT_S3_REGION: config.region,
      ATTACHMENT_S3_BUCKET: BUCKET,
      ATTACHMENT_S3_ACCESS_KEY_ID: ACCESS_KEY,
      ATTACHMENT_S3_SECRET_ACCESS_KEY: ACCESS_KEY,
      ATTACHMENT_S3_FORCE_PATH_STYLE: 'true',
    },
    config,
    client,
    close: async () => {
      client.destroy();
      // Kept-alive sockets of the clients would hold close() open.
      server.httpServer.closeAllConnections();
      await server.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}
