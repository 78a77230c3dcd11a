import { Inject, Injectable, Logger } from '@nestjs/common';
import { createRemoteJWKSet, errors, type JWTVerifyGetKey } from 'jose';
import { z } from 'zod';
import { IDENTITY_CONFIG, type IdentityConfig } from '../config/identity.config';
import { IssuerUnavailableError } from './token.exception';

const discoverySchema = z.object({ issuer: z.string(), jwks_uri: z.url({ protocol: /^https?$/ }) });

/**
 * The signing keys of each configured issuer: its JWKS URI is discovered on first use (OpenID
 * Connect Discovery) and the key set cached; jose refetches it when a token names an unknown key
 * (key rotation). A failed discovery is not cached, so the next token retries.
 */
@Injectable()
export class IssuerKeys {
  private readonly logger = new Logger(IssuerKeys.name);
  private readonly keySets = new Map<string, Promise<JWTVerifyGetKey>>();

  constructor(@Inject(IDENTITY_CONFIG) private readonly config: IdentityConfig) {}

  keysOf(issuer: string): Promise<JWTVerifyGetKey> {
    const cached = this.keySets.get(issuer);
    if (cached) return cached;
    const discovered = this.discover(issuer);
    this.keySets.set(issuer, discovered);
    discovered.catch((err: unknown) => {
      if (this.keySets.get(issuer) === discovered) this.keySets.delete(issuer);
      this.logger.warn(err instanceof Error ? err.message : String(err));
    });
    return discovered;
  }

  private async discover(issuer: string): Promise<JWTVerifyGetKey> {
    const timeoutDuration = this.config.IDENTITY_ISSUER_TIMEOUT_MS;
    const url = `${issuer.replace(/\/+$/, '')}/.well-known/openid-configuration`;
    let body: unknown;
    try {
      const response = await fetch(url, {
        headers: { accept: 'application/json' },
        signal: AbortSignal.timeout(timeoutDuration),
      });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      body = await response.json();
    } catch (err) {
      throw new IssuerUnavailableError(
        issuer,
        `discovery at ${url} failed: ${err instanceof Error ? err.message : String(err)}`,
      );
    }
    const metadata = discoverySchema.safeParse(body);
    if (!metadata.success)
      throw new IssuerUnavailableError(
        issuer,
        `discovery document at ${url} has no valid jwks_uri`,
      );
    // OpenID Connect Discovery §4.3: the document must name the issuer it was fetched for.
    if (metadata.data.issuer !== issuer) {
      throw new IssuerUnavailableError(
        issuer,
        `discovery document at ${url} names issuer ${metadata.data.issuer}`,
      );
    }
    const keySet = createRemoteJWKSet(new URL(metadata.data.jwks_uri), { timeoutDuration });
    this.logger.log(`keys of ${issuer} at ${metadata.data.jwks_uri}`);
    return async (header, token) => {
      try {
        return await keySet(header, token);
      } catch (err) {
        // No (single) matching key is the token's fault; anything else is the key endpoint's.
        if (
          err instanceof errors.JWKSNoMatchingKey ||
          err instanceof errors.JWKSMultipleMatchingKeys
        )
          throw err;
        throw new IssuerUnavailableError(
          issuer,
          `keys at ${metadata.data.jwks_uri}: ${err instanceof Error ? err.message : String(err)}`,
        );
      }
    };
  }
}
