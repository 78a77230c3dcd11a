import { DomainError, ErrorCode } from '@motcua/contracts';
import { errors } from 'jose';

/** Raised while fetching an issuer's metadata or keys: the token may be fine, we cannot tell now. */
export class IssuerUnavailableError extends Error {
  constructor(
    readonly issuer: string,
    readonly detail: string,
  ) {
    super(`issuer ${issuer} is unavailable: ${detail}`);
    this.name = 'IssuerUnavailableError';
  }
}

const unauthenticated = (message: string): DomainError =>
  new DomainError(ErrorCode.Unauthenticated, message);

export const tokenErrors = {
  notAJwt: () => unauthenticated('The access token is not a valid JWT'),
  untrustedIssuer: () =>
    unauthenticated('The access token comes from an issuer motcua does not trust'),
  noSubject: () => unauthenticated('The access token names no subject'),
  issuerUnavailable: () =>
    new DomainError(
      ErrorCode.Unavailable,
      'The access token cannot be verified now: its issuer is unreachable',
    ),
};

/**
 * The caller-facing error for a failed verification. Messages say which check failed, never
 * which key or library detail: callers learn enough to fix their request, nothing more.
 */
export function tokenRejected(err: unknown): DomainError {
  if (err instanceof IssuerUnavailableError) return tokenErrors.issuerUnavailable();
  if (err instanceof errors.JWTExpired) return unauthenticated('The access token has expired');
  if (err instanceof errors.JWTClaimValidationFailed) {
    switch (err.claim) {
      case 'aud':
        return unauthenticated('The access token is not meant for this audience');
      case 'iss':
        return tokenErrors.untrustedIssuer();
      case 'nbf':
        return unauthenticated('The access token is not valid yet');
      default:
        return unauthenticated(`The access token's ${err.claim} claim is invalid`);
    }
  }
  if (err instanceof errors.JOSEAlgNotAllowed)
    return unauthenticated('The access token is signed with an algorithm that is not accepted');
  if (
    err instanceof errors.JWSSignatureVerificationFailed ||
    err instanceof errors.JWKSNoMatchingKey ||
    err instanceof errors.JWKSMultipleMatchingKeys
  ) {
    return unauthenticated('The access token signature is invalid');
  }
  return unauthenticated('The access token is invalid');
}
