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

const staff = (roles: Principal['roles']) => ({ kind: 'STAFF', roles }) as Principal;
const citizen = { kind: 'CITIZEN', roles: [] } as unknown as Principal;
const submit: SignedInPolicy = {
  kind: 'signed-in',
  staff: { roles: ['RECEIVER', 'SUPERVISOR'] },
  citizen: { when: (args) => (args.input as { channel?: string }).channel === 'ONLINE' },
};

describe(authorize.name, () => {
  it('lets staff with one of the roles through', () => {
    expect(() => authorize(submit, staff(['HANDLER', 'SUPERVISOR']), { input: {} })).not.toThrow();
  });

  it('refuses staff without the roles with FORBIDDEN', () => {
    expect(thrownCode(() => authorize(submit, staff(['HANDLER']), { input: {} }))).toBe(
      ErrorCode.Forbidden,
    );
  });

  it('lets any staff through when the policy names no roles', () => {
    expect(() => authorize({ kind: 'signed-in', staff: {} }, staff([]), {})).not.toThrow();
  });

  it('lets citizens through only when the condition on the arguments holds', () => {
    expect(() => authorize(submit, citizen, { input: { channel: 'ONLINE' } })).not.toThrow();
    expect(thrownCode(() => authorize(submit, citizen, { input: { channel: 'COUNTER' } }))).toBe(
      ErrorCode.Forbidden,
    );
  });

  it('refuses citizens when the policy is for staff only', () => {
    expect(thrownCode(() => authorize({ kind: 'signed-in', staff: {} }, citizen, {}))).toBe(
      ErrorCode.Forbidden,
    );
  });
});
