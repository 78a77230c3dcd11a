import type { Actor } from '@motcua/contracts';

/** A staff actor of `tenant` as the gateway would forward it; override roles and agency. */
export function staffActor(tenant: string, role: string, overrides: Partial<Actor> = {}): Actor {
  return {
    kind: 'STAFF',
    branchIds: [],
    agencyCodes: [],
    scopes: [],
    subject: `demo.${tenant}.${role.toLowerCase()}`,
    tenant,
    roles: [role],
    ...overrides,
  };
}

export const HANOI_SUPERVISOR = staffActor('hanoi', 'SUPERVISOR');
export const HANOI_RECEIVER = staffActor('hanoi', 'RECEIVER');
export const HANOI_ADMIN = staffActor('hanoi', 'TENANT_ADMIN', { subject: 'demo.hanoi.admin' });
export const HCMC_SUPERVISOR = staffActor('hcmc', 'SUPERVISOR');
export const CITIZEN: Actor = {
  kind: 'CITIZEN',
  subject: 'citizen-001090012345',
  roles: [],
  branchIds: [],
  agencyCodes: [],
  scopes: [],
};
