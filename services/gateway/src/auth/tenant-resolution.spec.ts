import { DomainError, ErrorCode, type Principal } from '@motcua/contracts';
import { headerTenant, hostTenantCandidate, settleTenant } from './tenant-resolution';

/** The code of the DomainError `fn` throws (undefined when it throws none). */
function thrownCode(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (err) {
    return DomainError.is(err) ? err.code : `not a DomainError: ${String(err)}`;
  }
  return undefined;
}

const staff = { kind: 'STAFF', tenant: 'hanoi' } as Principal;
const integrator = { kind: 'INTEGRATOR', tenant: 'hanoi' } as Principal;
const citizen = { kind: 'CITIZEN', tenant: '' } as Principal;
const noHost = () => Promise.resolve(undefined);

describe(headerTenant.name, () => {
  it('accepts a tenant slug and ignores an absent header', () => {
    expect(headerTenant('quang-ninh')).toBe('quang-ninh');
    expect(headerTenant(undefined)).toBeUndefined();
  });

  it('refuses a header that is not a slug with BAD_REQUEST', () => {
    expect(thrownCode(() => headerTenant('Ha Noi'))).toBe(ErrorCode.BadRequest);
    expect(thrownCode(() => headerTenant(['hanoi', 'hcmc']))).toBe(ErrorCode.BadRequest);
  });
});

describe(hostTenantCandidate.name, () => {
  it('takes the first label of a host with at least three labels', () => {
    expect(hostTenantCandidate('hanoi.motcua.local')).toBe('hanoi');
    expect(hostTenantCandidate('motcua.local')).toBeUndefined();
    expect(hostTenantCandidate('127.0.0.1')).toBeUndefined();
    expect(hostTenantCandidate(undefined)).toBeUndefined();
  });
});

describe(settleTenant.name, () => {
  it("uses a staff member's own tenant when the request names none or the same", async () => {
    await expect(settleTenant(staff, undefined, noHost)).resolves.toBe('hanoi');
    await expect(settleTenant(staff, 'hanoi', noHost)).resolves.toBe('hanoi');
  });

  it('refuses with FORBIDDEN when staff name another tenant', async () => {
    await expect(settleTenant(staff, 'hcmc', noHost)).rejects.toMatchObject({
      code: ErrorCode.Forbidden,
    });
  });

  it("keeps an integrator in its token's tenant like staff", async () => {
    await expect(settleTenant(integrator, undefined, noHost)).resolves.toBe('hanoi');
    await expect(settleTenant(integrator, 'hcmc', noHost)).rejects.toMatchObject({
      code: ErrorCode.Forbidden,
    });
  });

  it('uses the named tenant, then the host, for citizens and anonymous callers', async () => {
    await expect(settleTenant(citizen, 'hcmc', noHost)).resolves.toBe('hcmc');
    await expect(settleTenant(null, undefined, () => Promise.resolve('hanoi'))).resolves.toBe(
      'hanoi',
    );
    await expect(settleTenant(null, undefined, noHost)).resolves.toBeUndefined();
  });
});
