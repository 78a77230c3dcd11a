import {
  DomainError,
  DossierStatus,
  ErrorCode,
  NATIONAL_STATUS_CODE,
  StaffRole,
  type Actor,
  type DossierCommand,
  type DossierCommandType,
} from '@motcua/contracts';
import { HANDOVER_ACTOR } from '../handover/handover-actor';

/** A lifecycle command: a staff step, or the applicant's rating. */
export type LifecycleCommand = DossierCommand | { type: 'RATE'; rating: number };

/** What the state machine needs to know of a dossier. */
export interface LifecycleState {
  tenant: string;
  status: DossierStatus;
  competentAgencyCode: string | null;
  /** Branches whose receivers act on the dossier: where it was received and where it returns. */
  branchIds: readonly string[];
  /** The one-stop unit has accepted the dossier (always, except for registered online ones). */
  accepted: boolean;
  /** A supplement was already requested once (DOMAIN §4: once, in writing). */
  supplementRequested: boolean;
  dueAt: Date;
  rating: number | null;
  /** While awaiting payment: the status the dossier goes back to once paid. */
  paymentResumeStatus: DossierStatus | null;
  /**
   * Cross-province hand-over, on the receiving tenant's row once handed over: the deciding
   * tenant. The row is a read-only view; only the return of the result happens here.
   */
  handedOverTo: string | null;
  /** Cross-province hand-over, on the deciding tenant's row: the tenant that received it. */
  receivedInTenant: string | null;
}

/** Who asks: staff (checked by role, tenant and agency), or the applicant proven by code + phone. */
export type LifecycleCaller =
  | { kind: 'ACTOR'; actor: Actor | undefined }
  | { kind: 'APPLICANT' }
  /** The receiving tenant of a handed-over dossier, which returned the result at its branch. */
  | { kind: 'HANDOVER'; receivingTenant: string };

export interface TransitionDecision {
  command: DossierCommandType;
  from: DossierStatus;
  to: DossierStatus;
  nationalStatusCode: number;
  /** Recorded on the history entry. */
  actor: string;
  reason: string | null;
  details: Record<string, unknown>;
}

type Who = 'RECEPTION' | 'AGENCY' | 'APPLICANT';

const S = DossierStatus;
const BEFORE_PROCESSING_ENDS = [
  S.Registered,
  S.Received,
  S.RoutingHeld,
  S.Processing,
  S.SupplementRequested,
  S.AwaitingPayment,
];

/** From which statuses each command is legal, and who may give it. */
export const LIFECYCLE_RULES: Readonly<
  Record<DossierCommandType, { from: readonly DossierStatus[]; who: Who }>
> = {
  ACCEPT: { from: [S.Registered], who: 'RECEPTION' },
  REQUEST_SUPPLEMENT: {
    from: [S.Registered, S.Received, S.RoutingHeld, S.Processing],
    who: 'RECEPTION',
  },
  RECEIVE_SUPPLEMENT: { from: [S.SupplementRequested], who: 'RECEPTION' },
  REFUSE: {
    from: [S.Registered, S.Received, S.RoutingHeld, S.SupplementRequested],
    who: 'RECEPTION',
  },
  RECORD_STEP: { from: [S.Processing], who: 'AGENCY' },
  MARK_RESULT_READY: { from: [S.Processing], who: 'AGENCY' },
  RETURN_RESULT: { from: [S.ResultReady], who: 'RECEPTION' },
  WITHDRAW: { from: BEFORE_PROCESSING_ENDS, who: 'RECEPTION' },
  STOP: { from: [S.Processing, S.SupplementRequested], who: 'AGENCY' },
  APOLOGIZE: { from: [S.Processing], who: 'AGENCY' },
  // The one-stop unit collects fees and charges: before the transfer, or before the return.
  REQUEST_PAYMENT: {
    from: [S.Received, S.RoutingHeld, S.Processing, S.ResultReady],
    who: 'RECEPTION',
  },
  CONFIRM_PAYMENT: { from: [S.AwaitingPayment], who: 'RECEPTION' },
  RATE: { from: [S.Returned], who: 'APPLICANT' },
};

/**
 * Decides one lifecycle step (DOMAIN §4): checks who asks, that the step is legal in the current
 * status, and returns the new status with what the history entry and the event record. Pure:
 * the caller applies the clock effects (pause, resume, extension) and stores the result.
 */
export function decideTransition(
  state: LifecycleState,
  command: LifecycleCommand,
  caller: LifecycleCaller,
): TransitionDecision {
  const rule = LIFECYCLE_RULES[command.type];
  if (state.handedOverTo && command.type !== 'RETURN_RESULT') {
    throw forbidden(
      `this dossier was handed over to ${state.handedOverTo}, whose agency decides it: ${state.tenant} keeps a read-only view and only returns the result; ${command.type} is done in ${state.handedOverTo}`,
    );
  }
  const actor =
    caller.kind === 'HANDOVER'
      ? authorizeHandover(state, command.type, caller.receivingTenant)
      : authorize(rule.who, state, command.type, caller);
  if (!rule.from.includes(state.status)) {
    throw new DomainError(
      ErrorCode.IllegalTransition,
      `${command.type} is not allowed on a ${state.status} dossier`,
    );
  }
  const { to, reason, details } = outcome(state, command);
  return {
    command: command.type,
    from: state.status,
    to,
    nationalStatusCode: NATIONAL_STATUS_CODE[to],
    actor,
    reason,
    details,
  };
}

