import { DomainError, ErrorCode } from '@motcua/contracts';

const BEARER = /^Bearer +([A-Za-z0-9\-._~+/]+=*) *$/i;
// The identity contract's bounds: anything outside cannot be a token.
const MIN_LENGTH = 10;
const MAX_LENGTH = 8192;

/**
 * The access token of an `Authorization: Bearer <token>` header; undefined when the header is
 * absent. A header that is present but not a bearer token is refused, never ignored.
 */
export function bearerToken(header: string | string[] | undefined): string | undefined {
  if (header === undefined || header === '') return undefined;
  const match = typeof header === 'string' ? BEARER.exec(header) : null;
  const token = match?.[1];
  if (!token)
    throw new DomainError(
      ErrorCode.Unauthenticated,
      'Authorization header must be "Bearer <access token>"',
    );
  if (token.length < MIN_LENGTH || token.length > MAX_LENGTH)
    throw new DomainError(ErrorCode.Unauthenticated, 'Invalid access token');
  return token;
}
