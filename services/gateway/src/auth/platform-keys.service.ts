import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { createLocalJWKSet, errors, type JWK, type JWTVerifyGetKey } from 'jose';
import { DomainError, ErrorCode, identityRpc, type PublicJwk } from '@motcua/contracts';
import { Clock, RpcClient } from '@motcua/platform';
import { GATEWAY_CONFIG, type GatewayConfig } from '../config/gateway.config';

/** The only signing algorithm of platform tokens. */
export const PLATFORM_TOKEN_ALGORITHM = 'ES256';

interface KeySet {
  /** Public members only, as /.well-known/jwks.json publishes them. */
  keys: PublicJwk[];
  kids: ReadonlySet<string>;
  getKey: ReturnType<typeof createLocalJWKSet>;
  fetchedAtMs: number;
}

/**
 * identity's public signing keys (current, next and recently retired), fetched over NATS and kept
 * in memory. A key set older than GATEWAY_JWKS_REFRESH_S is refetched in the background while
 * the old one keeps serving. A token naming a key the set does not hold refetches it at once (a
 * key identity has just started to use), but at most once per
 * GATEWAY_JWKS_UNKNOWN_KID_COOLDOWN_S: tokens with made-up key ids cannot flood identity.
 */
@Injectable()
export class PlatformKeys implements OnApplicationBootstrap {
  private readonly logger = new Logger(PlatformKeys.name);
  private current?: KeySet;
  private loading?: Promise<KeySet>;
  private lastAttemptMs = Number.NEGATIVE_INFINITY;
  private generationCount = 0;

  constructor(
    private readonly rpc: RpcClient,
    private readonly clock: Clock,
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
  ) {}

  /** Fetches the keys early so that the first request does not wait (identity may be down). */
  onApplicationBootstrap(): void {
    this.load().catch((err: unknown) => this.warn('keys not loaded at start', err));
  }

  /**
   * Changes whenever the set of key ids changes: earlier verdicts may no longer hold. Asking
   * also refreshes a stale set in the background, so verdicts cached by the verifier follow
   * the keys even when no new token comes by.
   */
  generation(): number {
    if (this.current) this.refreshIfStale(this.current);
    return this.generationCount;
  }

  /** The public keys, for /.well-known/jwks.json. */
  async publicKeys(): Promise<PublicJwk[]> {
    return (await this.fresh()).keys;
  }

  /** jose's key lookup for `jwtVerify`: the key the token's header names. */
  readonly getKey: JWTVerifyGetKey = async (header, token) => {
    // identity always names the key; without a name any key of the set would be tried.
    if (!header.kid) throw new errors.JWKSNoMatchingKey('the token names no key');
    let set = await this.fresh();
    if (!set.kids.has(header.kid) && this.mayFetch()) set = await this.load();
    return set.getKey(header, token);
  };

  /** The current set; a stale one is refreshed in the background. */
  private async fresh(): Promise<KeySet> {
    const current = this.current;
    if (!current) return this.load();
    this.refreshIfStale(current);
    return current;
  }

  private refreshIfStale(set: KeySet): void {
    const age = this.nowMs() - set.fetchedAtMs;
    if (age >= this.config.GATEWAY_JWKS_REFRESH_S * 1000 && this.mayFetch())
      this.load().catch((err: unknown) => this.warn('keys not refreshed', err));
  }

  private mayFetch(): boolean {
    return (
      this.nowMs() - this.lastAttemptMs >= this.config.GATEWAY_JWKS_UNKNOWN_KID_COOLDOWN_S * 1000
    );
  }

  /** One fetch at a time; a failed one keeps the previous set. */
  private load(): Promise<KeySet> {
    if (!this.loading) {
      this.lastAttemptMs = this.nowMs();
      this.loading = this.fetch().finally(() => (this.loading = undefined));
    }
    return this.loading;
  }

  private async fetch(): Promise<KeySet> {
    const answer = await this.rpc.request('identity.keys.list.v1', {});
    const parsed = identityRpc['identity.keys.list.v1'].response.safeParse(answer);
    if (!parsed.success)
      throw new DomainError(ErrorCode.Unavailable, 'identity answered keys that are no JWKS');
    const keys = parsed.data.keys.filter(isPlatformKey).map(publicPart);
    if (!keys.length) this.logger.warn('identity publishes no ES256 signing key');
    const kids = new Set(keys.map((k) => k.kid));
    const previous = this.current?.kids;
    if (!previous || previous.size !== kids.size || [...kids].some((k) => !previous.has(k)))
      this.generationCount += 1;
    const set: KeySet = {
      keys,
      kids,
      getKey: createLocalJWKSet({ keys: keys.map(toJwk) }),
      fetchedAtMs: this.nowMs(),
    };
    this.current = set;
    return set;
  }

  private nowMs(): number {
    return this.clock.now().getTime();
  }

  private warn(what: string, err: unknown): void {
    this.logger.warn(`${what}: ${err instanceof Error ? err.message : String(err)}`);
  }
}

const isPlatformKey = (key: PublicJwk) =>
  key.kty === 'EC' &&
  key.alg === PLATFORM_TOKEN_ALGORITHM &&
  key.crv === 'P-256' &&
  typeof key.x === 'string' &&
  typeof key.y === 'string';

/** Only the public members: a private `d` published by mistake never leaves the gateway. */
function publicPart(key: PublicJwk): PublicJwk {
  const { kty, kid, alg, use, crv, x, y } = key;
  return { kty, kid, alg, use, crv, x, y };
}

function toJwk(key: PublicJwk): JWK {
  const { kty, kid, alg, use, crv, x, y } = key;
  return { kty, kid, alg, use, crv: String(crv), x: String(x), y: String(y) };
}
