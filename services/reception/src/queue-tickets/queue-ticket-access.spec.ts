import { DomainError, ErrorCode, type Actor } from '@motcua/contracts';
import { assertMayServe, reportBranches } from './queue-ticket-access';

const staff = (roles: string[], branchIds: string[] = [], tenant = 'hanoi'): Actor => ({
  kind: 'STAFF',
  subject: 'clerk',
  tenant,
  roles,
  branchIds,
  agencyCodes: [],
  scopes: [],
});
const codeOf = (fn: () => unknown): string | undefined => {
  try {
    fn();
  } catch (err) {
    return err instanceof DomainError ? err.code : 'not a DomainError';
  }
  return undefined;
};

describe('assertMayServe', () => {
  it('admits receivers of the branch and supervisors of the tenant', () => {
    expect(
      codeOf(() => assertMayServe('hanoi', staff(['RECEIVER'], ['b1']), 'b1')),
    ).toBeUndefined();
    expect(codeOf(() => assertMayServe('hanoi', staff(['SUPERVISOR']), 'b1'))).toBeUndefined();
  });

  it('refuses other branches, other roles, other tenants and anonymous callers', () => {
    expect(codeOf(() => assertMayServe('hanoi', staff(['RECEIVER'], ['b2']), 'b1'))).toBe(
      ErrorCode.Forbidden,
    );
    expect(codeOf(() => assertMayServe('hanoi', staff(['HANDLER'], ['b1']), 'b1'))).toBe(
      ErrorCode.Forbidden,
    );
    expect(codeOf(() => assertMayServe('hanoi', staff(['SUPERVISOR'], [], 'hcm'), 'b1'))).toBe(
      ErrorCode.Forbidden,
    );
    expect(codeOf(() => assertMayServe('hanoi', undefined, 'b1'))).toBe(ErrorCode.Unauthenticated);
  });
});

describe('reportBranches', () => {
  it('gives overseers every branch or the one asked', () => {
    expect(reportBranches('hanoi', staff(['AUDITOR']), undefined)).toBeNull();
    expect(reportBranches('hanoi', staff(['SUPERVISOR']), 'b3')).toEqual(['b3']);
  });

  it('limits receivers to their own branches', () => {
    expect(reportBranches('hanoi', staff(['RECEIVER'], ['b1', 'b2']), undefined)).toEqual([
      'b1',
      'b2',
    ]);
    expect(reportBranches('hanoi', staff(['RECEIVER'], ['b1']), 'b1')).toEqual(['b1']);
    expect(codeOf(() => reportBranches('hanoi', staff(['RECEIVER'], ['b1']), 'b2'))).toBe(
      ErrorCode.Forbidden,
    );
    expect(codeOf(() => reportBranches('hanoi', staff(['HANDLER']), undefined))).toBe(
      ErrorCode.Forbidden,
    );
  });
});
