import { z } from 'zod';

export const StaffRole = {
  Receiver: 'RECEIVER',
  Handler: 'HANDLER',
  Approver: 'APPROVER',
  Supervisor: 'SUPERVISOR',
  TenantAdmin: 'TENANT_ADMIN',
} as const;
export type StaffRole = (typeof StaffRole)[keyof typeof StaffRole];
export const staffRoleSchema = z.enum(Object.values(StaffRole) as [StaffRole, ...StaffRole[]]);

/** The authenticated caller as the identity service resolved it from an access token. */
export const principalSchema = z.object({
  kind: z.enum(['STAFF', 'CITIZEN']),
  issuer: z.string(),
  subject: z.string(),
  tenant: z.string(),
  displayName: z.string(),
  roles: z.array(staffRoleSchema),
  /** Staff: the branch they work at, if any. */
  branchId: z.string().nullable(),
  /** Staff: the agency they belong to, if any. */
  agencyCode: z.string().nullable(),
  /** Seconds since the epoch when the token expires: callers may cache the principal until then. */
  expiresAt: z.number().int(),
});
export type Principal = z.infer<typeof principalSchema>;

export const identityRpc = {
  'identity.principal.resolve.v1': {
    tenantScoped: false,
    request: z.object({ token: z.string().min(10).max(8192) }),
    response: principalSchema,
  },
} as const;
