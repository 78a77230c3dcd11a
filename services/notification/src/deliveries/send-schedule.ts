/** Shortest sleep between rounds, so a row due "now" but locked elsewhere cannot spin the loop. */
const MIN_WAIT_MS = 20;

/** How long a sending worker sleeps: until the next row falls due, at most the poll interval. */
export function waitForNextDueMs(nextDueAt: Date | null, now: Date, pollMs: number): number {
  if (!nextDueAt) return pollMs;
  return Math.max(MIN_WAIT_MS, Math.min(pollMs, nextDueAt.getTime() - now.getTime()));
}

/** A claim's lease outlasts a send that runs into its timeout, so no other worker takes it meanwhile. */
export function leaseUntil(now: Date, sendTimeoutMs: number): Date {
  return new Date(now.getTime() + 2 * sendTimeoutMs + 5000);
}
