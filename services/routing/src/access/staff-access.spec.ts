import { DomainError, ErrorCode, type Actor } from '@motcua/contracts';
import { authorizeStaff, requireAgencyManager, requireRole } from './staff-access';

/** The code of the DomainError `fn` throws; undefined when it throws none. */
function thrownCode(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (err) {
    return DomainError.is(err) ? err.code : `not a DomainError: ${String(err)}`;
  }
  return undefined;
}

function staff(overrides: Partial<Actor> = {}): Actor {
  return {
    kind: 'STAFF',
    branchIds: [],
    agencyCodes: [],
    scopes: [],
    subject: 'demo.hanoi.handler',
    tenant: 'hanoi',
    roles: [],
    ...overrides,
  };
}

describe(authorizeStaff.name, () => {
  it('refuses a caller without an actor as unauthenticated', () => {
    expect(thrownCode(() => authorizeStaff('hanoi', undefined))).toBe(ErrorCode.Unauthenticated);
  });

  it.each([
    ['a citizen', staff({ kind: 'CITIZEN' })],
    ['staff of another tenant', staff({ tenant: 'hcmc' })],
  ])('forbids %s', (_who, actor) => {
    expect(thrownCode(() => authorizeStaff('hanoi', actor))).toBe(ErrorCode.Forbidden);
  });

  it('lets staff of the tenant in', () => {
    expect(authorizeStaff('hanoi', staff()).subject).toBe('demo.hanoi.handler');
  });
});

describe(requireRole.name, () => {
  it('forbids staff without one of the roles', () => {
    expect(
      thrownCode(() =>
        requireRole('hanoi', staff({ roles: ['RECEIVER'] }), ['SUPERVISOR'], 'route by hand'),
      ),
    ).toBe(ErrorCode.Forbidden);
  });

  it('lets staff with one of the roles in', () => {
    expect(
      requireRole('hanoi', staff({ roles: ['RECEIVER', 'SUPERVISOR'] }), ['SUPERVISOR'], 'x'),
    ).toBeDefined();
  });
});

describe(requireAgencyManager.name, () => {
  const agency = '000.00.01.H26';

  it('lets a tenant administrator manage any agency', () => {
    expect(
      requireAgencyManager('hanoi', staff({ roles: ['TENANT_ADMIN'] }), agency, 'x'),
    ).toMatchObject({ roles: ['TENANT_ADMIN'] });
  });

  it('lets the APPROVER of the agency manage it', () => {
    const head = staff({ roles: ['APPROVER'], agencyCodes: [agency] });
    expect(requireAgencyManager('hanoi', head, agency, 'x')).toBe(head);
  });

  it.each([
    [
      'an APPROVER of another agency',
      staff({ roles: ['APPROVER'], agencyCodes: ['000.00.02.H26'] }),
    ],
    ['a HANDLER of the agency', staff({ roles: ['HANDLER'], agencyCodes: [agency] })],
  ])('forbids %s', (_who, actor) => {
    expect(thrownCode(() => requireAgencyManager('hanoi', actor, agency, 'x'))).toBe(
      ErrorCode.Forbidden,
    );
  });
});
