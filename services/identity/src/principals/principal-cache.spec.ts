import type { Principal } from '@motcua/contracts';
import { FixedClock } from '@motcua/platform';
import { PrincipalCache } from './principal-cache';

const T0 = new Date('2026-03-02T02:00:00Z');
const seconds = (date: Date) => Math.floor(date.getTime() / 1000);

function principal(overrides: Partial<Principal> = {}): Principal {
  return {
    kind: 'STAFF',
    issuer: 'https://sso.example.vn/realms/hanoi',
    subject: 'demo.hanoi.receiver',
    tenant: 'hanoi',
    displayName: 'Nguyễn Thị Thu Hà',
    roles: ['RECEIVER'],
    branchId: 'hn-ba-dinh',
    agencyCode: null,
    expiresAt: seconds(T0) + 3600,
    ...overrides,
  };
}

describe(PrincipalCache.name, () => {
  let clock: FixedClock;
  let cache: PrincipalCache;

  beforeEach(() => {
    clock = new FixedClock(T0);
    cache = new PrincipalCache({ ttlSeconds: 60, maxEntries: 2 }, clock);
  });

  it('returns the principal of a token until the TTL passes when the token lives longer', () => {
    cache.set('token-a', principal());
    clock.advance(59_000);
    expect(cache.get('token-a')).toEqual(principal());
    clock.advance(1_000);
    expect(cache.get('token-a')).toBeUndefined();
  });

  it('forgets the principal when the token expires before the TTL', () => {
    cache.set('token-a', principal({ expiresAt: seconds(T0) + 10 }));
    clock.advance(9_000);
    expect(cache.get('token-a')).toBeDefined();
    clock.advance(1_000);
    expect(cache.get('token-a')).toBeUndefined();
  });

  it('does not keep a principal whose token has already expired', () => {
    cache.set('token-a', principal({ expiresAt: seconds(T0) - 1 }));
    expect(cache.size).toBe(0);
  });

  it('evicts the least recently used token when full', () => {
    cache.set('token-a', principal({ subject: 'a' }));
    cache.set('token-b', principal({ subject: 'b' }));
    cache.get('token-a');
    cache.set('token-c', principal({ subject: 'c' }));
    expect(cache.get('token-b')).toBeUndefined();
    expect(cache.get('token-a')?.subject).toBe('a');
    expect(cache.get('token-c')?.subject).toBe('c');
    expect(cache.size).toBe(2);
  });

  it('caches nothing when the TTL is 0', () => {
    cache = new PrincipalCache({ ttlSeconds: 0, maxEntries: 2 }, clock);
    cache.set('token-a', principal());
    expect(cache.get('token-a')).toBeUndefined();
  });
});
