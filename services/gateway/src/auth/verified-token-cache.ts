import { createHash } from 'node:crypto';
import type { Principal } from '@motcua/contracts';

/**
 * Principals of platform tokens already verified, by token hash, each kept until its token
 * expires. Verifying an ES256 signature costs ~0.15 ms of CPU here, a hash and a lookup ~2 µs:
 * a client sends the same token with every request for its whole life. Bounded: the least
 * recently used entry goes first. Tokens never sit in memory as keys, only their hashes.
 */
export class VerifiedTokenCache {
  private readonly entries = new Map<string, Principal>();

  constructor(private readonly maxEntries: number) {}

  get size(): number {
    return this.entries.size;
  }

  get(token: string, nowMs: number): Principal | undefined {
    const key = hashOf(token);
    const principal = this.entries.get(key);
    if (!principal) return undefined;
    this.entries.delete(key);
    if (principal.expiresAt * 1000 <= nowMs) return undefined;
    this.entries.set(key, principal); // most recently used last
    return principal;
  }

  set(token: string, principal: Principal, nowMs: number): void {
    if (this.maxEntries === 0 || principal.expiresAt * 1000 <= nowMs) return;
    const key = hashOf(token);
    this.entries.delete(key);
    this.entries.set(key, principal);
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
  }

  /** Forgets everything: the keys changed, so earlier verdicts may no longer hold. */
  clear(): void {
    this.entries.clear();
  }
}

const hashOf = (token: string) => createHash('sha256').update(token).digest('base64url');
