import { createHash, randomUUID } from 'node:crypto';
import { HeadObjectCommand } from '@aws-sdk/client-s3';
import { testSubjectPrefix } from '@motcua/testing';
import { attachmentObjectKey, S3AttachmentStore } from '../src/attachments/s3-attachment-store';
import { startS3TestServer, type S3TestServer } from './support/s3-test-server';

const MiB = 1024 * 1024;

/** `size` bytes of a repeating pattern in 64 KiB chunks, failing with `failAt` bytes sent. */
function byteStream(size: number, failAt?: number): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (failAt !== undefined && sent >= failAt) return controller.error(new Error('refused'));
      if (sent >= size) return controller.close();
      const chunk = new Uint8Array(Math.min(64 * 1024, size - sent));
      for (let i = 0; i < chunk.length; i++) chunk[i] = (sent + i) % 251;
      sent += chunk.length;
      controller.enqueue(chunk);
    },
  });
}

async function sha256Of(stream: ReadableStream<Uint8Array>): Promise<[string, number]> {
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of stream) {
    hash.update(chunk);
    size += chunk.length;
  }
  return [hash.digest('hex'), size];
}

describe('S3 attachment store', () => {
  let s3: S3TestServer;
  let prefix: string;
  let store: S3AttachmentStore;

  beforeAll(async () => {
    s3 = await startS3TestServer();
    prefix = testSubjectPrefix();
    store = new S3AttachmentStore(s3.config, prefix);
  });

  afterAll(async () => {
    store?.onModuleDestroy();
    await s3?.close();
  });

  it('streams a body larger than one part through a multipart upload and serves it back byte-identical', async () => {
    const id = randomUUID();
    const size = 12 * MiB + 123;
    await store.put(id, byteStream(size));

    expect(await store.exists(id)).toBe(true);
    const stored = await store.get(id);
    expect(await sha256Of(stored!)).toEqual(await sha256Of(byteStream(size)));
  });

  it('stores a small body under <prefix>attachments/<id> in the configured bucket', async () => {
    const id = randomUUID();
    await store.put(id, byteStream(1000));
    const head = await s3.client.send(
      new HeadObjectCommand({ Bucket: s3.config.bucket, Key: attachmentObjectKey(prefix, id) }),
    );
    expect(head.ContentLength).toBe(1000);
  });

  it('answers false and undefined for an attachment that is not stored', async () => {
    const id = randomUUID();
    expect(await store.exists(id)).toBe(false);
    expect(await store.get(id)).toBeUndefined();
  });

  it('stores nothing when the body stream fails, before or after the first part', async () => {
    const early = randomUUID();
    await expect(store.put(early, byteStream(MiB, 64 * 1024))).rejects.toThrow('refused');
    expect(await store.exists(early)).toBe(false);

    // Past one part the multipart upload is never completed. (s3rver refuses the abort that
    // follows, so the error is not the stream's here; real stores delete the parts.)
    const late = randomUUID();
    await expect(store.put(late, byteStream(12 * MiB, 6 * MiB))).rejects.toThrow();
    expect(await store.exists(late)).toBe(false);
  });

  it('keeps the attachments of another subject prefix apart', async () => {
    const id = randomUUID();
    await store.put(id, byteStream(10));
    const other = new S3AttachmentStore(s3.config, testSubjectPrefix());
    try {
      expect(await other.exists(id)).toBe(false);
      expect(await other.get(id)).toBeUndefined();
    } finally {
      other.onModuleDestroy();
    }
  });
});
