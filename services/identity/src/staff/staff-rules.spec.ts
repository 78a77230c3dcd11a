import { StaffRole } from '@motcua/contracts';
import {
  distinct,
  missingUnits,
  selfLockOut,
  unknownUnitDetails,
  type StaffChangeRequest,
} from './staff-rules';

function change(overrides: Partial<StaffChangeRequest> = {}): StaffChangeRequest {
  return {
    subject: 'demo.hanoi.admin',
    roles: [StaffRole.TenantAdmin],
    branchIds: [],
    agencyCodes: [],
    active: true,
    ...overrides,
  };
}

describe('staff rules', () => {
  describe(selfLockOut.name, () => {
    it('lets an administrator change their own name and units while keeping the role', () => {
      expect(
        selfLockOut('demo.hanoi.admin', change({ roles: ['SUPERVISOR', 'TENANT_ADMIN'] })),
      ).toBeNull();
    });

    it('refuses when an administrator removes their own TENANT_ADMIN role', () => {
      expect(selfLockOut('demo.hanoi.admin', change({ roles: ['SUPERVISOR'] }))).toBe(
        'an administrator cannot remove their own TENANT_ADMIN role',
      );
    });

    it('refuses when an administrator deactivates themselves', () => {
      expect(selfLockOut('demo.hanoi.admin', change({ active: false }))).toBe(
        'an administrator cannot deactivate themselves',
      );
    });

    it('leaves changes to other members alone', () => {
      expect(
        selfLockOut('demo.hanoi.admin', change({ subject: 'x', roles: [], active: false })),
      ).toBeNull();
    });
  });

  describe(missingUnits.name, () => {
    it('asks a receiver for a branch and a handler or approver for an agency', () => {
      expect(missingUnits(change({ roles: ['RECEIVER', 'HANDLER', 'APPROVER'] }))).toEqual([
        { path: 'branchIds', message: 'a RECEIVER needs at least one branch' },
        { path: 'agencyCodes', message: 'a HANDLER or APPROVER needs at least one agency' },
      ]);
    });

    it('asks nothing of supervisors, auditors and administrators', () => {
      expect(missingUnits(change({ roles: ['SUPERVISOR', 'AUDITOR', 'TENANT_ADMIN'] }))).toEqual(
        [],
      );
    });

    it('is satisfied by one unit of each kind', () => {
      expect(
        missingUnits(
          change({ roles: ['RECEIVER', 'APPROVER'], branchIds: ['b'], agencyCodes: ['a'] }),
        ),
      ).toEqual([]);
    });
  });

  describe(unknownUnitDetails.name, () => {
    it('names every unknown branch and agency', () => {
      expect(unknownUnitDetails('hanoi', ['x', 'y'], ['z'])).toEqual([
        { path: 'branchIds', message: 'no branch of hanoi: x, y' },
        { path: 'agencyCodes', message: 'no agency of hanoi: z' },
      ]);
      expect(unknownUnitDetails('hanoi', [], [])).toEqual([]);
    });
  });

  describe(distinct.name, () => {
    it('keeps the first of each value in order', () => {
      expect(distinct(['b', 'a', 'b'])).toEqual(['b', 'a']);
    });
  });
});
