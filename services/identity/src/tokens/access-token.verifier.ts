import { Inject, Injectable } from '@nestjs/common';
import { decodeJwt, jwtVerify, type JWTPayload } from 'jose';
import { Clock } from '@motcua/platform';
import { IDENTITY_CONFIG, type IdentityConfig } from '../config/identity.config';
import type { IssuerConfig } from '../config/issuers.schema';
import { IssuerKeys } from './issuer-keys';
import { tokenErrors, tokenRejected } from './token.exception';
import type { UpstreamIdentity } from './upstream-identity';

/** Asymmetric algorithms only: a symmetric one would let anyone holding the secret mint tokens. */
export const ACCEPTED_ALGORITHMS = ['RS256', 'ES256', 'PS256'];

export interface VerifiedToken extends UpstreamIdentity {
  /** Seconds since the epoch. */
  expiresAt: number;
}

/**
 * Verifies access tokens of the configured upstream issuers only (signature, iss, aud, exp, nbf):
 * the subject tokens of the token exchange grant.
 */
@Injectable()
export class AccessTokenVerifier {
  private readonly issuers: ReadonlyMap<string, IssuerConfig>;

  constructor(
    @Inject(IDENTITY_CONFIG) private readonly config: IdentityConfig,
    private readonly keys: IssuerKeys,
    private readonly clock: Clock,
  ) {
    this.issuers = new Map(config.IDENTITY_ISSUERS.map((issuer) => [issuer.issuer, issuer]));
  }

  async verify(token: string): Promise<VerifiedToken> {
    const issuer = this.issuerOf(token);
    let claims: JWTPayload;
    try {
      const keys = await this.keys.keysOf(issuer.issuer);
      ({ payload: claims } = await jwtVerify(token, keys, {
        issuer: issuer.issuer,
        audience: issuer.audience,
        algorithms: ACCEPTED_ALGORITHMS,
        currentDate: this.clock.now(),
        clockTolerance: this.config.IDENTITY_CLOCK_TOLERANCE_S,
        requiredClaims: ['sub', 'exp'],
      }));
    } catch (err) {
      throw tokenRejected(err);
    }
    if (typeof claims.sub !== 'string' || claims.sub === '' || claims.exp === undefined)
      throw tokenErrors.noSubject();
    return { issuer, subject: claims.sub, expiresAt: claims.exp, claims };
  }

  /** The configured issuer the (not yet verified) token claims; verification then holds it to it. */
  private issuerOf(token: string): IssuerConfig {
    let iss: unknown;
    try {
      iss = decodeJwt(token).iss;
    } catch {
      throw tokenErrors.notAJwt();
    }
    const issuer = typeof iss === 'string' ? this.issuers.get(iss) : undefined;
    if (!issuer) throw tokenErrors.untrustedIssuer();
    return issuer;
  }
}
