import { DomainError, ErrorCode, type Actor } from '@motcua/contracts';
import type { RpcCallContext } from '@motcua/platform';
import { requireServiceOrTenantAdmin, requireTenantAdmin } from './require-tenant-admin';

const actor = (overrides: Partial<Actor> = {}): Actor => ({
  kind: 'STAFF',
  subject: 'demo.hanoi.admin',
  tenant: 'hanoi',
  roles: ['TENANT_ADMIN'],
  branchIds: [],
  agencyCodes: [],
  scopes: [],
  ...overrides,
});
const inHanoi = (a?: Actor): RpcCallContext => ({ tenant: 'hanoi', actor: a });

/** The error code a check throws, or null when it lets the caller through. */
function refusal(check: (ctx: RpcCallContext) => void, ctx: RpcCallContext): string | null {
  try {
    check(ctx);
    return null;
  } catch (err) {
    if (DomainError.is(err)) return err.code;
    throw err;
  }
}

describe(requireTenantAdmin.name, () => {
  it('lets an administrator of the tenant through', () => {
    expect(refusal(requireTenantAdmin, inHanoi(actor()))).toBeNull();
  });

  it('lets a system job with the administrator role through, whatever the tenant', () => {
    const job = actor({ kind: 'SYSTEM', subject: 'catalog-import', tenant: undefined });
    expect(refusal(requireTenantAdmin, inHanoi(job))).toBeNull();
    expect(refusal(requireTenantAdmin, { tenant: 'hcmc', actor: job })).toBeNull();
  });

  it('answers UNAUTHENTICATED when there is no actor', () => {
    expect(refusal(requireTenantAdmin, inHanoi())).toBe(ErrorCode.Unauthenticated);
  });

  it.each([
    ['staff without the role', actor({ roles: ['RECEIVER', 'SUPERVISOR'] })],
    ['an administrator of another tenant', actor({ tenant: 'hcmc' })],
    ['staff of no tenant', actor({ tenant: undefined })],
    ['a citizen, even holding the role', actor({ kind: 'CITIZEN', assurance: 2 })],
    ['an API client, even holding the role', actor({ kind: 'INTEGRATOR' })],
    ['a system job without the role', actor({ kind: 'SYSTEM', roles: [] })],
  ])('answers FORBIDDEN for %s', (_who, a) => {
    expect(refusal(requireTenantAdmin, inHanoi(a))).toBe(ErrorCode.Forbidden);
  });
});

describe(requireServiceOrTenantAdmin.name, () => {
  it('lets a service through on its own account (no actor, or SYSTEM)', () => {
    expect(refusal(requireServiceOrTenantAdmin, inHanoi())).toBeNull();
    const system = actor({ kind: 'SYSTEM', roles: [], tenant: undefined });
    expect(refusal(requireServiceOrTenantAdmin, inHanoi(system))).toBeNull();
  });

  it('holds a person to the administrator rule', () => {
    expect(refusal(requireServiceOrTenantAdmin, inHanoi(actor()))).toBeNull();
    expect(refusal(requireServiceOrTenantAdmin, inHanoi(actor({ roles: ['HANDLER'] })))).toBe(
      ErrorCode.Forbidden,
    );
    expect(refusal(requireServiceOrTenantAdmin, inHanoi(actor({ kind: 'CITIZEN' })))).toBe(
      ErrorCode.Forbidden,
    );
  });
});
