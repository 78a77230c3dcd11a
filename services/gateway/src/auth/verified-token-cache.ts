import type { Principal } from '@motcua/contracts';

interface Entry {
  principal: Principal;
  expiresAtMs: number;
}

/**
 * Principals by token hash, each kept until its token expires or `maxAgeMs` passes, whichever
 * comes first (a revoked staff role takes effect within a minute). Bounded: the least recently
 * used entry goes first.
 */
export class PrincipalCache {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly maxEntries: number,
    private readonly maxAgeMs = 60_000,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  get(key: string, nowMs: number): Principal | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    if (entry.expiresAtMs <= nowMs) return undefined;
    this.entries.set(key, entry); // most recently used last
    return entry.principal;
  }

  set(key: string, principal: Principal, nowMs: number): void {
    const expiresAtMs = Math.min(principal.expiresAt * 1000, nowMs + this.maxAgeMs);
    this.entries.delete(key);
    if (expiresAtMs <= nowMs) return;
    this.entries.set(key, { principal, expiresAtMs });
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
  }
}
