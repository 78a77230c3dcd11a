import { afterFailedAttempt, retryDelayMs } from './retry-policy';

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

describe(afterFailedAttempt.name, () => {
  it('schedules the next attempt after the backoff when attempts remain', () => {
    expect(afterFailedAttempt(2, now, policy)).toEqual({
      status: 'PENDING',
      nextAttemptAt: new Date('2026-01-05T03:00:04Z'),
    });
  });

  it('gives up as FAILED when the last allowed attempt failed', () => {
    expect(afterFailedAttempt(5, now, policy)).toEqual({ status: 'FAILED' });
  });
});
