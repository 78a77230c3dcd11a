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

/**
 * The platform (identity) as a client of the demo's and the tests' providers, for sign-in: its
 * redirect URI is the gateway's `/auth/callback`, which depends on where the gateway listens.
 */
export const DEMO_PLATFORM_CLIENT = {
  clientId: 'motcua-platform',
  clientSecret: 'motcua-platform-demo-secret',
} as const;

/** e-ID assurance level (Decree 69/2024): 1 = basic account, 2 = verified in person / by chip. */
export type AssuranceLevel = 1 | 2;

/** `acr` of VNeID sign-ins at a level (invented URN: the real values are not public). */
export const citizenAcr = (level: AssuranceLevel): string => `urn:motcua:vneid:level-${level}`;

/** `acr` of level-2 VNeID sign-ins, the default level of the stand-in's accounts. */
export const CITIZEN_ACR = citizenAcr(2);

/**
 * Names of the claims the VNeID stand-in asserts about a citizen, as a VNeID integration of a
 * provincial public-service portal reads them from VNeID's SSO (`SoDinhDanh`, `HoVaTen`, `IAL`;
 * observed in third-party code, not in a published specification). Identity's citizen issuer
 * entry maps them (`claims` in IDENTITY_ISSUERS).
 */
export const VNEID_CLAIMS = {
  /** Số định danh cá nhân: the 12-digit personal ID. */
  personalId: 'SoDinhDanh',
  /** Họ và tên: the full name. */
  name: 'HoVaTen',
  /** Identity assurance level, 1 or 2 (a number). */
  assurance: 'IAL',
} as const;

/** Password of every account of the stand-in unless the account names its own. */
export const DEMO_PASSWORD = 'motcua-demo';

/** Access and ID token lifetime, in seconds. */
export const TOKEN_TTL_SECONDS = 3600;

export const STAFF_PATH_PREFIX = '/realms';
export const CITIZEN_PATH = '/vneid';
