import {
  integratorScopeSchema,
  tokenGrantSchema,
  type TokenGrant,
  type TokenResponse,
} from '@motcua/contracts';
import { OAuthError, OAuthErrorCode, invalidClient } from './oauth-error';

/** `grant_type` values of the token endpoint (RFC 6749, RFC 8693). */
export const GrantType = {
  AuthorizationCode: 'authorization_code',
  RefreshToken: 'refresh_token',
  TokenExchange: 'urn:ietf:params:oauth:grant-type:token-exchange',
  ClientCredentials: 'client_credentials',
} as const;

/** The only subject token type the exchange accepts: an upstream IdP's access token. */
export const ACCESS_TOKEN_TYPE = 'urn:ietf:params:oauth:token-type:access_token';

/** A token request as the gateway passes it on to identity. */
export interface TokenRequest {
  grant: TokenGrant;
  /** Whether the client authenticated with HTTP Basic (a refusal then answers 401 with a challenge). */
  basic: boolean;
}

/** The request parameters the endpoints read; unknown ones are ignored (RFC 6749 §3.2). */
const PARAMETERS = [
  'grant_type',
  'code',
  'code_verifier',
  'redirect_uri',
  'refresh_token',
  'subject_token',
  'subject_token_type',
  'requested_token_type',
  'actor_token',
  'client_id',
  'client_secret',
  'scope',
  'token',
  'token_type_hint',
] as const;
type Parameter = (typeof PARAMETERS)[number];
type Parameters = Partial<Record<Parameter, string>>;

const isScope = (name: string) => integratorScopeSchema.safeParse(name).success;

const invalidRequest = (description: string) =>
  new OAuthError(OAuthErrorCode.InvalidRequest, description);

/**
 * The parameters of a form (`application/x-www-form-urlencoded`, as parsed into an object) or
 * JSON body. Empty ones count as omitted; a repeated or non-string one is refused (RFC 6749 §3.2).
 */
export function parametersOf(body: unknown): Parameters {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw invalidRequest('The body must be application/x-www-form-urlencoded parameters');
  const params: Parameters = {};
  for (const name of PARAMETERS) {
    if (!Object.hasOwn(body, name)) continue;
    const value: unknown = (body as Record<string, unknown>)[name];
    if (Array.isArray(value)) throw invalidRequest(`The parameter ${name} is repeated`);
    if (typeof value !== 'string') throw invalidRequest(`The parameter ${name} must be a string`);
    if (value !== '') params[name] = value;
  }
  return params;
}

const required = (params: Parameters, name: Parameter): string => {
  const value = params[name];
  if (value === undefined) throw invalidRequest(`The parameter ${name} is required`);
  return value;
};

/** The grant a token request asks for, with the client's credentials where it needs them. */
export function tokenRequestOf(body: unknown, authorization: string | undefined): TokenRequest {
  const params = parametersOf(body);
  const grantType = required(params, 'grant_type');
  let grant: TokenRequest['grant'];
  let basic = false;
  switch (grantType) {
    case GrantType.AuthorizationCode:
      grant = {
        grantType: 'authorization_code',
        code: required(params, 'code'),
        codeVerifier: required(params, 'code_verifier'),
        redirectUri: required(params, 'redirect_uri'),
      };
      break;
    case GrantType.RefreshToken:
      grant = { grantType: 'refresh_token', refreshToken: required(params, 'refresh_token') };
      break;
    case GrantType.TokenExchange:
      grant = { grantType: 'token_exchange', subjectToken: exchangedToken(params) };
      break;
    case GrantType.ClientCredentials: {
      const client = clientCredentials(params, authorization);
      const unknown = (params.scope ?? '').split(' ').filter((s) => s && !isScope(s));
      if (unknown.length)
        throw new OAuthError(OAuthErrorCode.InvalidScope, `Unknown scope ${unknown.join(', ')}`);
      basic = client.basic;
      grant = {
        grantType: 'client_credentials',
        clientId: client.id,
        clientSecret: client.secret,
        ...(params.scope === undefined ? {} : { scope: params.scope }),
      };
      break;
    }
    default:
      throw new OAuthError(
        OAuthErrorCode.UnsupportedGrantType,
        `grant_type must be one of ${Object.values(GrantType).join(', ')}`,
      );
  }
  const parsed = tokenGrantSchema.safeParse(grant);
  if (!parsed.success) {
    const fields = parsed.error.issues.map((i) => PARAMETER_OF[String(i.path[0])] ?? 'request');
    throw invalidRequest(`Invalid ${[...new Set(fields)].join(', ')}`);
  }
  return { grant: parsed.data, basic };
}

