import type { NatsConnection } from '@nats-io/transport-node';
import { Objm, StorageType, type ObjectStore } from '@nats-io/obj';
import { AttachmentStore } from './attachment-store';

/** The bucket's name: the subject prefix keeps test runs apart (bucket names allow no dots). */
export function attachmentBucket(subjectPrefix: string): string {
  return `${subjectPrefix.replace(/[^A-Za-z0-9_-]/g, '_')}attachments`;
}

/** Scanned components in a NATS object store (file storage): the default store. */
export class NatsAttachmentStore extends AttachmentStore {
  private bucket: Promise<ObjectStore> | undefined;

  constructor(
    private readonly nc: NatsConnection,
    private readonly subjectPrefix: string,
  ) {
    super();
  }

  async exists(attachmentId: string): Promise<boolean> {
    return (await (await this.store()).info(attachmentId)) !== null;
  }

  async put(attachmentId: string, body: ReadableStream<Uint8Array>): Promise<void> {
    await (await this.store()).put({ name: attachmentId }, body);
  }

  async get(attachmentId: string): Promise<ReadableStream<Uint8Array> | undefined> {
    const result = await (await this.store()).get(attachmentId);
    return result?.data;
  }

  private store(): Promise<ObjectStore> {
    // Created on first use, so a gateway that never sees an upload makes no bucket.
    this.bucket ??= new Objm(this.nc)
      .create(attachmentBucket(this.subjectPrefix), { storage: StorageType.File })
      .catch((err: unknown) => {
        this.bucket = undefined;
        throw err;
      });
    return this.bucket;
  }
}
