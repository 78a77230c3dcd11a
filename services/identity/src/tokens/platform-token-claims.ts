import type { PlatformTokenClaims, Principal } from '@motcua/contracts';

/** Who a platform token is issued to: the principal the gateway will read back, minus expiry. */
export type TokenSubject = Omit<Principal, 'expiresAt'>;

/**
 * The platform-specific claims of an access token for `subject` (contracts'
 * platformTokenClaimsSchema); a claim that does not apply to the kind is left out, not empty.
 */
export function platformTokenClaims(subject: TokenSubject): PlatformTokenClaims {
  const claims: PlatformTokenClaims = {
    kind: subject.kind,
    tenant: subject.tenant,
    name: subject.displayName,
    roles: subject.roles,
    branches: subject.branchIds,
    agencies: subject.agencyCodes,
  };
  if (subject.personalId !== null) claims.pid = subject.personalId;
  if (subject.assurance !== null) claims.acr = subject.assurance;
  if (subject.scopes.length > 0) claims.scope = subject.scopes.join(' ');
  return claims;
}
