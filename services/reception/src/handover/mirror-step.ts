import {
  DossierStatus,
  NATIONAL_STATUS_CODE,
  type DossierCommandType,
  type DossierHeld,
  type DossierRouted,
  type DossierStepHandedOver,
  type DossierTransitioned,
} from '@motcua/contracts';
import type { DossierEntity, StoredPause } from '../dossiers/dossier.entity';
import type { DossierChange } from '../dossiers/dossiers.repository';
import { HANDOVER_ACTOR } from './handover-actor';

/** What the deciding tenant said about a dossier, as the receiving tenant mirrors it. */
export type DecidingSideEvent =
  /** The deciding tenant stored its row: the hand-over arrived. */
  | { type: 'dossier.received.v1'; time: Date }
  | { type: 'dossier.routed.v1'; data: DossierRouted }
  | { type: 'dossier.held.v1'; data: DossierHeld }
  | { type: 'dossier.transitioned.v1'; data: DossierTransitioned }
  /** An inter-agency chain moved the dossier to its next agency. */
  | { type: 'dossier.step-handed-over.v1'; data: DossierStepHandedOver };

export type MirroredRow = Pick<
  DossierEntity,
  | 'status'
  | 'dueAt'
  | 'pauses'
  | 'finishedAt'
  | 'originalDueAt'
  | 'competentAgencyCode'
  | 'mirroredAt'
>;

export interface MirrorStep {
  /** The history entry of the receiving row, at the instant the deciding tenant made the change. */
  history: {
    at: Date;
    fromStatus: DossierStatus | null;
    status: DossierStatus;
    nationalStatusCode: number;
    actor: string;
    reason: string | null;
    command?: DossierCommandType;
    details: Record<string, unknown>;
  };
  /** What the receiving row takes over; null when the event changes nothing it shows. */
  change: (Partial<DossierChange> & Pick<DossierEntity, 'mirroredAt'>) | null;
}

const FINISHING: readonly DossierStatus[] = [
  DossierStatus.ResultReady,
  DossierStatus.Refused,
  DossierStatus.Withdrawn,
  DossierStatus.Stopped,
];
/** Where routing finds a dossier: the status a late routing or hold is recorded from. */
const ROUTED_FROM = DossierStatus.Received;
const WAITING_ON_APPLICANT: readonly DossierStatus[] = [
  DossierStatus.SupplementRequested,
  DossierStatus.AwaitingPayment,
];

/**
 * How one of the deciding tenant's events shows on the receiving tenant's read-only row. Every
 * event adds its history entry; only an event at least as new as the last one applied
 * (`mirroredAt`) moves the status and dates, so a late redelivery never undoes a newer state.
 * Null for a return the receiving tenant made itself (its row already says so).
 */
