import { DomainError, type Principal } from '@motcua/contracts';
import type { LiveUpdate } from './live-update';
import { assertMayWatch, inQueue, queueOf } from './queue-access';

const staff = (overrides: Partial<Principal>): Principal => ({
  kind: 'STAFF',
  subject: 's',
  tenant: 'hanoi',
  displayName: 'S',
  roles: [],
  branchIds: [],
  agencyCodes: [],
  personalId: null,
  assurance: null,
  scopes: [],
  expiresAt: 0,
  ...overrides,
});
/** The code of the domain error `fn` throws. */
function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (err) {
    return DomainError.is(err) ? err.code : String(err);
  }
  return undefined;
}

const branch = { kind: 'branch', id: 'hn-ba-dinh' } as const;
const agency = { kind: 'agency', id: 'A' } as const;

describe('queue feeds', () => {
  it('take exactly one of branchId and agencyCode', () => {
    expect(queueOf('hn-ba-dinh', null)).toEqual(branch);
    expect(queueOf(undefined, 'A')).toEqual(agency);
    expect(codeOf(() => queueOf('hn-ba-dinh', 'A'))).toBe('BAD_REQUEST');
    expect(codeOf(() => queueOf(null, undefined))).toBe('BAD_REQUEST');
  });

  it('are open to receivers of the branch, handlers and approvers of the agency, and supervisors', () => {
    expect(() =>
      assertMayWatch(staff({ roles: ['RECEIVER'], branchIds: ['hn-ba-dinh'] }), branch),
    ).not.toThrow();
    expect(() =>
      assertMayWatch(staff({ roles: ['APPROVER'], agencyCodes: ['A'] }), agency),
    ).not.toThrow();
    expect(() => assertMayWatch(staff({ roles: ['SUPERVISOR'] }), agency)).not.toThrow();
    for (const [who, queue] of [
      [staff({ roles: ['RECEIVER'], branchIds: ['hn-cau-giay'] }), branch],
      [staff({ roles: ['HANDLER'], branchIds: ['hn-ba-dinh'] }), branch],
      [staff({ roles: ['RECEIVER'], agencyCodes: ['A'] }), agency],
      [staff({ kind: 'CITIZEN', roles: ['SUPERVISOR'] }), branch],
    ] as const)
      expect(codeOf(() => assertMayWatch(who, queue))).toBe('FORBIDDEN');
  });

  it("match updates of the subscriber's tenant naming the queue", () => {
    const update = {
      tenant: 'hanoi',
      branchIds: ['hn-ba-dinh'],
      agencyCodes: [],
    } as unknown as LiveUpdate;
    expect(inQueue(update, 'hanoi', branch)).toBe(true);
    expect(inQueue(update, 'hcmc', branch)).toBe(false);
    expect(inQueue(update, 'hanoi', agency)).toBe(false);
  });
});
