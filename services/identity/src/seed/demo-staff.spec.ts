import { staffRoleSchema } from '@motcua/contracts';
// Tests only: the seed hard-codes catalog ids, this checks they exist in the catalog's seed.
import { DEMO_AGENCIES } from '../../../catalog/src/seed/demo-agencies';
import { DEMO_BRANCHES } from '../../../catalog/src/seed/demo-branches';
import { missingUnits } from '../staff/staff-rules';
import { DEMO_STAFF } from './demo-staff';

const TENANTS = ['hanoi', 'hcmc', 'quang-ninh'];

describe('demo staff seed', () => {
  it("has a receiver, handler, supervisor, admin, the chain agencies' handlers, an approver and an auditor for every seed tenant", () => {
    for (const tenant of TENANTS) {
      expect(
        DEMO_STAFF.filter((m) => m.tenant === tenant).map((m) => [m.subject, m.roles]),
      ).toEqual([
        [`demo.${tenant}.receiver`, ['RECEIVER']],
        [`demo.${tenant}.handler`, ['HANDLER']],
        [`demo.${tenant}.supervisor`, ['SUPERVISOR', 'RECEIVER']],
        [`demo.${tenant}.admin`, ['TENANT_ADMIN']],
        [`demo.${tenant}.land-officer`, ['HANDLER']],
        [`demo.${tenant}.tax-officer`, ['HANDLER']],
        [`demo.${tenant}.approver`, ['APPROVER']],
        [`demo.${tenant}.auditor`, ['AUDITOR']],
      ]);
    }
    expect(DEMO_STAFF).toHaveLength(TENANTS.length * 8);
  });

  it('shows every contract role in every seed tenant', () => {
    for (const tenant of TENANTS) {
      const roles = new Set(DEMO_STAFF.filter((m) => m.tenant === tenant).flatMap((m) => m.roles));
      expect([...roles].sort()).toEqual([...staffRoleSchema.options].sort());
    }
  });

  it('gives every member the units their roles need, as staff administration asks', () => {
    for (const member of DEMO_STAFF) expect(missingUnits({ ...member, active: true })).toEqual([]);
  });

  it('gives the approver the agency of the demo handler', () => {
    for (const tenant of TENANTS) {
      const of = (role: string) => DEMO_STAFF.find((m) => m.subject === `demo.${tenant}.${role}`);
      expect(of('approver')?.agencyCodes).toEqual(of('handler')?.agencyCodes);
    }
  });

  it('uses only contract roles and Vietnamese display names', () => {
    for (const member of DEMO_STAFF) {
      for (const role of member.roles) expect(staffRoleSchema.safeParse(role).success).toBe(true);
      expect(member.displayName).toMatch(/^\p{Lu}\p{Ll}+( \p{Lu}\p{Ll}*)+$/u);
    }
  });

  it('names branches of its own tenant in the catalog seed', () => {
    const withBranch = DEMO_STAFF.filter((m) => m.branchIds.length > 0);
    expect(withBranch.length).toBeGreaterThan(0);
    for (const member of withBranch) {
      for (const branchId of member.branchIds) {
        expect(DEMO_BRANCHES.find((b) => b.id === branchId)).toMatchObject({
          tenant: member.tenant,
        });
      }
    }
  });

  it('names agencies of its own tenant in the catalog seed: a department, a commune committee, the tax office', () => {
    const withAgency = DEMO_STAFF.filter((m) => m.agencyCodes.length > 0);
    expect(withAgency.length).toBeGreaterThan(0);
    for (const member of withAgency) {
      for (const agencyCode of member.agencyCodes) {
        expect(DEMO_AGENCIES.find((a) => a.code === agencyCode)).toMatchObject({
          tenant: member.tenant,
          kind: member.subject.endsWith('.land-officer')
            ? 'COMMUNE_COMMITTEE'
            : member.subject.endsWith('.tax-officer')
              ? 'CENTRAL'
              : 'DEPARTMENT',
        });
      }
    }
  });
});
