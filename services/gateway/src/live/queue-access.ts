import { DomainError, ErrorCode, StaffRole, type Principal } from '@motcua/contracts';
import type { LiveUpdate } from './live-update';

/** A work queue: the dossiers of one branch (reception) or of one agency (processing). */
export type Queue = { kind: 'branch'; id: string } | { kind: 'agency'; id: string };

/** The queue named by exactly one of the two arguments. */
export function queueOf(
  branchId: string | null | undefined,
  agencyCode: string | null | undefined,
): Queue {
  const branch = branchId ?? undefined;
  const agency = agencyCode ?? undefined;
  if (branch !== undefined && agency === undefined) return { kind: 'branch', id: branch };
  if (agency !== undefined && branch === undefined) return { kind: 'agency', id: agency };
  throw new DomainError(ErrorCode.BadRequest, 'Name exactly one of branchId and agencyCode');
}

const holds = (principal: Principal, roles: readonly StaffRole[]) =>
  roles.some((r) => principal.roles.includes(r));

/**
 * Like the queue queries: receivers watch their branches, handlers and approvers their agencies,
 * supervisors any queue of their tenant. Throws FORBIDDEN otherwise.
 */
export function assertMayWatch(principal: Principal, queue: Queue): void {
  if (principal.kind !== 'STAFF')
    throw new DomainError(ErrorCode.Forbidden, 'Queue feeds are for staff');
  if (holds(principal, [StaffRole.Supervisor])) return;
  if (queue.kind === 'branch') {
    if (holds(principal, [StaffRole.Receiver]) && principal.branchIds.includes(queue.id)) return;
    throw new DomainError(ErrorCode.Forbidden, `Not a receiver of branch ${queue.id}`);
  }
  if (
    holds(principal, [StaffRole.Handler, StaffRole.Approver]) &&
    principal.agencyCodes.includes(queue.id)
  )
    return;
  throw new DomainError(ErrorCode.Forbidden, `Not a handler or approver of agency ${queue.id}`);
}

/** Whether an update of `tenant` is about `queue`. */
export function inQueue(update: LiveUpdate, tenant: string, queue: Queue): boolean {
  if (update.tenant !== tenant) return false;
  return queue.kind === 'branch'
    ? update.branchIds.includes(queue.id)
    : update.agencyCodes.includes(queue.id);
}
