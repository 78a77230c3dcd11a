import { createHash } from 'node:crypto';
import type { Principal } from '@motcua/contracts';
import type { Clock } from '@motcua/platform';

export interface PrincipalCacheOptions {
  /** Longest a principal stays cached; 0 disables the cache. */
  ttlSeconds: number;
  maxEntries: number;
}

interface Entry {
  principal: Principal;
  expiresAtMs: number;
}

/**
 * Principals of recently verified tokens. Tokens are checked on every GraphQL call, so a short
 * memory saves the signature check and the staff lookup; a deactivated staff member keeps access
 * for at most the TTL. Keyed by a SHA-256 of the token (no bearer token sits in memory as a key),
 * least recently used evicted first.
 */
export class PrincipalCache {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly options: PrincipalCacheOptions,
    private readonly clock: Clock,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  get(token: string): Principal | undefined {
    const key = keyOf(token);
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    if (entry.expiresAtMs <= this.clock.now().getTime()) return undefined;
    this.entries.set(key, entry); // most recently used last
    return entry.principal;
  }

  /** Keeps the principal until min(token expiry, now + TTL). */
  set(token: string, principal: Principal): void {
    const now = this.clock.now().getTime();
    const expiresAtMs = Math.min(principal.expiresAt * 1000, now + this.options.ttlSeconds * 1000);
    if (expiresAtMs <= now) return;
    const key = keyOf(token);
    this.entries.delete(key);
    this.entries.set(key, { principal, expiresAtMs });
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.options.maxEntries) break;
      this.entries.delete(oldest);
    }
  }
}

function keyOf(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}
