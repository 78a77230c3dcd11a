/** Updates kept for a subscriber whose socket cannot keep up; older ones are dropped first. */
export const UPDATE_STREAM_LIMIT = 100;

/**
 * One subscriber's updates as the async iterator GraphQL subscriptions read. `return()` (the
 * client stops, or the socket closes) ends it and runs `onEnd` once.
 */
export class UpdateStream<T> implements AsyncIterableIterator<T> {
  private readonly pending: T[] = [];
  private waiting?: (result: IteratorResult<T>) => void;
  private ended = false;

  constructor(
    private readonly onEnd: () => void,
    private readonly limit = UPDATE_STREAM_LIMIT,
  ) {}

  push(value: T): void {
    if (this.ended) return;
    const waiting = this.waiting;
    if (waiting) {
      this.waiting = undefined;
      waiting({ value, done: false });
      return;
    }
    // A subscriber re-queries the dossier anyway: the newest updates matter most.
    if (this.pending.length >= this.limit) this.pending.shift();
    this.pending.push(value);
  }

  next(): Promise<IteratorResult<T>> {
    const value = this.pending.shift();
    if (value !== undefined) return Promise.resolve({ value, done: false });
    if (this.ended) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => (this.waiting = resolve));
  }

  return(): Promise<IteratorResult<T>> {
    this.end();
    return Promise.resolve({ value: undefined, done: true });
  }

  end(): void {
    if (this.ended) return;
    this.ended = true;
    this.pending.length = 0;
    this.onEnd();
    const waiting = this.waiting;
    this.waiting = undefined;
    waiting?.({ value: undefined, done: true });
  }

  [Symbol.asyncIterator](): this {
    return this;
  }
}
