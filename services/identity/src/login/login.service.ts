import { Inject, Injectable, Logger } from '@nestjs/common';
import * as client from 'openid-client';
import type { JWTPayload } from 'jose';
import { DomainError, ErrorCode, type RpcParsedRequest, type RpcResponse } from '@motcua/contracts';
import { Clock } from '@motcua/platform';
import { IDENTITY_CONFIG, type IdentityConfig } from '../config/identity.config';
import { appRedirect, upstreamErrorForApp, type AppRedirectError } from './app-redirect';
import { LoginHandoffs } from './login-handoffs.service';
import { secretHash } from './login-secrets';
import { LoginSessionsRepository, type CompletedSession } from './login-sessions.repository';
import { signInIssuerFor } from './sign-in-issuer';
import { canSignIn, UpstreamClients, type SignInIssuer } from './upstream-clients';

/** How long a sign-in may take at the upstream issuer (the user types, reads, confirms). */
export const LOGIN_SESSION_TTL_MS = 10 * 60_000;
/** Expired sessions are kept this long for diagnosis, then dropped when a sign-in starts. */
const EXPIRED_SESSION_RETENTION_MS = 24 * 3600_000;

const UPSTREAM_SCOPE = 'openid profile';

/**
 * Sign-in through an upstream OpenID provider (the national e-ID for citizens, the tenant's
 * realm for staff) with the authorization-code flow and PKCE, as a relying party
 * (openid-client). The gateway relays the browser; the app gets a one-time code at the end.
 */
@Injectable()
export class LoginService {
  private readonly logger = new Logger(LoginService.name);

  constructor(
    @Inject(IDENTITY_CONFIG) private readonly config: IdentityConfig,
    private readonly upstream: UpstreamClients,
    private readonly sessions: LoginSessionsRepository,
    private readonly handoffs: LoginHandoffs,
    private readonly clock: Clock,
  ) {}

  /** Remembers the sign-in and answers the upstream authorization URL to send the browser to. */
  async start(
    request: RpcParsedRequest<'identity.login.start.v1'>,
  ): Promise<RpcResponse<'identity.login.start.v1'>> {
    if (!this.config.IDENTITY_APP_REDIRECT_URIS.includes(request.redirectUri))
      throw new DomainError(
        ErrorCode.BadRequest,
        `${request.redirectUri} is not an allowed app redirect URI (IDENTITY_APP_REDIRECT_URIS)`,
      );
    const issuer = signInIssuerFor(this.config.IDENTITY_ISSUERS, request.provider);
    const configuration = await this.upstream.configurationOf(issuer);

    const state = client.randomState();
    const nonce = client.randomNonce();
    const codeVerifier = client.randomPKCECodeVerifier();
    const now = this.clock.now();
    await this.sessions.deleteExpired(new Date(now.getTime() - EXPIRED_SESSION_RETENTION_MS));
    await this.sessions.create({
      stateHash: secretHash(state),
      issuer: issuer.issuer,
      nonce,
      codeVerifier,
      callbackUrl: request.callbackUrl,
      redirectUri: request.redirectUri,
      codeChallenge: request.codeChallenge,
      appState: request.appState ?? null,
      createdAt: now,
      expiresAt: new Date(now.getTime() + LOGIN_SESSION_TTL_MS),
    });

    const authorizationUrl = client.buildAuthorizationUrl(configuration, {
      redirect_uri: request.callbackUrl,
      scope: UPSTREAM_SCOPE,
      state,
      nonce,
      code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      ...(issuer.kind === 'citizen' && issuer.acrValues ? { acr_values: issuer.acrValues } : {}),
    });
    return { authorizationUrl: authorizationUrl.href };
  }

  /**
   * Finishes the sign-in the upstream redirect belongs to (by its `state`): exchanges the code
   * with the upstream PKCE verifier, checks the ID token (signature, issuer, audience, nonce) and
   * answers the app's redirect URI with a one-time code, or with an error when the upstream
   * issuer refused or failed. An unknown, expired or completed sign-in is INVALID_GRANT.
   */
  async complete(
    request: RpcParsedRequest<'identity.login.complete.v1'>,
  ): Promise<RpcResponse<'identity.login.complete.v1'>> {
    const callbackUrl = new URL(request.callbackUrl);
    const state = callbackUrl.searchParams.get('state');
    if (state === null || state === '')
      throw new DomainError(ErrorCode.InvalidGrant, 'The sign-in callback carries no state');
    const session = await this.sessions.completeOnce(secretHash(state), this.clock.now());
    if (!session)
      throw new DomainError(
        ErrorCode.InvalidGrant,
        'The sign-in is unknown, has expired or was already completed',
      );

    const upstreamError = callbackUrl.searchParams.get('error');
    if (upstreamError !== null) {
      this.logger.warn(`sign-in at ${session.issuer} answered ${upstreamError}`);
      return this.answerError(session, upstreamErrorForApp(upstreamError));
    }
    const issuer = this.issuerOf(session);
    let identity: { subject: string; claims: JWTPayload };
    try {
      identity = await this.exchange(issuer, session, callbackUrl, state);
    } catch (err) {
      if (err instanceof DomainError && err.code === ErrorCode.Unavailable)
        return this.answerError(session, 'temporarily_unavailable');
      this.logger.warn(
        `sign-in at ${issuer.issuer} failed: ${err instanceof Error ? err.message : String(err)}`,
      );
      return this.answerError(
        session,
        err instanceof TypeError ? 'temporarily_unavailable' : 'server_error',
      );
    }
    const code = await this.handoffs.issue(session.id, { issuer: issuer.issuer, ...identity });
    return { redirectTo: appRedirect(session.redirectUri, { code }, session.appState) };
  }

  private async exchange(
    issuer: SignInIssuer,
    session: CompletedSession,
    callbackUrl: URL,
    state: string,
  ): Promise<{ subject: string; claims: JWTPayload }> {
    const configuration = await this.upstream.configurationOf(issuer);
    // The redirect_uri of the token request is the one the authorization request named, not
    // whatever host the callback reached.
    const current = new URL(session.callbackUrl);
    current.search = callbackUrl.search;
    const tokens = await client.authorizationCodeGrant(configuration, current, {
      pkceCodeVerifier: session.codeVerifier,
      expectedState: state,
      expectedNonce: session.nonce,
      idTokenExpected: true,
    });
    const idToken = tokens.claims();
    if (!idToken) throw new Error('the token response has no ID token');
    let claims: JWTPayload = { ...idToken };
    if (issuer.userinfo) {
      const userinfo = await client.fetchUserInfo(configuration, tokens.access_token, idToken.sub);
      // The ID token's protocol claims (iss, aud, sub, acr…) win over the profile's.
      claims = { ...userinfo, ...claims };
    }
    return { subject: idToken.sub, claims };
  }

  /** The issuer the session started at; it may have left the configuration since (redeploy). */
  private issuerOf(session: CompletedSession): SignInIssuer {
    const issuer = this.config.IDENTITY_ISSUERS.find((entry) => entry.issuer === session.issuer);
    if (!issuer || !canSignIn(issuer))
      throw new DomainError(
        ErrorCode.InvalidGrant,
        'The sign-in was started at an issuer that is no longer configured',
      );
    return issuer;
  }

  private answerError(
    session: CompletedSession,
    error: AppRedirectError,
  ): RpcResponse<'identity.login.complete.v1'> {
    return { redirectTo: appRedirect(session.redirectUri, { error }, session.appState) };
  }
}
