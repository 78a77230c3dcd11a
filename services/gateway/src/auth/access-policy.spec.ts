import { DomainError, ErrorCode, type Principal } from '@motcua/contracts';
import { authorize, type SignedInPolicy } from './access-policy';

/** The code of the DomainError `fn` throws (undefined when it throws none). */
function thrownCode(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (err) {
    return DomainError.is(err) ? err.code : `not a DomainError: ${String(err)}`;
  }
  return undefined;
}

const principal = (overrides: Partial<Principal>): Principal => ({
  kind: 'STAFF',
  subject: 'someone',
  tenant: 'hanoi',
  displayName: 'Someone',
  roles: [],
  branchIds: [],
  agencyCodes: [],
  personalId: null,
  assurance: null,
  scopes: [],
  expiresAt: 1_900_000_000,
  ...overrides,
});
const staff = (roles: Principal['roles']) => principal({ kind: 'STAFF', roles });
const citizen = principal({ kind: 'CITIZEN', tenant: '', personalId: '001090012345' });
const integrator = (scopes: Principal['scopes']) => principal({ kind: 'INTEGRATOR', scopes });
const online = (args: Record<string, unknown>) =>
  (args.input as { channel?: string }).channel === 'ONLINE';
const submit: SignedInPolicy = {
  kind: 'signed-in',
  staff: { roles: ['RECEIVER', 'SUPERVISOR'] },
  citizen: { when: online },
  integrator: { scopes: ['dossier:submit'], when: online },
};
const anyStaff: SignedInPolicy = { kind: 'signed-in', staff: {} };

describe(authorize.name, () => {
  describe('staff', () => {
    it('lets staff with one of the roles through', () => {
      expect(() =>
        authorize(submit, staff(['HANDLER', 'SUPERVISOR']), { input: {} }, 'mutation'),
      ).not.toThrow();
    });

    it('refuses staff without the roles with FORBIDDEN', () => {
      expect(thrownCode(() => authorize(submit, staff(['HANDLER']), { input: {} }))).toBe(
        ErrorCode.Forbidden,
      );
    });

    it('lets any staff through when the policy names no roles', () => {
      expect(() => authorize(anyStaff, staff([]), {}, 'mutation')).not.toThrow();
      expect(() => authorize(anyStaff, staff(['HANDLER']), {}, 'mutation')).not.toThrow();
    });

    it('lets auditors read where any staff may, and change nothing', () => {
      expect(() => authorize(anyStaff, staff(['AUDITOR']), {}, 'query')).not.toThrow();
      expect(thrownCode(() => authorize(anyStaff, staff(['AUDITOR']), {}, 'mutation'))).toBe(
        ErrorCode.Forbidden,
      );
      // Another role of the same person still counts.
      expect(() =>
        authorize(anyStaff, staff(['AUDITOR', 'HANDLER']), {}, 'mutation'),
      ).not.toThrow();
    });

    it('lets auditors through where a role list names AUDITOR', () => {
      const held: SignedInPolicy = {
        kind: 'signed-in',
        staff: { roles: ['SUPERVISOR', 'AUDITOR'] },
      };
      expect(() => authorize(held, staff(['AUDITOR']), {})).not.toThrow();
      expect(thrownCode(() => authorize(submit, staff(['AUDITOR']), { input: {} }))).toBe(
        ErrorCode.Forbidden,
      );
    });

    it('refuses staff when the policy has no staff rule', () => {
      const citizensOnly: SignedInPolicy = { kind: 'signed-in', citizen: {} };
      expect(thrownCode(() => authorize(citizensOnly, staff(['SUPERVISOR']), {}))).toBe(
        ErrorCode.Forbidden,
      );
    });
  });

  describe('citizens', () => {
    it('lets citizens through only when the condition on the arguments holds', () => {
      expect(() => authorize(submit, citizen, { input: { channel: 'ONLINE' } })).not.toThrow();
      expect(thrownCode(() => authorize(submit, citizen, { input: { channel: 'COUNTER' } }))).toBe(
        ErrorCode.Forbidden,
      );
    });

    it('refuses citizens when the policy is for staff only', () => {
      expect(thrownCode(() => authorize(anyStaff, citizen, {}))).toBe(ErrorCode.Forbidden);
    });
  });

  describe('integrators', () => {
    it('lets an integrator holding one of the scopes through when the condition holds', () => {
      const args = { input: { channel: 'ONLINE' } };
      expect(() => authorize(submit, integrator(['dossier:submit']), args)).not.toThrow();
      expect(() =>
        authorize(submit, integrator(['dossier:read', 'dossier:submit']), args),
      ).not.toThrow();
    });

    it('refuses an integrator without the scope, or when the condition fails', () => {
      expect(
        thrownCode(() =>
          authorize(submit, integrator(['dossier:read']), { input: { channel: 'ONLINE' } }),
        ),
      ).toBe(ErrorCode.Forbidden);
      expect(
        thrownCode(() =>
          authorize(submit, integrator(['dossier:submit']), { input: { channel: 'COUNTER' } }),
        ),
      ).toBe(ErrorCode.Forbidden);
    });

    it('refuses integrators when the policy has no integrator rule, whatever their scopes', () => {
      expect(
        thrownCode(() =>
          authorize(anyStaff, integrator(['dossier:read', 'dossier:submit', 'public:read']), {}),
        ),
      ).toBe(ErrorCode.Forbidden);
    });

    it('never lets an integrator through a rule that names no scope', () => {
      const none: SignedInPolicy = { kind: 'signed-in', integrator: { scopes: [] } };
      expect(thrownCode(() => authorize(none, integrator(['dossier:read']), {}))).toBe(
        ErrorCode.Forbidden,
      );
    });
  });
});
