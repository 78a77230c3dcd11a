import type { Principal } from '@motcua/contracts';
import { PrincipalCache } from './principal-cache';

const NOW = 1_800_000_000_000;
const principal = (overrides: Partial<Principal> = {}): Principal => ({
  kind: 'STAFF',
  issuer: 'http://idp/realms/hanoi',
  subject: 'demo.hanoi.receiver',
  tenant: 'hanoi',
  displayName: 'Receiver',
  roles: ['RECEIVER'],
  branchId: 'hn-b1',
  agencyCode: null,
  expiresAt: NOW / 1000 + 3600,
  ...overrides,
});

describe(PrincipalCache.name, () => {
  describe('get', () => {
    it('returns the principal within 60 s when the token lives longer', () => {
      const cache = new PrincipalCache(10);
      cache.set('k', principal(), NOW);
      expect(cache.get('k', NOW + 59_999)?.subject).toBe('demo.hanoi.receiver');
      expect(cache.get('k', NOW + 60_000)).toBeUndefined();
    });

    it('forgets the principal when its token expires before 60 s', () => {
      const cache = new PrincipalCache(10);
      cache.set('k', principal({ expiresAt: NOW / 1000 + 10 }), NOW);
      expect(cache.get('k', NOW + 9_999)).toBeDefined();
      expect(cache.get('k', NOW + 10_000)).toBeUndefined();
    });
  });

  describe('set', () => {
    it('keeps nothing when the token has already expired', () => {
      const cache = new PrincipalCache(10);
      cache.set('k', principal({ expiresAt: NOW / 1000 - 1 }), NOW);
      expect(cache.size).toBe(0);
    });

    it('drops the least recently used entry when full', () => {
      const cache = new PrincipalCache(2);
      cache.set('a', principal(), NOW);
      cache.set('b', principal(), NOW);
      cache.get('a', NOW);
      cache.set('c', principal(), NOW);
      expect(cache.size).toBe(2);
      expect(cache.get('b', NOW)).toBeUndefined();
      expect(cache.get('a', NOW)).toBeDefined();
      expect(cache.get('c', NOW)).toBeDefined();
    });
  });
});
