/**
 * When each signing key signs and how long it stays published, as pure decisions over the stored
 * schedule: every replica reading the same rows picks the same key, whoever wrote them.
 *
 * A key signs from `signsFrom` until `signsUntil` (its successor's `signsFrom`; null while no
 * successor is planned) and is published until `publishedUntil` (null: while it signs or will),
 * i.e. until every token it signed has expired.
 */
export interface ScheduledKey {
  kid: string;
  signsFrom: Date;
  signsUntil: Date | null;
  publishedUntil: Date | null;
}

export interface RotationPolicy {
  /** How long a key signs before the next takes over. */
  rotationMs: number;
  /** Least time a new key is published before it signs (when it cannot be a full period). */
  publishLeadMs: number;
  /** How long a retired key stays published after its last signature: token TTL + tolerance. */
  retiredKeyPublishedMs: number;
}

/** A key to generate, with its place in the schedule. */
export interface PlannedKey {
  signsFrom: Date;
  signsUntil: Date | null;
  publishedUntil: Date | null;
}

export interface KeyRingPlan {
  create: PlannedKey[];
  /** Keys whose successor is now planned: they stop signing then, and stay published a while. */
  retire: { kid: string; signsUntil: Date; publishedUntil: Date }[];
  /** Retired keys past `publishedUntil`: no unexpired token names them any more. */
  drop: string[];
}

const signsAt = (key: Pick<ScheduledKey, 'signsFrom' | 'signsUntil'>, now: Date): boolean =>
  key.signsFrom <= now && (key.signsUntil === null || key.signsUntil > now);

const isPublishedAt = (key: ScheduledKey, now: Date): boolean =>
  key.publishedUntil === null || key.publishedUntil > now;

/** The key that signs at `now`: the latest one started; undefined when none does. */
export function signingKeyAt<K extends ScheduledKey>(keys: readonly K[], now: Date): K | undefined {
  let found: K | undefined;
  for (const key of keys) {
    if (signsAt(key, now) && (!found || key.signsFrom > found.signsFrom)) found = key;
  }
  return found;
}

/** Keys verifiers must know at `now`: the signing one, the next ones, the recently retired. */
export function publishedKeysAt<K extends ScheduledKey>(keys: readonly K[], now: Date): K[] {
  return keys
    .filter((key) => isPublishedAt(key, now))
    .sort((a, b) => a.signsFrom.getTime() - b.signsFrom.getTime());
}

/** Whether the ring already has a key lined up after the one signing at `now`. */
export function hasNextKeyAt(keys: readonly ScheduledKey[], now: Date): boolean {
  return keys.some((key) => key.signsFrom > now && isPublishedAt(key, now));
}

/**
 * What to change so that at `now` one key signs and the next is already published:
 * - no key signs (an empty ring, or identity was down past every planned key): one signs from now;
 * - no next key: one is planned a rotation period after the signing key started, or after the
 *   publish lead when that moment has passed, and the signing key retires then;
 * - retired keys whose tokens have all expired are dropped.
 */
export function planKeyRing(
  keys: readonly ScheduledKey[],
  now: Date,
  policy: RotationPolicy,
): KeyRingPlan {
  const plan: KeyRingPlan = { create: [], retire: [], drop: [] };
  const live: ScheduledKey[] = [];
  for (const key of keys) {
    if (isPublishedAt(key, now)) live.push(key);
    else plan.drop.push(key.kid);
  }
  const at = (ms: number) => new Date(ms);
  const retiredUntil = (signsUntil: Date) =>
    at(signsUntil.getTime() + policy.retiredKeyPublishedMs);

  let current: ScheduledKey | PlannedKey | undefined = signingKeyAt(live, now);
  if (!current) {
    // Signs until a key planned later, if any (a clock set back), else until its successor.
    const later = live
      .filter((key) => key.signsFrom > now)
      .reduce<Date | null>((min, key) => (!min || key.signsFrom < min ? key.signsFrom : min), null);
    current = {
      signsFrom: now,
      signsUntil: later,
      publishedUntil: later && retiredUntil(later),
    };
    plan.create.push(current);
  }
  if (!hasNextKeyAt(live, now)) {
    const signsFrom = at(
      Math.max(
        current.signsFrom.getTime() + policy.rotationMs,
        now.getTime() + policy.publishLeadMs,
      ),
    );
    plan.create.push({ signsFrom, signsUntil: null, publishedUntil: null });
    const publishedUntil = retiredUntil(signsFrom);
    if ('kid' in current)
      plan.retire.push({ kid: current.kid, signsUntil: signsFrom, publishedUntil });
    else Object.assign(current, { signsUntil: signsFrom, publishedUntil });
  }
  return plan;
}
