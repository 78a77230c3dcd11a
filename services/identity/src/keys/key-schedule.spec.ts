import {
  hasNextKeyAt,
  planKeyRing,
  publishedKeysAt,
  signingKeyAt,
  type RotationPolicy,
  type ScheduledKey,
} from './key-schedule';

const DAY = 24 * 3600 * 1000;
const T0 = new Date('2026-03-01T00:00:00Z');
const at = (ms: number) => new Date(T0.getTime() + ms);
const policy: RotationPolicy = {
  rotationMs: 30 * DAY,
  publishLeadMs: 3600_000,
  retiredKeyPublishedMs: 630_000,
};

function key(kid: string, overrides: Partial<ScheduledKey> = {}): ScheduledKey {
  return { kid, signsFrom: T0, signsUntil: null, publishedUntil: null, ...overrides };
}

/** A ring as planned at T0: k1 signs for 30 days, then k2. */
const ring = (): ScheduledKey[] => [
  key('k1', { signsUntil: at(30 * DAY), publishedUntil: at(30 * DAY + 630_000) }),
  key('k2', { signsFrom: at(30 * DAY) }),
];

describe(planKeyRing.name, () => {
  it('plans a key that signs now and a next one a rotation period later when the ring is empty', () => {
    expect(planKeyRing([], T0, policy)).toEqual({
      create: [
        { signsFrom: T0, signsUntil: at(30 * DAY), publishedUntil: at(30 * DAY + 630_000) },
        { signsFrom: at(30 * DAY), signsUntil: null, publishedUntil: null },
      ],
      retire: [],
      drop: [],
    });
  });

  it('changes nothing while one key signs and the next is published', () => {
    expect(planKeyRing(ring(), at(29 * DAY), policy)).toEqual({ create: [], retire: [], drop: [] });
  });

  it('plans a new next key and retires the one that took over when the rotation is due', () => {
    const plan = planKeyRing(ring(), at(30 * DAY + 1), policy);

    expect(plan).toEqual({
      create: [{ signsFrom: at(60 * DAY), signsUntil: null, publishedUntil: null }],
      retire: [{ kid: 'k2', signsUntil: at(60 * DAY), publishedUntil: at(60 * DAY + 630_000) }],
      drop: [],
    });
  });

  it('drops a retired key once the last token it signed has expired, not before', () => {
    const keys = ring();
    keys.push(key('k3', { signsFrom: at(60 * DAY) }));
    keys[1] = { ...keys[1], signsUntil: at(60 * DAY), publishedUntil: at(60 * DAY + 630_000) };

    expect(planKeyRing(keys, at(30 * DAY + 629_999), policy).drop).toEqual([]);
    expect(planKeyRing(keys, at(30 * DAY + 630_000), policy).drop).toEqual(['k1']);
  });

  it('publishes the next key at least the lead ahead when identity was down past the rotation', () => {
    // k2 took over at day 30; nobody checked until day 100.
    const plan = planKeyRing(ring(), at(100 * DAY), policy);

    expect(plan.create).toEqual([
      { signsFrom: at(100 * DAY + 3600_000), signsUntil: null, publishedUntil: null },
    ]);
    expect(plan.retire).toEqual([
      expect.objectContaining({ kid: 'k2', signsUntil: at(100 * DAY + 3600_000) }),
    ]);
    expect(plan.drop).toEqual(['k1']);
  });

  it('starts a key now when no key signs, signing until the key already planned', () => {
    const plan = planKeyRing([key('later', { signsFrom: at(DAY) })], T0, policy);

    expect(plan.create).toEqual([
      { signsFrom: T0, signsUntil: at(DAY), publishedUntil: at(DAY + 630_000) },
    ]);
    expect(plan.retire).toEqual([]);
  });
});

describe(signingKeyAt.name, () => {
  it('answers the key whose signing period holds the moment', () => {
    expect(signingKeyAt(ring(), at(30 * DAY - 1))?.kid).toBe('k1');
    expect(signingKeyAt(ring(), at(30 * DAY))?.kid).toBe('k2');
  });

  it('answers none before any key signs', () => {
    expect(signingKeyAt(ring(), at(-1))).toBeUndefined();
  });
});

describe(publishedKeysAt.name, () => {
  it('publishes the signing, next and recently retired keys, oldest first', () => {
    expect(publishedKeysAt(ring(), at(DAY)).map((k) => k.kid)).toEqual(['k1', 'k2']);
    expect(publishedKeysAt(ring(), at(30 * DAY + 630_000)).map((k) => k.kid)).toEqual(['k2']);
  });
});

describe(hasNextKeyAt.name, () => {
  it('tells whether a key is lined up after the signing one', () => {
    expect(hasNextKeyAt(ring(), at(DAY))).toBe(true);
    expect(hasNextKeyAt(ring(), at(30 * DAY))).toBe(false);
  });
});
