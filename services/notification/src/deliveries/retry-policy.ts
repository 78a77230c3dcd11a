/** How failed deliveries are retried. */
export interface RetryPolicy {
  /** Delay after the first failed attempt; doubles on each further one. */
  baseMs: number;
  /** Attempts in all (the first send included) before the delivery is FAILED. */
  maxAttempts: number;
  /** Upper bound of one delay. */
  maxDelayMs?: number;
}

const DEFAULT_MAX_DELAY_MS = 60 * 60_000;

/** Delay before attempt `attempts + 1`: base, 2×base, 4×base ... capped. */
export function retryDelayMs(attempts: number, policy: RetryPolicy): number {
  return Math.min(
    policy.maxDelayMs ?? DEFAULT_MAX_DELAY_MS,
    policy.baseMs * 2 ** Math.max(0, attempts - 1),
  );
}

/**
 * The delay with "equal jitter": half fixed, half random, so deliveries that failed together
 * (a provider outage) do not all come back at the same instant. `random` is in [0, 1).
 */
export function jitteredDelayMs(
  attempts: number,
  policy: RetryPolicy,
  random: () => number = Math.random,
): number {
  const delay = retryDelayMs(attempts, policy);
  return Math.round(delay / 2 + (delay / 2) * random());
}

export type FailureOutcome = { status: 'PENDING'; nextAttemptAt: Date } | { status: 'FAILED' };

/** What becomes of a delivery whose `attempts`-th attempt just failed. */
export function afterFailedAttempt(
  attempts: number,
  now: Date,
  policy: RetryPolicy,
  random: () => number = Math.random,
): FailureOutcome {
  if (attempts >= policy.maxAttempts) return { status: 'FAILED' };
  return {
    status: 'PENDING',
    nextAttemptAt: new Date(now.getTime() + jitteredDelayMs(attempts, policy, random)),
  };
}
