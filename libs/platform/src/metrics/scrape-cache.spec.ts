import { ScrapeCache } from './scrape-cache';

describe('ScrapeCache', () => {
  let now = 0;
  const failures: string[] = [];
  const options = (ttlMs: number, timeoutMs = 50) => ({
    ttlMs,
    timeoutMs,
    now: () => now,
    onFailure: (reason: string) => failures.push(reason),
  });

  beforeEach(() => {
    now = 0;
    failures.length = 0;
  });

  it('serves a value younger than the ttl without loading again', async () => {
    let loads = 0;
    const cache = new ScrapeCache(async () => ++loads, options(1000));
    expect(await cache.get()).toBe(1);
    now = 999;
    expect(await cache.get()).toBe(1);
    now = 1000;
    expect(await cache.get()).toBe(2);
  });

  it('runs one load for concurrent scrapes', async () => {
    let loads = 0;
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const cache = new ScrapeCache(
      async () => {
        loads++;
        await gate;
        return loads;
      },
      options(0, 10_000),
    );
    const scrapes = [cache.get(), cache.get(), cache.get()];
    release();
    expect(await Promise.all(scrapes)).toEqual([1, 1, 1]);
    expect(loads).toBe(1);
  });

  it('answers with the last value when a load fails, and reports it', async () => {
    let fail = false;
    const cache = new ScrapeCache(async () => {
      if (fail) throw new Error('database down');
      return 7;
    }, options(0));
    expect(await cache.get()).toBe(7);
    fail = true;
    expect(await cache.get()).toBe(7);
    expect(failures).toEqual(['error']);
  });

  it('never waits past the timeout, and starts no second load while the slow one runs', async () => {
    let loads = 0;
    let release!: (value: number) => void;
    const cache = new ScrapeCache(
      () => {
        loads++;
        return new Promise<number>((resolve) => (release = resolve));
      },
      options(0, 20),
    );
    expect(await cache.get()).toBeUndefined();
    expect(await cache.get()).toBeUndefined();
    expect(loads).toBe(1);
    expect(failures).toEqual(['timeout', 'timeout']);
    release(3);
    expect(await cache.get()).toBe(3);
  });
});
