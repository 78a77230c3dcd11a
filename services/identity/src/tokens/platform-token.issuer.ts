import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { SignJWT } from 'jose';
import { PLATFORM_TOKEN_AUDIENCE } from '@motcua/contracts';
import { Clock } from '@motcua/platform';
import { IDENTITY_CONFIG, type IdentityConfig } from '../config/identity.config';
import { KeyRing } from '../keys/key-ring.service';
import { platformTokenClaims, type TokenSubject } from './platform-token-claims';

export interface IssuedAccessToken {
  accessToken: string;
  /** Seconds. */
  expiresIn: number;
}

/** JWT media type of OAuth 2.0 access tokens (RFC 9068): never mistaken for an ID token. */
export const ACCESS_TOKEN_TYPE = 'at+jwt';

/** Signs platform access tokens with the key ring's current key. */
@Injectable()
export class PlatformTokenIssuer {
  constructor(
    @Inject(IDENTITY_CONFIG) private readonly config: IdentityConfig,
    private readonly keyRing: KeyRing,
    private readonly clock: Clock,
  ) {}

  async issue(subject: TokenSubject): Promise<IssuedAccessToken> {
    const { kid, alg, key } = await this.keyRing.signingKey();
    const ttl = this.config.IDENTITY_ACCESS_TOKEN_TTL_S;
    const now = Math.floor(this.clock.now().getTime() / 1000);
    const accessToken = await new SignJWT(platformTokenClaims(subject))
      .setProtectedHeader({ alg, kid, typ: ACCESS_TOKEN_TYPE })
      .setIssuer(this.config.PLATFORM_TOKEN_ISSUER)
      .setAudience(PLATFORM_TOKEN_AUDIENCE)
      .setSubject(subject.subject)
      .setIssuedAt(now)
      .setExpirationTime(now + ttl)
      .setJti(randomUUID())
      .sign(key);
    return { accessToken, expiresIn: ttl };
  }
}
