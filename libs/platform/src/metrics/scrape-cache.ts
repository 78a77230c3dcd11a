import { performance } from 'node:perf_hooks';

export interface ScrapeCacheOptions {
  /** A value this young is served without loading again. */
  ttlMs: number;
  /** A scrape waits this long for a load, then answers with the last value it has. */
  timeoutMs: number;
  /** A load failed or outlived the timeout (the last value, possibly none, is served). */
  onFailure: (reason: 'error' | 'timeout', err?: Error) => void;
  now?: () => number;
}

/**
 * A value read at scrape time from a dependency (Postgres, NATS) that may be slow: served from
 * cache for `ttlMs`; at most one load at a time, whichever number of scrapes wait on it; and a
 * scrape never waits past `timeoutMs` (it gets the previous value, or none).
 */
export class ScrapeCache<T> {
  private value: T | undefined;
  private loadedAt = -Infinity;
  private loading: Promise<void> | undefined;
  private readonly now: () => number;

  constructor(
    private readonly load: () => Promise<T>,
    private readonly options: ScrapeCacheOptions,
  ) {
    this.now = options.now ?? (() => performance.now());
  }

  async get(): Promise<T | undefined> {
    if (this.value !== undefined && this.now() - this.loadedAt < this.options.ttlMs) {
      return this.value;
    }
    this.loading ??= this.load()
      .then(
        (value) => {
          this.value = value;
          this.loadedAt = this.now();
        },
        (err: unknown) =>
          this.options.onFailure('error', err instanceof Error ? err : new Error(String(err))),
      )
      .finally(() => {
        this.loading = undefined;
      });
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), this.options.timeoutMs);
      timer.unref();
    });
    const outcome = await Promise.race([this.loading.then(() => 'loaded' as const), timedOut]);
    clearTimeout(timer);
    if (outcome === 'timeout') this.options.onFailure('timeout');
    return this.value;
  }
}
