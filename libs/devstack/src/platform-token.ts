import { fetchDemoToken } from '@motcua/local-idp';

/** The gateway's token endpoint answer (RFC 6749 §5.1). */
export interface PlatformTokenResponse {
  access_token: string;
  token_type: string;
  expires_in: number;
  refresh_token?: string;
  scope?: string;
}

/**
 * Exchanges an upstream IdP's access token for platform tokens at the gateway's
 * `POST /auth/token` (RFC 8693 token exchange): the gateway accepts only platform tokens.
 */
export async function exchangeForPlatformToken(
  gatewayUrl: string,
  upstreamAccessToken: string,
): Promise<PlatformTokenResponse> {
  const response = await fetch(`${gatewayUrl.replace(/\/+$/, '')}/auth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'urn:ietf:params:oauth:grant-type:token-exchange',
      subject_token: upstreamAccessToken,
      subject_token_type: 'urn:ietf:params:oauth:token-type:access_token',
    }),
  });
  const body = (await response.json()) as PlatformTokenResponse & {
    error?: string;
    error_description?: string;
  };
  if (!response.ok)
    throw new Error(
      `the gateway refused the token exchange (HTTP ${response.status} ${body.error ?? ''}: ${body.error_description ?? ''})`,
    );
  return body;
}

/** Signs a demo user in at a stand-in provider (by login hint), then exchanges the token. */
export async function fetchPlatformToken(options: {
  gatewayUrl: string;
  issuer: string;
  username: string;
}): Promise<PlatformTokenResponse> {
  const upstream = await fetchDemoToken({ issuer: options.issuer, username: options.username });
  return exchangeForPlatformToken(options.gatewayUrl, upstream.accessToken);
}
