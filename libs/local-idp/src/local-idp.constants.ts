/**
 * Resource indicator a client sends (`resource=`) to get a JWT access token for the gateway.
 * oidc-provider only accepts absolute URIs as resource indicators, hence a URN; the token's `aud`
 * is {@link GATEWAY_AUDIENCE}. Requests that name no resource get this one by default.
 */
export const GATEWAY_RESOURCE = 'urn:motcua:gateway';

/** `aud` of every access token the local IdP issues. */
export const GATEWAY_AUDIENCE = 'motcua-gateway';

/** Registered in every provider; its redirect is never served, only read from `Location`. */
export const DEMO_CLIENT = {
  clientId: 'motcua-demo',
  clientSecret: 'motcua-demo-secret',
  redirectUri: 'http://127.0.0.1/callback',
} as const;

/** `acr` of VNeID sign-ins: identity level 2 (invented URN; the real values are not public). */
export const CITIZEN_ACR = 'urn:motcua:vneid:level-2';

/** Access and ID token lifetime, in seconds. */
export const TOKEN_TTL_SECONDS = 3600;

export const STAFF_PATH_PREFIX = '/realms';
export const CITIZEN_PATH = '/vneid';
