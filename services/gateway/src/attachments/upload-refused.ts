/** Why an upload was turned away, with the HTTP status the route answers. */
export class UploadRefused extends Error {
  constructor(
    readonly status: 403 | 404 | 409 | 413 | 415,
    message: string,
  ) {
    super(message);
    this.name = 'UploadRefused';
  }
}
