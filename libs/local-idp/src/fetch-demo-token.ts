import * as client from 'openid-client';

import { CookieJar } from './cookie-jar';
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

const MAX_REDIRECTS = 10;

/**
 * Signs `username` in at `issuer` through the real authorization-code flow with PKCE (discovery,
 * authorization request with `login_hint` and `resource`, the provider's redirects with their
 * cookies, code exchange) and returns the tokens. Meant for the local IdP, whose interaction
 * endpoint signs the login hint in without a form.
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
  const jar = new CookieJar();
  let url = start;
  for (let hop = 0; hop < MAX_REDIRECTS; hop += 1) {
    const cookie = jar.headerFor(url);
    const response = await fetch(url, {
      redirect: 'manual',
      headers: cookie === undefined ? {} : { cookie },
    });
    jar.store(url, response.headers.getSetCookie());
    const body = await response.text();
    const location = response.headers.get('location');
    if (response.status < 300 || response.status > 399 || location === null) {
      throw new Error(
        `sign-in stopped at ${url.origin}${url.pathname} with HTTP ${response.status}: ${body.slice(0, 300)}`,
      );
    }
    const next = new URL(location, url);
    if (next.origin === redirectUri.origin && next.pathname === redirectUri.pathname) return next;
    url = next;
  }
  throw new Error(`sign-in did not reach ${redirectUri.href} within ${MAX_REDIRECTS} redirects`);
}
