import { errors } from 'jose';
import { DomainError, ErrorCode } from '@motcua/contracts';

const unauthenticated = (message: string) => new DomainError(ErrorCode.Unauthenticated, message);

export const platformTokenErrors = {
  expired: () => unauthenticated('The access token has expired'),
  badSignature: () => unauthenticated('The access token signature is invalid'),
  unknownKey: () =>
    unauthenticated('The access token is signed with a key the platform does not know'),
  wrongIssuer: () => unauthenticated('The access token was not issued by this platform'),
  wrongAudience: () => unauthenticated('The access token is not meant for this gateway'),
  notYetValid: () => unauthenticated('The access token is not valid yet'),
  notAnAccessToken: () => unauthenticated('The token is not an access token (typ at+jwt)'),
  unsupportedAlgorithm: () =>
    unauthenticated('The access token is not signed with the algorithm the platform uses (ES256)'),
  malformed: () => unauthenticated('The access token is not a well-formed JWT'),
  missingClaim: (claim: string) =>
    unauthenticated(`The access token has no valid "${claim}" claim`),
  badClaims: () => unauthenticated("The access token's claims do not describe a principal"),
  invalid: () => unauthenticated('The access token is invalid'),
};

/**
 * The caller-facing error of a failed verification: it says which check failed, never which key
 * or library detail. Errors that are not the token's fault (identity unreachable for its keys)
 * pass through as they are.
 */
export function platformTokenRejected(err: unknown): DomainError {
  if (DomainError.is(err)) return err;
  if (err instanceof errors.JWTExpired) return platformTokenErrors.expired();
  if (err instanceof errors.JWTClaimValidationFailed) {
    switch (err.claim) {
      case 'iss':
        return platformTokenErrors.wrongIssuer();
      case 'aud':
        return platformTokenErrors.wrongAudience();
      case 'nbf':
        return platformTokenErrors.notYetValid();
      case 'typ':
        return platformTokenErrors.notAnAccessToken();
      default:
        return platformTokenErrors.missingClaim(err.claim);
    }
  }
  // `none`, HS256 (the public key as an HMAC secret) and every other algorithm land here.
  if (err instanceof errors.JOSEAlgNotAllowed || err instanceof errors.JOSENotSupported)
    return platformTokenErrors.unsupportedAlgorithm();
  if (err instanceof errors.JWKSNoMatchingKey || err instanceof errors.JWKSMultipleMatchingKeys)
    return platformTokenErrors.unknownKey();
  if (err instanceof errors.JWSSignatureVerificationFailed)
    return platformTokenErrors.badSignature();
  if (err instanceof errors.JWSInvalid || err instanceof errors.JWTInvalid)
    return platformTokenErrors.malformed();
  return platformTokenErrors.invalid();
}
