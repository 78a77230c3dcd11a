import { staffRoleSchema } from '@motcua/contracts';
// Tests only: the seed hard-codes catalog ids, this checks they exist in the catalog's seed.
import { DEMO_AGENCIES } from '../../../catalog/src/seed/demo-agencies';
import { DEMO_BRANCHES } from '../../../catalog/src/seed/demo-branches';
import { DEMO_STAFF } from './demo-staff';

const TENANTS = ['hanoi', 'hcmc', 'quang-ninh'];

describe('demo staff seed', () => {
  it("has a receiver, handler, supervisor, admin and the chain agencies' handlers for every seed tenant", () => {
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
      ]);
    }
    expect(DEMO_STAFF).toHaveLength(TENANTS.length * 6);
  });

  it('uses only contract roles and Vietnamese display names', () => {
    for (const member of DEMO_STAFF) {
      for (const role of member.roles) expect(staffRoleSchema.safeParse(role).success).toBe(true);
      expect(member.displayName).toMatch(/^\p{Lu}\p{Ll}+( \p{Lu}\p{Ll}*)+$/u);
    }
  });

  it('names branches of its own tenant in the catalog seed', () => {
    const withBranch = DEMO_STAFF.filter((m) => m.branchId !== null);
    expect(withBranch.length).toBeGreaterThan(0);
    for (const member of withBranch) {
      expect(DEMO_BRANCHES.find((b) => b.id === member.branchId)).toMatchObject({
        tenant: member.tenant,
      });
    }
  });

  it('names agencies of its own tenant in the catalog seed: a department, a commune committee, the tax office', () => {
    const withAgency = DEMO_STAFF.filter((m) => m.agencyCode !== null);
    expect(withAgency.length).toBeGreaterThan(0);
    for (const member of withAgency) {
      expect(DEMO_AGENCIES.find((a) => a.code === member.agencyCode)).toMatchObject({
        tenant: member.tenant,
        kind: member.subject.endsWith('.land-officer')
          ? 'COMMUNE_COMMITTEE'
          : member.subject.endsWith('.tax-officer')
            ? 'CENTRAL'
            : 'DEPARTMENT',
      });
    }
  });
});
