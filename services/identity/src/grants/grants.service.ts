import { Injectable } from '@nestjs/common';
import { DomainError, ErrorCode, type TokenGrant, type TokenResponse } from '@motcua/contracts';
import { ApiClientsService, type AuthenticatedClient } from '../clients/api-clients.service';
import { LoginHandoffs } from '../login/login-handoffs.service';
import { PrincipalsService } from '../principals/principals.service';
import { AccessTokenVerifier } from '../tokens/access-token.verifier';
import type { TokenSubject } from '../tokens/platform-token-claims';
import { PlatformTokenIssuer } from '../tokens/platform-token.issuer';
import { RefreshTokensService } from '../tokens/refresh-tokens.service';

/**
 * The token endpoint: turns a grant (a sign-in code, an upstream token, a refresh token, client
 * credentials) into a platform access token, with a refresh token for people.
 */
@Injectable()
export class GrantsService {
  constructor(
    private readonly verifier: AccessTokenVerifier,
    private readonly handoffs: LoginHandoffs,
    private readonly clients: ApiClientsService,
    private readonly principals: PrincipalsService,
    private readonly accessTokens: PlatformTokenIssuer,
    private readonly refreshTokens: RefreshTokensService,
  ) {}

  async issue(grant: TokenGrant): Promise<TokenResponse> {
    switch (grant.grantType) {
      case 'authorization_code': {
        const upstream = await this.handoffs.redeem(
          grant.code,
          grant.codeVerifier,
          grant.redirectUri,
        );
        return this.signIn(await this.principals.fromUpstream(upstream));
      }
      case 'token_exchange': {
        const upstream = await this.verifier.verify(grant.subjectToken);
        return this.signIn(await this.principals.fromUpstream(upstream));
      }
      case 'refresh_token':
        return this.refresh(grant.refreshToken);
      case 'client_credentials': {
        const client = await this.clients.authenticate(
          grant.clientId,
          grant.clientSecret,
          grant.scope,
        );
        return this.tokens(integrator(client));
      }
    }
  }

  /** Sign-out: revokes the refresh token's family; false for a token never issued. */
  revoke(refreshToken: string): Promise<boolean> {
    return this.refreshTokens.revoke(refreshToken);
  }

  private async signIn(subject: TokenSubject): Promise<TokenResponse> {
    return this.tokens(subject, await this.refreshTokens.issue(subject));
  }

  /** Rotates the refresh token, with the principal read again (roles may have changed). */
  private async refresh(refreshToken: string): Promise<TokenResponse> {
    const session = await this.refreshTokens.redeem(refreshToken);
    let subject: TokenSubject;
    try {
      subject = await this.principals.fromSession(session);
    } catch (err) {
      // Deactivated staff, a person gone: the session ends here for good.
      if (DomainError.is(err) && err.code === ErrorCode.InvalidGrant) {
        await this.refreshTokens.revokeFamily(session.familyId);
      }
      throw err;
    }
    return this.tokens(subject, await this.refreshTokens.issue(subject, session.familyId));
  }

  private async tokens(subject: TokenSubject, refreshToken?: string): Promise<TokenResponse> {
    const { accessToken, expiresIn } = await this.accessTokens.issue(subject);
    const response: TokenResponse = { accessToken, tokenType: 'Bearer', expiresIn };
    if (refreshToken !== undefined) response.refreshToken = refreshToken;
    if (subject.scopes.length > 0) response.scope = subject.scopes.join(' ');
    return response;
  }
}

/** Integrators act in their tenant with their scopes, and no roles. */
function integrator(client: AuthenticatedClient): TokenSubject {
  return {
    kind: 'INTEGRATOR',
    subject: client.clientId,
    tenant: client.tenant,
    displayName: client.name,
    roles: [],
    branchIds: [],
    agencyCodes: [],
    personalId: null,
    assurance: null,
    scopes: client.scopes,
  };
}
