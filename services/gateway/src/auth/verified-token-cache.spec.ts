import type { Principal } from '@motcua/contracts';
import { VerifiedTokenCache } from './verified-token-cache';

const NOW = 1_800_000_000_000;
const principal = (expiresInS = 300): Principal => ({
  kind: 'STAFF',
  subject: 'demo.hanoi.receiver',
  tenant: 'hanoi',
  displayName: 'Receiver',
  roles: ['RECEIVER'],
  branchIds: ['hn-ba-dinh'],
  agencyCodes: [],
  personalId: null,
  assurance: null,
  scopes: [],
  expiresAt: NOW / 1000 + expiresInS,
});

describe(VerifiedTokenCache.name, () => {
  describe('get', () => {
    it('returns the principal until its token expires', () => {
      const cache = new VerifiedTokenCache(10);
      cache.set('token-a', principal(300), NOW);
      expect(cache.get('token-a', NOW + 299_999)?.subject).toBe('demo.hanoi.receiver');
      expect(cache.get('token-a', NOW + 300_000)).toBeUndefined();
      expect(cache.size).toBe(0);
    });

    it('knows nothing of another token', () => {
      const cache = new VerifiedTokenCache(10);
      cache.set('token-a', principal(), NOW);
      expect(cache.get('token-b', NOW)).toBeUndefined();
    });
  });

  describe('set', () => {
    it('keeps nothing when the token has already expired or the cache is off', () => {
      const expired = new VerifiedTokenCache(10);
      expired.set('token-a', principal(-1), NOW);
      expect(expired.size).toBe(0);
      const off = new VerifiedTokenCache(0);
      off.set('token-a', principal(), NOW);
      expect(off.get('token-a', NOW)).toBeUndefined();
    });

    it('drops the least recently used entry when full', () => {
      const cache = new VerifiedTokenCache(2);
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

  describe('clear', () => {
    it('forgets every verdict', () => {
      const cache = new VerifiedTokenCache(10);
      cache.set('a', principal(), NOW);
      cache.clear();
      expect(cache.get('a', NOW)).toBeUndefined();
    });
  });
});
