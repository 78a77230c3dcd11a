import { DomainError, ErrorCode, tenantIdSchema, type Principal } from '@motcua/contracts';

/** The tenant a request names itself: the `x-tenant` header, which must be a tenant slug. */
export function headerTenant(header: string | string[] | undefined): string | undefined {
  if (header === undefined || header === '') return undefined;
  if (typeof header !== 'string' || !tenantIdSchema.safeParse(header).success) {
    throw new DomainError(
      ErrorCode.BadRequest,
      'x-tenant header must be a tenant slug like "hanoi"',
    );
  }
  return header;
}

/** `hanoi` of `hanoi.motcua.local`: a candidate only, valid when it names a known tenant. */
export function hostTenantCandidate(hostname: string | undefined): string | undefined {
  const labels = (hostname ?? '').toLowerCase().split('.');
  if (labels.length < 3) return undefined;
  return tenantIdSchema.safeParse(labels[0]).success ? labels[0] : undefined;
}

/**
 * The tenant of a request. Staff and integrators work in their token's tenant: naming another
 * one is refused. Citizens and anonymous callers name the tenant by header or host.
 */
export function settleTenant(
  principal: Principal | null,
  named: string | undefined,
  fromHost: () => Promise<string | undefined>,
): Promise<string | undefined> {
  if (principal && principal.kind !== 'CITIZEN') {
    if (named !== undefined && named !== principal.tenant) {
      const who = principal.kind === 'STAFF' ? 'Staff' : 'API clients';
      return Promise.reject(
        new DomainError(
          ErrorCode.Forbidden,
          `${who} of ${principal.tenant} cannot act in tenant ${named}`,
        ),
      );
    }
    return Promise.resolve(principal.tenant);
  }
  return named !== undefined ? Promise.resolve(named) : fromHost();
}
