import type { OnModuleDestroy } from '@nestjs/common';
import {
  GetObjectCommand,
  HeadObjectCommand,
  NoSuchKey,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import type { S3StoreConfig } from '../config/attachment-store.config';
import { AttachmentStore } from './attachment-store';

/** The object key: the subject prefix keeps test runs sharing one bucket apart. */
export function attachmentObjectKey(subjectPrefix: string, attachmentId: string): string {
  return `${subjectPrefix}attachments/${attachmentId}`;
}

// S3's smallest multipart part: an upload holds at most one part in memory, never the whole file.
const PART_SIZE = 5 * 1024 * 1024;

/** Scanned components in a bucket of an S3-compatible store (AWS S3, MinIO, Ceph RGW...). */
export class S3AttachmentStore extends AttachmentStore implements OnModuleDestroy {
  private readonly client: S3Client;
  private readonly bucket: string;

  constructor(
    config: S3StoreConfig,
    private readonly subjectPrefix: string,
  ) {
    super();
    this.bucket = config.bucket;
    this.client = new S3Client({
      endpoint: config.endpoint,
      region: config.region,
      forcePathStyle: config.forcePathStyle,
      credentials: { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey },
      // The SDK's default CRC checksums are unknown to many S3-compatible stores; the upload's
      // SHA-256 is computed and recorded by the gateway anyway.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
  }

  async exists(attachmentId: string): Promise<boolean> {
    try {
      await this.client.send(new HeadObjectCommand(this.object(attachmentId)));
      return true;
    } catch (err) {
      // A HEAD answer has no body, so a missing object is known by its status alone.
      if (err instanceof S3ServiceException && err.$metadata.httpStatusCode === 404) return false;
      throw err;
    }
  }

  async put(attachmentId: string, body: ReadableStream<Uint8Array>): Promise<void> {
    // A body of unknown length: one PUT when it fits a part, else a multipart upload that is
    // aborted (its parts deleted) when the stream errors.
    const upload = new Upload({
      client: this.client,
      params: { ...this.object(attachmentId), Body: body },
      partSize: PART_SIZE,
      queueSize: 1,
      leavePartsOnError: false,
    });
    await upload.done();
  }

  async get(attachmentId: string): Promise<ReadableStream<Uint8Array> | undefined> {
    try {
      const result = await this.client.send(new GetObjectCommand(this.object(attachmentId)));
      return result.Body?.transformToWebStream() as ReadableStream<Uint8Array> | undefined;
    } catch (err) {
      if (err instanceof NoSuchKey) return undefined;
      throw err;
    }
  }

  onModuleDestroy(): void {
    this.client.destroy();
  }

  private object(attachmentId: string) {
    return { Bucket: this.bucket, Key: attachmentObjectKey(this.subjectPrefix, attachmentId) };
  }
}
