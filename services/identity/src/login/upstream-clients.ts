import { Inject, Injectable, Logger } from '@nestjs/common';
import * as client from 'openid-client';
import { DomainError, ErrorCode } from '@motcua/contracts';
import { IDENTITY_CONFIG, type IdentityConfig } from '../config/identity.config';
import type { IssuerConfig } from '../config/issuers.schema';

/** An issuer the platform signs people in at: it has a client id there. */
export type SignInIssuer = IssuerConfig & { clientId: string };

export function canSignIn(issuer: IssuerConfig): issuer is SignInIssuer {
  return issuer.clientId !== undefined;
}

/**
 * The platform's relying-party configuration at each sign-in issuer (openid-client), discovered
 * on first use and kept; a failed discovery is not kept, so the next sign-in retries.
 */
@Injectable()
export class UpstreamClients {
  private readonly logger = new Logger(UpstreamClients.name);
  private readonly configurations = new Map<string, Promise<client.Configuration>>();

  constructor(@Inject(IDENTITY_CONFIG) private readonly config: IdentityConfig) {}

  configurationOf(issuer: SignInIssuer): Promise<client.Configuration> {
    const cached = this.configurations.get(issuer.issuer);
    if (cached) return cached;
    const discovered = this.discover(issuer);
    this.configurations.set(issuer.issuer, discovered);
    discovered.catch(() => {
      if (this.configurations.get(issuer.issuer) === discovered)
        this.configurations.delete(issuer.issuer);
    });
    return discovered;
  }

  private async discover(issuer: SignInIssuer): Promise<client.Configuration> {
    const url = new URL(issuer.issuer);
    try {
      const configuration = await client.discovery(
        url,
        issuer.clientId,
        undefined,
        issuer.clientSecret === undefined
          ? client.None()
          : client.ClientSecretBasic(issuer.clientSecret),
        {
          // Plain http only for an issuer on this machine (the demo's stand-in); never across a network.
          execute: isHttpLoopback(url) ? [client.allowInsecureRequests] : [],
          timeout: Math.ceil(this.config.IDENTITY_ISSUER_TIMEOUT_MS / 1000),
        },
      );
      this.logger.log(`sign-in at ${issuer.issuer} as client ${issuer.clientId}`);
      return configuration;
    } catch (err) {
      this.logger.warn(
        `discovery of ${issuer.issuer} failed: ${err instanceof Error ? err.message : String(err)}`,
      );
      throw new DomainError(
        ErrorCode.Unavailable,
        'The sign-in provider cannot be reached now; try again later',
      );
    }
  }
}

/** http://localhost, http://127.x.x.x or http://[::1]. */
export function isHttpLoopback(url: URL): boolean {
  if (url.protocol !== 'http:') return false;
  const host = url.hostname;
  return host === 'localhost' || host === '[::1]' || /^127(?:\.\d{1,3}){3}$/.test(host);
}