function outcome(
  state: LifecycleState,
  command: LifecycleCommand,
): { to: DossierStatus; reason: string | null; details: Record<string, unknown> } {
  switch (command.type) {
    case 'ACCEPT':
      return { to: S.Received, reason: command.note ?? null, details: {} };
    case 'REQUEST_SUPPLEMENT':
      if (state.supplementRequested) throw illegal('a supplement may be requested only once');
      return {
        to: S.SupplementRequested,
        reason: command.note ?? null,
        details: { missingComponents: command.missingComponents },
      };
    case 'RECEIVE_SUPPLEMENT':
      // Back where it was: with the competent agency once routed, else at reception (an online
      // dossier not yet accepted waits for acceptance again).
      return {
        to: state.competentAgencyCode ? S.Processing : state.accepted ? S.Received : S.Registered,
        reason: command.note ?? null,
        details: {},
      };
    case 'REFUSE':
      return {
        to: S.Refused,
        reason: command.reasons.join('; '),
        details: { reasons: command.reasons },
      };
    case 'RECORD_STEP':
      return {
        to: S.Processing,
        reason: command.step.note ?? null,
        details: { step: command.step },
      };
    case 'MARK_RESULT_READY':
      return { to: S.ResultReady, reason: command.note ?? null, details: {} };
    case 'RETURN_RESULT':
      return { to: S.Returned, reason: command.note ?? null, details: { method: command.method } };
    case 'WITHDRAW':
      return { to: S.Withdrawn, reason: command.reason, details: {} };
    case 'STOP':
      return { to: S.Stopped, reason: command.reason, details: {} };
    case 'APOLOGIZE': {
      const newDueAt = new Date(command.newDueAt);
      if (!(newDueAt > state.dueAt)) {
        throw illegal(
          `the new due date ${command.newDueAt} must be later than ${state.dueAt.toISOString()}`,
        );
      }
      return {
        to: state.status,
        reason: command.reason,
        details: { previousDueAt: state.dueAt.toISOString(), newDueAt: newDueAt.toISOString() },
      };
    }
    case 'REQUEST_PAYMENT': {
      const totalVnd = command.fees.reduce((sum, fee) => sum + fee.amountVnd, 0);
      return {
        to: S.AwaitingPayment,
        reason: command.note ?? null,
        details: { fees: command.fees, totalVnd, resumeStatus: state.status },
      };
    }
    case 'CONFIRM_PAYMENT': {
      const resume = state.paymentResumeStatus ?? S.Received;
      // Routed while it waited: it goes on with the competent agency.
      const routedMeanwhile =
        (resume === S.Received || resume === S.RoutingHeld) && state.competentAgencyCode !== null;
      return {
        to: routedMeanwhile ? S.Processing : resume,
        reason: null,
        details: { method: command.method, reference: command.reference ?? null },
      };
    }
    case 'RATE':
      if (state.rating !== null) throw illegal('the dossier has already been rated');
      if (!Number.isInteger(command.rating) || command.rating < 1 || command.rating > 5) {
        throw new DomainError(ErrorCode.ValidationFailed, 'rating must be 1 to 5');
      }
      return { to: state.status, reason: null, details: { rating: command.rating } };
  }
}

/** The receiving tenant may only return the result of a dossier it handed over. */
function authorizeHandover(
  state: LifecycleState,
  type: DossierCommandType,
  receivingTenant: string,
): string {
  if (type !== 'RETURN_RESULT' || state.receivedInTenant !== receivingTenant) {
    throw forbidden(`${receivingTenant} may not ${type} on this dossier of ${state.tenant}`);
  }
  return HANDOVER_ACTOR;
}

/** Returns the subject recorded as the actor, or throws FORBIDDEN / UNAUTHENTICATED. */
function authorize(
  who: Who,
  state: LifecycleState,
  type: DossierCommandType,
  caller: Exclude<LifecycleCaller, { kind: 'HANDOVER' }>,
): string {
  if (who === 'APPLICANT') {
    if (caller.kind !== 'APPLICANT') throw forbidden(`only the applicant may ${type}`);
    return 'applicant';
  }
  if (caller.kind !== 'ACTOR') throw forbidden(`only staff may ${type}`);
  const { actor } = caller;
  if (!actor) throw new DomainError(ErrorCode.Unauthenticated, `${type} needs a signed-in caller`);
  if (actor.kind !== 'STAFF' || actor.tenant !== state.tenant) {
    throw forbidden(`only staff of ${state.tenant} may ${type}`);
  }
  const has = (...roles: StaffRole[]) => roles.some((r) => actor.roles.includes(r));
  if (who === 'RECEPTION') {
    if (has(StaffRole.Supervisor)) return actor.subject;
    if (!has(StaffRole.Receiver)) throw forbidden(`only receivers and supervisors may ${type}`);
    // A receiver acts for their own branch: the one that received the dossier or returns it.
    if (!actor.branchIds.some((id) => state.branchIds.includes(id))) {
      throw forbidden(
        `${type} is for receivers of ${state.branchIds.join(' or ')} (or a supervisor)`,
      );
    }
    return actor.subject;
  }
  if (has(StaffRole.Supervisor)) return actor.subject;
  if (!has(StaffRole.Handler, StaffRole.Approver)) {
    throw forbidden(`only handlers, approvers and supervisors may ${type}`);
  }
  if (!state.competentAgencyCode || !actor.agencyCodes.includes(state.competentAgencyCode)) {
    throw forbidden(
      `${type} is for staff of the competent agency ${state.competentAgencyCode ?? '(not yet routed)'}`,
    );
  }
  return actor.subject;
}

const illegal = (message: string) => new DomainError(ErrorCode.IllegalTransition, message);
const forbidden = (message: string) => new DomainError(ErrorCode.Forbidden, message);
