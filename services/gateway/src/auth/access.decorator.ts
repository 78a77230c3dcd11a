import { SetMetadata } from '@nestjs/common';
import { StaffRole } from '@motcua/contracts';
import type { AccessPolicy, PublicPolicy, SignedInPolicy } from './access-policy';

export const ACCESS_POLICY = 'motcua:access-policy';

/** Open to anyone; with `'required'` the request must name a tenant (x-tenant header or host). */
export const PublicAccess = (tenant: PublicPolicy['tenant'] = 'none') =>
  SetMetadata(ACCESS_POLICY, { kind: 'public', tenant } satisfies AccessPolicy);

/** Needs a signed-in principal who passes one of the rules; runs in the principal's tenant. */
export const SignedInAccess = (rules: Omit<SignedInPolicy, 'kind'>) =>
  SetMetadata(ACCESS_POLICY, { kind: 'signed-in', ...rules } satisfies AccessPolicy);

/** Staff administering their own tenant's reference data (the catalog checks it again). */
export const TenantAdminAccess = () =>
  SignedInAccess({ staff: { roles: [StaffRole.TenantAdmin] } });
