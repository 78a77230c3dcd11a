import { DomainError, ErrorCode, type TokenGrant } from '@motcua/contracts';

/** Error codes of the token and revocation endpoints (RFC 6749 §5.2, RFC 7009 §2.2.1, RFC 8628). */
export const OAuthErrorCode = {
  InvalidRequest: 'invalid_request',
  InvalidClient: 'invalid_client',
  InvalidGrant: 'invalid_grant',
  InvalidScope: 'invalid_scope',
  UnsupportedGrantType: 'unsupported_grant_type',
  UnsupportedTokenType: 'unsupported_token_type',
  /** Too many requests from the client's address (RFC 8628's code, with HTTP 429). */
  SlowDown: 'slow_down',
  TemporarilyUnavailable: 'temporarily_unavailable',
  ServerError: 'server_error',
} as const;
export type OAuthErrorCode = (typeof OAuthErrorCode)[keyof typeof OAuthErrorCode];

/** An error answer of an OAuth endpoint: `{ error, error_description }` with its HTTP status. */
export class OAuthError extends Error {
  constructor(
    readonly error: OAuthErrorCode,
    readonly description: string,
    readonly status = 400,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(`${error}: ${description}`);
    this.name = 'OAuthError';
  }

  toBody(): { error: OAuthErrorCode; error_description: string } {
    return { error: this.error, error_description: this.description };
  }
}

/** RFC 6749 §5.2: a client that authenticated with HTTP Basic is told how with a 401. */
export const invalidClient = (description: string, basic: boolean) =>
  new OAuthError(
    OAuthErrorCode.InvalidClient,
    description,
    401,
    basic ? { 'www-authenticate': 'Basic realm="motcua", charset="UTF-8"' } : {},
  );

/**
 * The OAuth answer for an error of identity (or of the gateway) while granting a token. A
 * refused grant means a different code per grant type: the client's credentials
 * (client_credentials), the subject token (token exchange: `invalid_request`, RFC 8693
 * §2.2.2), or the code or refresh token (`invalid_grant`). Anything unexpected is a
 * `server_error` without detail.
 */
export function oauthErrorOf(
  err: unknown,
  grant?: { grantType: TokenGrant['grantType']; basic: boolean },
): OAuthError {
  if (err instanceof OAuthError) return err;
  if (!DomainError.is(err))
    return new OAuthError(OAuthErrorCode.ServerError, 'The request could not be handled', 500);
  switch (err.code) {
    case ErrorCode.InvalidGrant:
    case ErrorCode.Unauthenticated:
    case ErrorCode.Forbidden:
    case ErrorCode.NotFound:
    case ErrorCode.Conflict:
      return refusedGrant(err, grant);
    case ErrorCode.BadRequest:
    case ErrorCode.ValidationFailed:
      return new OAuthError(OAuthErrorCode.InvalidRequest, err.message);
    case ErrorCode.RateLimited:
      return new OAuthError(OAuthErrorCode.SlowDown, err.message, 429);
    case ErrorCode.Unavailable:
    case ErrorCode.Timeout:
      return new OAuthError(
        OAuthErrorCode.TemporarilyUnavailable,
        'The token service is unavailable; try again later',
        503,
      );
    // Codes of the dossier domain never answer a grant: a bug, said without detail.
    case ErrorCode.Internal:
    case ErrorCode.IdempotencyConflict:
    case ErrorCode.TenantUnknown:
    case ErrorCode.ProcedureNotAllowedHere:
    case ErrorCode.SequenceExhausted:
    case ErrorCode.IllegalTransition:
    case ErrorCode.QueueTicketState:
    case ErrorCode.DossierIncomplete:
    case ErrorCode.AssuranceTooLow:
      return new OAuthError(OAuthErrorCode.ServerError, 'The request could not be handled', 500);
  }
}

/** A grant identity will not honour (unknown, used, expired, revoked, not allowed). */
function refusedGrant(
  err: DomainError,
  grant: { grantType: TokenGrant['grantType']; basic: boolean } | undefined,
): OAuthError {
  switch (grant?.grantType) {
    case 'client_credentials':
      // An authenticated client asking for more than it was granted.
      if (err.code === ErrorCode.Forbidden)
        return new OAuthError(OAuthErrorCode.InvalidScope, err.message);
      return invalidClient(err.message, grant.basic);
    case 'token_exchange':
      return new OAuthError(OAuthErrorCode.InvalidRequest, err.message);
    case 'authorization_code':
    case 'refresh_token':
    case undefined:
      return new OAuthError(OAuthErrorCode.InvalidGrant, err.message);
  }
}
