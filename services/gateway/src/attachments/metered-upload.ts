import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { AttachmentContentType } from '@motcua/contracts';
import { SNIFF_BYTES, sniffContentType } from './content-sniffer';
import { UploadRefused } from './upload-refused';

/** What the bytes turned out to be once the stream ended. */
export interface UploadMeasure {
  sha256: string;
  size: number;
  contentType: AttachmentContentType;
}

/**
 * Wraps a request body as a web stream for the object store, hashing and counting as it goes and
 * failing fast (no buffering of the whole file) when it grows past `maxSize` or its first bytes
 * are not the declared type. `refusal()` says why it failed; `measure()` what was read.
 */
export class MeteredUpload {
  readonly stream: ReadableStream<Uint8Array>;
  private readonly hash = createHash('sha256');
  private size = 0;
  private head = Buffer.alloc(0);
  private sniffed: AttachmentContentType | undefined;
  private refused: UploadRefused | undefined;

  constructor(
    body: Readable,
    private readonly declared: AttachmentContentType,
    private readonly maxSize: number,
  ) {
    const chunks = body[Symbol.asyncIterator]() as AsyncIterator<Buffer, undefined>;
    this.stream = new ReadableStream<Uint8Array>({
      pull: async (controller) => {
        const next = await chunks.next();
        const problem = next.done ? this.finish() : this.take(next.value);
        if (problem) {
          this.refused = problem;
          controller.error(problem);
        } else if (next.done) controller.close();
        else controller.enqueue(new Uint8Array(next.value));
      },
    });
  }

  refusal(): UploadRefused | undefined {
    return this.refused;
  }

  measure(): UploadMeasure {
    return { sha256: this.hash.digest('hex'), size: this.size, contentType: this.sniffed! };
  }

  private take(chunk: Buffer): UploadRefused | undefined {
    this.size += chunk.length;
    if (this.size > this.maxSize)
      return new UploadRefused(413, `the file is larger than ${this.maxSize} bytes`);
    this.hash.update(chunk);
    if (this.sniffed === undefined && this.head.length < SNIFF_BYTES) {
      this.head = Buffer.concat([this.head, chunk.subarray(0, SNIFF_BYTES)]);
      if (this.head.length >= SNIFF_BYTES) return this.check();
    }
    return undefined;
  }

  private finish(): UploadRefused | undefined {
    if (this.sniffed !== undefined) return undefined;
    return this.check();
  }

  private check(): UploadRefused | undefined {
    const sniffed = sniffContentType(this.head);
    if (sniffed !== this.declared)
      return new UploadRefused(
        415,
        `the file is ${sniffed ?? 'of an unaccepted type'}, not the declared ${this.declared}`,
      );
    this.sniffed = sniffed;
    return undefined;
  }
}
