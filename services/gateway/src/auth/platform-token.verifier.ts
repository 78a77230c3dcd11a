import { Inject, Injectable } from '@nestjs/common';
import { jwtVerify, type JWTPayload } from 'jose';
import { PLATFORM_TOKEN_AUDIENCE, type Principal } from '@motcua/contracts';
import { Clock } from '@motcua/platform';
import { GATEWAY_CONFIG, type GatewayConfig } from '../config/gateway.config';
import { principalOfClaims } from './platform-claims';
import { PLATFORM_TOKEN_ALGORITHM, PlatformKeys } from './platform-keys.service';
import { platformTokenRejected } from './platform-token.errors';
import { VerifiedTokenCache } from './verified-token-cache';

/** JWT type of OAuth access tokens (RFC 9068): an ID token or any other JWT is not one. */
const ACCESS_TOKEN_TYP = 'at+jwt';
/** Claims every platform token carries (iss and aud are checked by value as well). */
const REQUIRED_CLAIMS = ['iss', 'aud', 'sub', 'exp', 'iat', 'jti'];

/**
 * Verifies platform access tokens, the only tokens the gateway accepts: signed by identity with
 * a key of its JWKS (ES256 only), typed `at+jwt`, issued by PLATFORM_TOKEN_ISSUER for the
 * gateway's audience, not expired by the injected clock. Anything else is UNAUTHENTICATED with the check that failed.
 */
@Injectable()
export class PlatformTokenVerifier {
  private readonly cache: VerifiedTokenCache;
  private cacheGeneration: number;

  constructor(
    private readonly keys: PlatformKeys,
    private readonly clock: Clock,
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
  ) {
    this.cache = new VerifiedTokenCache(config.GATEWAY_TOKEN_CACHE_SIZE);
    this.cacheGeneration = keys.generation();
  }

  async verify(token: string): Promise<Principal> {
    const now = this.clock.now();
    const generation = this.keys.generation();
    if (this.cacheGeneration !== generation) {
      this.cache.clear();
      this.cacheGeneration = generation;
    }
    const cached = this.cache.get(token, now.getTime());
    if (cached) return cached;
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, this.keys.getKey, {
        algorithms: [PLATFORM_TOKEN_ALGORITHM],
        typ: ACCESS_TOKEN_TYP,
        issuer: this.config.PLATFORM_TOKEN_ISSUER,
        audience: PLATFORM_TOKEN_AUDIENCE,
        requiredClaims: REQUIRED_CLAIMS,
        currentDate: now,
        clockTolerance: this.config.PLATFORM_TOKEN_CLOCK_TOLERANCE_S,
      }));
    } catch (err) {
      throw platformTokenRejected(err);
    }
    const principal = principalOfClaims(payload);
    this.cache.set(token, principal, now.getTime());
    return principal;
  }
}
