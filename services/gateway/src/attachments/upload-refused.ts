/** Why an upload was turned away, with the HTTP status the route answers. */
export class UploadRefused extends Error {
  constructor(
    readonly status: 403 | 404 | 409 | 413 | 415,
    message: string,
  ) {
    super(message);
    this.name = 'UploadRefused';
  }

  /** The error code of the JSON answer, as in every other refusal of the gateway. */
  get code(): string {
    return REFUSAL_CODES[this.status];
  }
}

const REFUSAL_CODES: Record<UploadRefused['status'], string> = {
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
};
