import { afterFailedAttempt, jitteredDelayMs, retryDelayMs } from './retry-policy';

const policy = { baseMs: 2000, maxAttempts: 5 };
const now = new Date('2026-01-05T03:00:00Z');

describe(retryDelayMs.name, () => {
  it('doubles from the base on each attempt', () => {
    expect([1, 2, 3, 4].map((n) => retryDelayMs(n, policy))).toEqual([2000, 4000, 8000, 16000]);
  });

  it('stops growing at the cap when attempts are many', () => {
    expect(retryDelayMs(40, { ...policy, maxDelayMs: 60_000 })).toBe(60_000);
  });
});

describe(jitteredDelayMs.name, () => {
  it('stays between half the backoff and the whole of it', () => {
    expect(jitteredDelayMs(3, policy, () => 0)).toBe(4000);
    expect(jitteredDelayMs(3, policy, () => 0.999999)).toBe(8000);
    for (let i = 0; i < 200; i++) {
      const delay = jitteredDelayMs(3, policy);
      expect(delay).toBeGreaterThanOrEqual(4000);
      expect(delay).toBeLessThanOrEqual(8000);
    }
  });

  it('spreads deliveries that failed together', () => {
    const delays = new Set(Array.from({ length: 50 }, () => jitteredDelayMs(4, policy)));
    expect(delays.size).toBeGreaterThan(10);
  });

  it('spans hours with the default config (base 2 s, 15 attempts, cap 1 h) even at least jitter', () => {
    const defaults = { baseMs: 2000, maxAttempts: 15 };
    const shortest = Array.from({ length: 14 }, (_, i) =>
      jitteredDelayMs(i + 1, defaults, () => 0),
    ).reduce((a, b) => a + b);
    expect(shortest).toBeGreaterThan(2 * 60 * 60_000);
  });
});

describe(afterFailedAttempt.name, () => {
  it('schedules the next attempt after the jittered backoff when attempts remain', () => {
    expect(afterFailedAttempt(2, now, policy, () => 0.5)).toEqual({
      status: 'PENDING',
      nextAttemptAt: new Date('2026-01-05T03:00:03Z'),
    });
  });

  it('gives up as FAILED when the last allowed attempt failed', () => {
    expect(afterFailedAttempt(5, now, policy)).toEqual({ status: 'FAILED' });
  });
});