/** The parameter each field of the grant came from, for error messages. */
const PARAMETER_OF: Readonly<Record<string, string>> = {
  code: 'code',
  codeVerifier: 'code_verifier',
  redirectUri: 'redirect_uri',
  refreshToken: 'refresh_token',
  subjectToken: 'subject_token',
  clientId: 'client_id',
  clientSecret: 'client_secret',
  scope: 'scope',
};

/** RFC 8693 §2.1: an access token of an upstream IdP, for ourselves, without delegation. */
function exchangedToken(params: Parameters): string {
  const subjectToken = required(params, 'subject_token');
  if (required(params, 'subject_token_type') !== ACCESS_TOKEN_TYPE)
    throw invalidRequest(`subject_token_type must be ${ACCESS_TOKEN_TYPE}`);
  const requested = params.requested_token_type;
  if (requested !== undefined && requested !== ACCESS_TOKEN_TYPE)
    throw invalidRequest(`requested_token_type must be ${ACCESS_TOKEN_TYPE}`);
  if (params.actor_token !== undefined)
    throw invalidRequest('Delegation (actor_token) is not supported');
  return subjectToken;
}

const BASIC = /^Basic +([A-Za-z0-9+/]+={0,2}) *$/i;

/**
 * The client's id and secret: from HTTP Basic (RFC 6749 §2.3.1: each form-urlencoded, then
 * base64) or from the body (client_secret_post), never both.
 */
function clientCredentials(
  params: Parameters,
  authorization: string | undefined,
): { id: string; secret: string; basic: boolean } {
  if (authorization !== undefined && authorization !== '') {
    const match = BASIC.exec(authorization);
    if (!match) throw invalidClient('The Authorization header must be HTTP Basic', true);
    if (params.client_secret !== undefined)
      throw invalidRequest('Use one client authentication method: HTTP Basic or client_secret');
    const decoded = Buffer.from(match[1], 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    const id = colon < 0 ? undefined : formDecode(decoded.slice(0, colon));
    const secret = colon < 0 ? undefined : formDecode(decoded.slice(colon + 1));
    if (!id || !secret) throw invalidClient('The HTTP Basic credentials are malformed', true);
    if (params.client_id !== undefined && params.client_id !== id)
      throw invalidRequest('client_id differs from the HTTP Basic user');
    return { id, secret, basic: true };
  }
  if (params.client_id === undefined || params.client_secret === undefined)
    throw invalidClient('Client authentication (client_id and client_secret) is required', true);
  return { id: params.client_id, secret: params.client_secret, basic: false };
}

/** application/x-www-form-urlencoded decoding; undefined when not valid UTF-8 percent-encoding. */
function formDecode(value: string): string | undefined {
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '));
  } catch {
    return undefined;
  }
}

/** A revocation request (RFC 7009 §2.1). */
export interface RevocationRequest {
  token: string;
  hint?: string;
}

export function revocationRequestOf(body: unknown): RevocationRequest {
  const params = parametersOf(body);
  const token = required(params, 'token');
  return params.token_type_hint === undefined ? { token } : { token, hint: params.token_type_hint };
}

/** The RFC 6749 §5.1 answer of identity's grant (RFC 8693 §2.2.1 adds the issued token type). */
export function tokenResponseBody(
  grant: TokenGrant,
  response: TokenResponse,
): Record<string, string | number> {
  return {
    access_token: response.accessToken,
    token_type: response.tokenType,
    expires_in: response.expiresIn,
    ...(grant.grantType === 'token_exchange' ? { issued_token_type: ACCESS_TOKEN_TYPE } : {}),
    ...(response.refreshToken === undefined ? {} : { refresh_token: response.refreshToken }),
    ...(response.scope === undefined ? {} : { scope: response.scope }),
  };
}