export function mirrorStep(
  row: MirroredRow,
  decidingTenant: string,
  event: DecidingSideEvent,
): MirrorStep | null {
  const note = (at: Date, reason: string, details: Record<string, unknown> = {}): MirrorStep => ({
    history: {
      at,
      fromStatus: row.status,
      status: row.status,
      nationalStatusCode: NATIONAL_STATUS_CODE[row.status],
      actor: HANDOVER_ACTOR,
      reason,
      details: { decidingTenant, ...details },
    },
    change: null,
  });
  const current = (at: Date) => !row.mirroredAt || at >= row.mirroredAt;
  const moveTo = (at: Date, status: DossierStatus, reason: string, extra: Partial<DossierChange>) =>
    ({
      history: {
        at,
        fromStatus: row.status,
        status,
        nationalStatusCode: NATIONAL_STATUS_CODE[status],
        actor: HANDOVER_ACTOR,
        reason,
        details: { decidingTenant },
      },
      change: {
        status,
        nationalStatusCode: NATIONAL_STATUS_CODE[status],
        mirroredAt: at,
        ...extra,
      },
    }) satisfies MirrorStep;

  switch (event.type) {
    case 'dossier.received.v1':
      return note(event.time, `taken over by ${decidingTenant}, whose agency decides it`);

    case 'dossier.routed.v1': {
      const { data } = event;
      const at = new Date(data.routedAt);
      const agency = { competentAgencyCode: data.agencyCode, competentAgencyName: data.agencyName };
      const reason = `transferred to ${data.agencyName} in ${decidingTenant}`;
      const movable =
        row.status === DossierStatus.Received || row.status === DossierStatus.RoutingHeld;
      if (current(at) && movable) return moveTo(at, DossierStatus.Processing, reason, agency);
      if (current(at) || WAITING_ON_APPLICANT.includes(row.status)) {
        // Waiting on the applicant: the agency is recorded, the status stays.
        const step = note(at, `to be ${reason}`);
        step.change = { ...agency, mirroredAt: current(at) ? at : row.mirroredAt };
        return step;
      }
      // Delivered late: the history shows the transfer when it happened; the status stays.
      return {
        history: {
          ...moveTo(at, DossierStatus.Processing, reason, {}).history,
          fromStatus: ROUTED_FROM,
        },
        change: row.competentAgencyCode ? null : { ...agency, mirroredAt: row.mirroredAt },
      };
    }

    case 'dossier.step-handed-over.v1': {
      const { data } = event;
      const at = new Date(data.at);
      const step = note(
        at,
        `handed over from ${data.fromAgencyName} to ${data.toAgencyName} in ${decidingTenant}`,
        {
          step: { title: data.title, from: data.fromAgencyCode, to: data.toAgencyCode },
          stepIndex: data.stepIndex,
        },
      );
      // The agency holding it now; a late delivery only adds the history entry.
      if (current(at)) {
        step.change = {
          competentAgencyCode: data.toAgencyCode,
          competentAgencyName: data.toAgencyName,
          mirroredAt: at,
        };
      }
      return step;
    }

    case 'dossier.held.v1': {
      const at = new Date(event.data.heldAt);
      const held = moveTo(at, DossierStatus.RoutingHeld, event.data.reason, {});
      if (current(at) && row.status === DossierStatus.Received) return held;
      // Delivered late, or nothing left to hold: only the history shows it.
      return { history: { ...held.history, fromStatus: ROUTED_FROM }, change: null };
    }

    case 'dossier.transitioned.v1': {
      const { data } = event;
      // The return made at the receiving branch, echoed by the deciding tenant.
      if (data.command === 'RETURN_RESULT' && data.actor === HANDOVER_ACTOR) return null;
      const at = new Date(data.at);
      const step: MirrorStep = {
        history: {
          at,
          fromStatus: data.from,
          status: data.to,
          nationalStatusCode: data.nationalStatusCode,
          actor: HANDOVER_ACTOR,
          reason: data.reason,
          command: data.command,
          details: { ...data.details, decidingTenant, decidedBy: data.actor },
        },
        change: null,
      };
      const rating = data.command === 'RATE' ? Number(data.details.rating) : null;
      if (!current(at)) {
        // A rating is a fact of its own, whatever came after it.
        if (rating) step.change = { rating, mirroredAt: row.mirroredAt };
        return step;
      }
      step.change = {
        status: data.to,
        nationalStatusCode: data.nationalStatusCode,
        mirroredAt: at,
        ...clockOf(row, data, at),
        ...(rating ? { rating } : {}),
        ...(data.command === 'RETURN_RESULT' && typeof data.details.method === 'string'
          ? { returnMethod: data.details.method as DossierChange['returnMethod'] }
          : {}),
      };
      return step;
    }
  }
}

/** The due date, pauses, extension and end of processing as the deciding tenant's step left them. */
function clockOf(row: MirroredRow, data: DossierTransitioned, at: Date): Partial<DossierChange> {
  const change: Partial<DossierChange> = {};
  const open = row.pauses.some((p) => p.to === null);
  if (data.dueAt === null && !open) {
    const kind: StoredPause['kind'] = data.command === 'REQUEST_PAYMENT' ? 'PAYMENT' : 'SUPPLEMENT';
    change.pauses = [...row.pauses, { from: at.toISOString(), to: null, kind }];
  } else if (data.dueAt !== null && open) {
    change.pauses = row.pauses.map((p) => (p.to === null ? { ...p, to: at.toISOString() } : p));
  }
  if (data.dueAt !== null) change.dueAt = new Date(data.dueAt);
  if (data.command === 'APOLOGIZE') {
    change.apologized = true;
    change.originalDueAt = row.originalDueAt ?? row.dueAt;
  }
  if (FINISHING.includes(data.to) && !row.finishedAt) change.finishedAt = at;
  return change;
}
