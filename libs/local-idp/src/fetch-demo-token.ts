import * as client from 'openid-client';

import { DemoBrowser, sameEndpoint } from './demo-browser';
import { DEMO_CLIENT, GATEWAY_RESOURCE } from './local-idp.constants';

export interface FetchDemoTokenOptions {
  /** Issuer URL, e.g. `LocalIdp.issuers.staff.hanoi` or `LocalIdp.issuers.citizen`. */
  issuer: string;
  /** Account id to sign in (sent as `login_hint`); becomes the tokens' `sub`. */
  username: string;
  /** Defaults to the demo client; a client id given without a secret is treated as public. */
  clientId?: string;
  clientSecret?: string;
  /** Defaults to the demo client's `http://127.0.0.1/callback`; it is never requested. */
  redirectUri?: string;
}

export interface DemoToken {
  /** RS256 JWT for the gateway (`aud` = `motcua-gateway`). */
  accessToken: string;
  idToken?: string;
  /** Seconds until the access token expires. */
  expiresIn: number;
}

/**
 * Signs `username` in at `issuer` through the real authorization-code flow with PKCE (discovery,
 * authorization request with `login_hint` and `resource`, the provider's redirects with their
 * cookies, code exchange) and returns the tokens. Meant for a local IdP started with
 * `autoLogin: true`, which signs the login hint in without its login page.
 */
export async function fetchDemoToken(options: FetchDemoTokenOptions): Promise<DemoToken> {
  if (options.username === '') throw new Error('fetchDemoToken needs a username to sign in');
  const clientId = options.clientId ?? DEMO_CLIENT.clientId;
  const clientSecret =
    options.clientSecret ?? (options.clientId === undefined ? DEMO_CLIENT.clientSecret : undefined);
  const redirectUri = new URL(options.redirectUri ?? DEMO_CLIENT.redirectUri);
  const issuer = new URL(options.issuer);

  const config = await client.discovery(
    issuer,
    clientId,
    clientSecret,
    clientSecret === undefined ? client.None() : client.ClientSecretBasic(clientSecret),
    { execute: issuer.protocol === 'http:' ? [client.allowInsecureRequests] : [] },
  );

  const codeVerifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const authorizationUrl = client.buildAuthorizationUrl(config, {
    redirect_uri: redirectUri.href,
    scope: 'openid profile',
    login_hint: options.username,
    resource: GATEWAY_RESOURCE,
    code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
    state,
  });

  const callbackUrl = await followToRedirectUri(authorizationUrl, redirectUri);
  const tokens = await client.authorizationCodeGrant(config, callbackUrl, {
    pkceCodeVerifier: codeVerifier,
    expectedState: state,
    idTokenExpected: true,
  });
  return {
    accessToken: tokens.access_token,
    idToken: tokens.id_token,
    expiresIn: tokens.expiresIn() ?? 0,
  };
}

/** Follows the provider's redirects like a browser would, up to the redirect URI. */
async function followToRedirectUri(start: URL, redirectUri: URL): Promise<URL> {
  const last = await new DemoBrowser().follow(start, sameEndpoint(redirectUri));
  if (last.location !== null) return last.location;
  const where = `${last.url.origin}${last.url.pathname}`;
  if (last.status === 200 && last.body.includes('type="password"')) {
    throw new Error(
      `sign-in stopped at the login page of ${where}: start the local IdP with autoLogin: true to sign login hints in without it`,
    );
  }
  throw new Error(
    `sign-in stopped at ${where} with HTTP ${last.status}: ${last.body.slice(0, 300)}`,
  );
}
