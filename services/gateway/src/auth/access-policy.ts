import { DomainError, ErrorCode, type Principal, type StaffRole } from '@motcua/contracts';

/** The arguments of a GraphQL field, as a policy may inspect them. */
export type FieldArgs = Record<string, unknown>;

/** Anyone may call; `tenant: 'required'` makes the operation refuse to run without a tenant. */
export interface PublicPolicy {
  kind: 'public';
  tenant: 'none' | 'required';
}

/** A signed-in principal, in a tenant, who passes one of the rules. */
export interface SignedInPolicy {
  kind: 'signed-in';
  /** Staff pass when they hold one of `roles` (any staff when `roles` is empty or absent). */
  staff?: { roles?: readonly StaffRole[] };
  /** Citizens pass when `when` holds for the arguments (always when absent). */
  citizen?: { when?: (args: FieldArgs) => boolean };
}

export type AccessPolicy = PublicPolicy | SignedInPolicy;

/** Whether a signed-in principal may call: throws FORBIDDEN when not. */
export function authorize(policy: SignedInPolicy, principal: Principal, args: FieldArgs): void {
  if (principal.kind === 'STAFF' && policy.staff) {
    const roles = policy.staff.roles ?? [];
    if (!roles.length || roles.some((r) => principal.roles.includes(r))) return;
    throw new DomainError(
      ErrorCode.Forbidden,
      `This operation needs one of the roles ${roles.join(', ')}`,
    );
  }
  if (principal.kind === 'CITIZEN' && policy.citizen) {
    if (!policy.citizen.when || policy.citizen.when(args)) return;
    throw new DomainError(ErrorCode.Forbidden, 'Citizens may not make this request');
  }
  throw new DomainError(
    ErrorCode.Forbidden,
    `This operation is not open to ${principal.kind === 'STAFF' ? 'staff' : 'citizens'}`,
  );
}
