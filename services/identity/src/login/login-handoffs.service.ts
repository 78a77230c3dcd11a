import { Inject, Injectable } from '@nestjs/common';
import type { JWTPayload } from 'jose';
import { DomainError, ErrorCode } from '@motcua/contracts';
import { Clock } from '@motcua/platform';
import { IDENTITY_CONFIG, type IdentityConfig } from '../config/identity.config';
import type { UpstreamIdentity } from '../tokens/upstream-identity';
import { LoginHandoffsRepository } from './login-handoffs.repository';
import { newOneTimeCode, secretHash, verifierMatches } from './login-secrets';

/** How long the app has to redeem its one-time code (RFC 6749 §4.1.2: short, 10 min at most). */
export const HANDOFF_TTL_MS = 60_000;

const invalidGrant = (message: string): DomainError =>
  new DomainError(ErrorCode.InvalidGrant, message);

/**
 * The one-time codes that hand a finished sign-in to the app: issued by the sign-in callback,
 * redeemed once at the token endpoint (`authorization_code` grant) with the app's PKCE verifier.
 */
@Injectable()
export class LoginHandoffs {
  private readonly issuers: IdentityConfig['IDENTITY_ISSUERS'];

  constructor(
    private readonly handoffs: LoginHandoffsRepository,
    private readonly clock: Clock,
    @Inject(IDENTITY_CONFIG) config: IdentityConfig,
  ) {
    this.issuers = config.IDENTITY_ISSUERS;
  }

  /** A new code for the session's sign-in; only its hash is stored. */
  async issue(
    sessionId: string,
    identity: { issuer: string; subject: string; claims: JWTPayload },
  ): Promise<string> {
    const code = newOneTimeCode();
    await this.handoffs.create({
      codeHash: secretHash(code),
      sessionId,
      ...identity,
      expiresAt: new Date(this.clock.now().getTime() + HANDOFF_TTL_MS),
    });
    return code;
  }

  /**
   * Whom the code signed in, if it is known, unused and unexpired, `redirectUri` is the one the
   * sign-in started with and S256(`codeVerifier`) is its challenge (RFC 7636 §4.6); else
   * INVALID_GRANT. A refused attempt leaves the code usable by the app that holds the verifier.
   */
  async redeem(code: string, codeVerifier: string, redirectUri: string): Promise<UpstreamIdentity> {
    const now = this.clock.now();
    const handoff = await this.handoffs.findToCheck(secretHash(code));
    if (!handoff) throw invalidGrant('The sign-in code is unknown');
    if (handoff.usedAt !== null) throw invalidGrant('The sign-in code was already used');
    if (handoff.expiresAt.getTime() <= now.getTime())
      throw invalidGrant('The sign-in code has expired');
    if (handoff.redirectUri !== redirectUri)
      throw invalidGrant('The redirect URI is not the one the sign-in started with');
    if (!verifierMatches(codeVerifier, handoff.codeChallenge))
      throw invalidGrant('The code verifier does not match the code challenge of the sign-in');

    const redeemed = await this.handoffs.markUsed(handoff.id, now);
    if (!redeemed) throw invalidGrant('The sign-in code was already used');
    const issuer = this.issuers.find((entry) => entry.issuer === redeemed.issuer);
    if (!issuer) throw invalidGrant('The sign-in came from an issuer that is no longer trusted');
    return { issuer, subject: redeemed.subject, claims: redeemed.claims };
  }
}
