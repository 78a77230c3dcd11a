/**
 * Where the bytes of scanned components live, one object per attachment id. Abstract so it can
 * serve as the Nest injection token; AttachmentsModule binds the implementation the config chose.
 */
export abstract class AttachmentStore {
  abstract exists(attachmentId: string): Promise<boolean>;

  /** Streams `body` in; rejects, storing nothing, when the stream errors. */
  abstract put(attachmentId: string, body: ReadableStream<Uint8Array>): Promise<void>;

  /** The object's bytes, or undefined when it is not stored. */
  abstract get(attachmentId: string): Promise<ReadableStream<Uint8Array> | undefined>;
}
