import {
  DomainError,
  ErrorCode,
  StaffRole,
  type IntegratorScope,
  type Principal,
} from '@motcua/contracts';

/** The arguments of a GraphQL field, as a policy may inspect them. */
export type FieldArgs = Record<string, unknown>;

/** The root type of the field being authorized. */
export type Operation = 'query' | 'mutation' | 'subscription';

/** Anyone may call; `tenant: 'required'` makes the operation refuse to run without a tenant. */
export interface PublicPolicy {
  kind: 'public';
  tenant: 'none' | 'required';
}

/** A signed-in principal, in a tenant, who passes one of the rules. */
export interface SignedInPolicy {
  kind: 'signed-in';
  /**
   * Staff pass when they hold one of `roles`; when `roles` is empty or absent any staff pass,
   * except that a mutation is never open to staff whose only role is the read-only AUDITOR.
   */
  staff?: { roles?: readonly StaffRole[] };
  /** Citizens pass when `when` holds for the arguments (always when absent). */
  citizen?: { when?: (args: FieldArgs) => boolean };
  /** Integrators (API clients) pass when granted one of `scopes` and `when` holds (if given). */
  integrator?: { scopes: readonly IntegratorScope[]; when?: (args: FieldArgs) => boolean };
}

export type AccessPolicy = PublicPolicy | SignedInPolicy;

const forbidden = (message: string) => new DomainError(ErrorCode.Forbidden, message);

/** Auditors read everything of their tenant and change nothing. */
const readOnly = (principal: Principal) =>
  principal.roles.length > 0 && principal.roles.every((r) => r === StaffRole.Auditor);

/** Whether a signed-in principal may call: throws FORBIDDEN when not. */
export function authorize(
  policy: SignedInPolicy,
  principal: Principal,
  args: FieldArgs,
  operation: Operation = 'query',
): void {
  switch (principal.kind) {
    case 'STAFF': {
      if (!policy.staff) throw forbidden('This operation is not open to staff');
      const roles = policy.staff.roles ?? [];
      if (roles.length) {
        if (roles.some((r) => principal.roles.includes(r))) return;
        throw forbidden(`This operation needs one of the roles ${roles.join(', ')}`);
      }
      if (operation === 'mutation' && readOnly(principal))
        throw forbidden('Auditors may not change anything');
      return;
    }
    case 'CITIZEN':
      if (!policy.citizen) throw forbidden('This operation is not open to citizens');
      if (!policy.citizen.when || policy.citizen.when(args)) return;
      throw forbidden('Citizens may not make this request');
    case 'INTEGRATOR': {
      if (!policy.integrator) throw forbidden('This operation is not open to API clients');
      const { scopes, when } = policy.integrator;
      if (!scopes.some((s) => principal.scopes.includes(s)))
        throw forbidden(`This operation needs one of the scopes ${scopes.join(', ')}`);
      if (!when || when(args)) return;
      throw forbidden('API clients may not make this request');
    }
  }
}
