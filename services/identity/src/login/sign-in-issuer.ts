import type { z } from 'zod';
import { DomainError, ErrorCode, type loginProviderSchema } from '@motcua/contracts';
import type { IssuerConfig } from '../config/issuers.schema';
import { canSignIn, type SignInIssuer } from './upstream-clients';

export type LoginProvider = z.output<typeof loginProviderSchema>;

/**
 * The configured issuer a sign-in goes to: the national e-ID for citizens, the tenant's realm for
 * its staff. Only issuers with a client id qualify (the others only vouch for tokens).
 */
export function signInIssuerFor(issuers: IssuerConfig[], provider: LoginProvider): SignInIssuer {
  if (provider === 'citizen') {
    const issuer = issuers.find((entry) => entry.kind === 'citizen' && canSignIn(entry));
    if (!issuer || !canSignIn(issuer))
      throw new DomainError(ErrorCode.NotFound, 'Citizen sign-in is not configured');
    return issuer;
  }
  const { staffTenant } = provider;
  const issuer = issuers.find(
    (entry) => entry.kind === 'staff' && entry.tenant === staffTenant && canSignIn(entry),
  );
  if (!issuer || !canSignIn(issuer))
    throw new DomainError(ErrorCode.NotFound, `Tenant ${staffTenant} has no staff sign-in`);
  return issuer;
}
